/** Fixes made of several edits: one finding that renumbers or rewrites many places at once. */
import type { Range } from '../parse/types';

/** One fix made of several edits: `range`/`text` show the whole span as it will read. */
export function combinedFix(text: string, edits: Array<{ range: Range; text: string }>): { range: Range; text: string; edits: Array<{ range: Range; text: string }> } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0].range[0];
  const end = sorted[sorted.length - 1].range[1];
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  out += text.slice(at, end);
  return { range: [start, end], text: out, edits: sorted };
}
