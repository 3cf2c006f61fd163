/** Output formats by name. Each renders the same FileReport list; none re-judges anything. */
import { formatJson, type FileReport, type ReportMessage } from './json';
import { formatStylish } from './stylish';
import { formatSarif } from './sarif';
import { formatGithub } from './github';
import { formatJunit } from './junit';

export type { FileReport, ReportMessage };

/** An input that could not be linted (binary, too large, unreadable): reported, and exit 2. */
export interface NotLinted {
  file: string;
  reason: string;
}

export interface FormatOptions {
  color: boolean;
  locale: 'zh' | 'en';
  /** Folder that report paths are made relative to (sarif, github). */
  cwd: string;
  version: string;
  notLinted: NotLinted[];
  /** The cross-letter rules ran (SARIF then lists them among the tool's rules). */
  workspace?: boolean;
}

export const formatters: Record<string, (reports: FileReport[], opts: FormatOptions) => string> = {
  stylish: formatStylish,
  json: (reports) => formatJson(reports),
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};
