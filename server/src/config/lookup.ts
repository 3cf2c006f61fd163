/**
 * Which config files apply to a file (from its folder up to the root, a `.git` folder, or the
 * file system root), and whether their include/exclude patterns leave the file out.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { CONFIG_FILE_NAME, type Layer } from './types';

/** Config files from the file's folder upward, nearest first. */
export function findConfigFiles(filePath: string, root?: string): string[] {
  const out: string[] = [];
  let dir = dirname(resolve(filePath));
  const stop = root ? resolve(root) : undefined;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) out.push(candidate);
    if (stop && dir === stop) break;
    if (existsSync(join(dir, '.git'))) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    // Outside the root (a file elsewhere): stop at the repository or the file system root.
    dir = parent;
  }
  return out;
}

/** One compiled matcher per pattern list (the lists live as long as their folder's config). */
const matchers = new WeakMap<string[], ReturnType<typeof ignore>>();
function matcher(patterns: string[]) {
  let m = matchers.get(patterns);
  if (!m) matchers.set(patterns, (m = ignore().add(patterns)));
  return m;
}

export function isIgnored(filePath: string, filters: Layer['filters']): boolean {
  const abs = resolve(filePath);
  for (const f of filters) {
    const rel = relative(f.base, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    const posix = rel.split(sep).join('/');
    if (f.include && f.include.length > 0 && !matcher(f.include).ignores(posix)) return true;
    if (f.exclude && f.exclude.length > 0 && matcher(f.exclude).ignores(posix)) return true;
  }
  return false;
}
