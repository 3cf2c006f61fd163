import { basename, dirname, resolve } from 'node:path';

/** letter.reply.txt / letter.md → letter.docx beside it. */
export function defaultOutput(letter: string): string {
  return resolve(dirname(letter), basename(letter).replace(/(\.reply)?\.(txt|md|markdown)$/i, '') + '.docx');
}
