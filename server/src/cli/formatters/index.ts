/** Output formats by name. Each renders the same FileReport list; none re-judges anything. */
import { formatJson, type FileReport } from './json';
import { formatStylish } from './stylish';

export type { FileReport };

export interface FormatOptions {
  color: boolean;
  locale: 'zh' | 'en';
}

export const formatters: Record<string, (reports: FileReport[], opts: FormatOptions) => string> = {
  stylish: formatStylish,
  json: (reports) => formatJson(reports),
};
