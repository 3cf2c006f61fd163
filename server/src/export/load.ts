/**
 * The Word writer is loaded on first use only: the `docx` library is about a third of a bundle and
 * not needed to lint. In the build it is its own file, dist/word-export.cjs (scripts/build.mjs),
 * loaded by the CLI's `export` and the language server's export alike; from source (tsx) it is
 * export/linted.ts (the writer for a letter already linted: the engine is not in that bundle, the
 * caller has it). The specifier is computed so that bundling does not follow it.
 */
import { createRequire } from 'node:module';

declare const REPLYLINT_VERSION: string | undefined;

export type WordExport = typeof import('./linted');

let loaded: Promise<WordExport> | undefined;

export function loadWordExport(): Promise<WordExport> {
  loaded ??= typeof REPLYLINT_VERSION === 'string' ? Promise.resolve(createRequire(import.meta.url)('./word-export.cjs') as WordExport) : import('./linted' + '');
  return loaded;
}
