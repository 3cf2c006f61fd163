/** Expands the command line's files, folders and globs into the list of letters to lint. */
import { statSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';

export const LETTER_EXTENSIONS = ['txt', 'md', 'markdown'];

export interface Expanded {
  files: string[];
  missing: string[];
}

export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<Expanded> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) add(input);
    else if (stat?.isDirectory()) {
      const base = input.replace(/[\\/]+$/, '');
      const found = await glob(`**/*.{${LETTER_EXTENSIONS.join(',')}}`, { cwd: base, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
      for (const f of found.sort()) add(`${base}/${f}`);
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (found.length === 0) missing.push(input);
      for (const f of found.sort()) add(f);
    } else missing.push(input);
  }
  return { files, missing };
}
