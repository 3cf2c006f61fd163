/**
 * One way to apply fixes, used by `--fix`, the editor's quick fixes and fix-all alike.
 * Fixes are collected as edits in priority order (a message's own fix before aggregated ones),
 * an edit that overlaps an accepted one is skipped, and the accepted edits are applied from the
 * end of the text backwards. Nothing outside an accepted edit's range changes.
 */
import type { Range } from '../parse/types';
import { partitionPoint } from '../text/search';

export interface Edit {
  range: Range;
  text: string;
}

export interface FixData extends Edit {
  /** Fine-grained edits when one message fixes many places (the aggregated punctuation fix). */
  edits?: Edit[];
}

export function editsOf(fix: FixData): Edit[] {
  return fix.edits && fix.edits.length > 0 ? fix.edits : [{ range: fix.range, text: fix.text }];
}

function overlaps(a: Range, b: Range): boolean {
  // Two insertions at the same point conflict too (their order would be arbitrary).
  if (a[0] === a[1] && b[0] === b[1]) return a[0] === b[0];
  return a[0] < b[1] && b[0] < a[1];
}

/** Picks the edits that can be applied together; earlier fixes win over later ones. */
export function selectEdits(fixes: FixData[], textLength: number): Edit[] {
  const accepted: Edit[] = [];
  // Sorted by start, for overlap checks by binary search.
  const sorted: Edit[] = [];
  const conflicts = (r: Range) => {
    const lo = partitionPoint(sorted.length, (i) => sorted[i].range[1] <= r[0] && !(sorted[i].range[0] === sorted[i].range[1] && sorted[i].range[0] === r[0]));
    for (let k = lo; k < sorted.length && sorted[k].range[0] <= r[1]; k++) if (overlaps(sorted[k].range, r)) return true;
    return false;
  };
  for (const fix of fixes) {
    const edits = editsOf(fix).filter((e) => e.range[0] >= 0 && e.range[1] <= textLength && e.range[0] <= e.range[1]);
    // A multi-edit fix keeps every edit that does not collide; a single edit is all or nothing.
    for (const e of edits) {
      if (conflicts(e.range)) continue;
      accepted.push(e);
      // At a tie an insertion goes before the replacement that starts there (both were
      // accepted: they do not overlap), whichever was accepted first.
      const empty = e.range[0] === e.range[1];
      const at = partitionPoint(sorted.length, (i) => {
        const r = sorted[i].range;
        return r[0] < e.range[0] || (r[0] === e.range[0] && !empty && r[0] === r[1]);
      });
      sorted.splice(at, 0, e);
    }
  }
  return sorted;
}

export function applyFixes(text: string, fixes: FixData[]): { output: string; applied: number } {
  const edits = selectEdits(fixes, text.length);
  if (edits.length === 0) return { output: text, applied: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.range[0]), e.text);
    at = e.range[1];
  }
  parts.push(text.slice(at));
  return { output: parts.join(''), applied: edits.length };
}
