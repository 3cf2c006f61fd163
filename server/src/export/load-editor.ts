/**
 * The language server loads the Word writer on the first export only: in the build it is its own
 * file, dist/server-export.cjs (the `docx` library is about a third of the server's bundle and
 * not needed to lint); from source (tsx) it is export/editor.ts.
 */
import { createRequire } from 'node:module';

declare const REPLYLINT_VERSION: string | undefined;

type EditorExport = typeof import('./editor');

let loaded: Promise<EditorExport> | undefined;

export function loadEditorExport(): Promise<EditorExport> {
  loaded ??= typeof REPLYLINT_VERSION === 'string'
    ? Promise.resolve(createRequire(import.meta.url)('./server-export.cjs') as EditorExport)
    : import('./editor' + '');
  return loaded;
}
