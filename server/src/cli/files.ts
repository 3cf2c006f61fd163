/**
 * Expands the command line's files, folders and globs into the list of letters to lint, in the
 * order given (folder and glob matches sorted), without duplicates, minus ignored files.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Ignorer } from './ignore';

export const LETTER_EXTENSIONS = ['txt', 'md', 'markdown', 'docx'];

export interface InputFile {
  /** The path as given (or as found under a folder / by a glob), for reports. */
  file: string;
  abs: string;
}

export interface Expanded {
  files: InputFile[];
  missing: string[];
  /** How many inputs the ignore files removed. */
  ignored: number;
  /** A folder or a glob was among the inputs (not only named files): the cross-letter default. */
  searched: boolean;
}

// ~$name.docx: the owner file Word keeps beside a document while it is open, not a letter.
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/~$*'];

export async function expandInputs(inputs: string[], cwd = process.cwd(), ignorer?: Ignorer): Promise<Expanded> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  let searched = false;
  const add = (file: string, named: boolean, floor?: string) => {
    const abs = resolve(cwd, file);
    if (seen.has(abs)) return;
    seen.add(abs);
    if (ignorer?.ignores(abs, named, floor)) {
      ignored++;
      return;
    }
    files.push({ file, abs });
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(resolve(cwd, input));
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) add(input, true);
    else if (stat?.isDirectory()) {
      searched = true;
      const base = input.replace(/[\\/]+$/, '') || '/';
      const baseAbs = resolve(cwd, base);
      const found = await glob(`**/*.{${LETTER_EXTENSIONS.join(',')}}`, { cwd: baseAbs, ignore: ALWAYS_SKIPPED, dot: false });
      // A folder named on the command line is linted even if .gitignore lists it.
      const floor = ignorer?.gitIgnores(baseAbs, undefined, true) ? baseAbs : undefined;
      for (const f of found.sort()) add(base === '.' ? f : `${base}/${f}`, false, floor);
    } else if (isDynamicPattern(input)) {
      searched = true;
      const found = await glob(input, { cwd, ignore: ALWAYS_SKIPPED });
      if (found.length === 0) missing.push(input);
      for (const f of found.sort()) add(f, false);
    } else missing.push(input);
  }
  return { files, missing, ignored, searched };
}
