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

/**
 * `parse` of a file's text, computed once per version on disk (cached by mtime and size under
 * `key`); a file that cannot be read gives `fail` with why.
 */
export function readCached<T>(cache: Map<string, { mtimeMs: number; size: number; value: T }>, key: string, file: string, kind: string, parse: (text: string) => T, fail: (e: ConfigError) => T): T {
  let st;
  try {
    st = statSync(file);
  } catch {
    return fail({ file, line: 1, column: 1, message: `cannot read ${kind} file ${file}` });
  }
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.value;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return fail({ file, line: 1, column: 1, message: `cannot read ${kind} file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
  }
  const value = parse(text);
  cache.set(key, { mtimeMs: st.mtimeMs, size: st.size, value });
  return value;
}

type Validated = { value?: unknown; root?: Node; text: string; errors: ConfigError[] };

/** Each config or profile file parsed and validated once per version on disk. */
const fileCache = new Map<string, { mtimeMs: number; size: number; value: Validated }>();

export function readValidated(file: string, kind: 'config' | 'profile'): Validated {
  return readCached(
    fileCache,
    kind + ':' + file,
    file,
    kind,
    (text) => {
      const parsed = parseAndValidate<unknown>(text, file, kind);
      return { value: parsed.value, root: parsed.root, text, errors: parsed.errors };
    },
    (e) => ({ text: '', errors: [e] }),
  );
}
