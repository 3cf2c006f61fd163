/**
 * Reading the files a config names, under workspace trust, each parsed and validated once per
 * version on disk (cached by mtime and size).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import type { Node } from 'jsonc-parser';
import { parseAndValidate, type ConfigError } from './validate';
import type { LoadState } from './types';

/** Is `file` inside `dir` (or `dir` itself)? */
export function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** May this referenced file be read? (workspace trust) */
export function readable(state: LoadState, fromConfig: string, target: string): boolean {
  if (state.trusted) return true;
  const boundary = state.boundary ?? dirname(fromConfig);
  if (inside(boundary, target)) return true;
  state.skipped.push(target);
  return false;
}

/** Each config or profile file parsed and validated once per version on disk. */
const fileCache = new Map<string, { mtimeMs: number; size: number; value?: unknown; root?: Node; text: string; errors: ConfigError[] }>();

export function readValidated(file: string, kind: 'config' | 'profile'): { value?: unknown; root?: Node; text: string; errors: ConfigError[] } {
  let st;
  try {
    st = statSync(file);
  } catch {
    return { text: '', errors: [{ file, line: 1, column: 1, message: `cannot read ${kind} file ${file}` }] };
  }
  const key = kind + ':' + file;
  const hit = fileCache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { text: '', errors: [{ file, line: 1, column: 1, message: `cannot read ${kind} file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }] };
  }
  const parsed = parseAndValidate<unknown>(text, file, kind);
  const entry = { mtimeMs: st.mtimeMs, size: st.size, value: parsed.value, root: parsed.root, text, errors: parsed.errors };
  fileCache.set(key, entry);
  return entry;
}
