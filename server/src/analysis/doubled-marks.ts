/**
 * Doubled runs of point marks (，， 。。 ，。), found once per lint and shared by duplicate-punct
 * (P04, which reports and fixes them) and fullwidth-punct (P01, which leaves their width to P04).
 */
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import { eachMatch, textChars } from './prose';
import { charSet } from '../text/char-index';

const RUN = /[，,、。；;：:]{2,8}/g;
const POINT_MARKS = charSet('，,、。；;：:');

const DOUBLED_RUNS = memoKey<Run[]>('doubledRuns');

export interface Run {
  at: number;
  run: string;
}

/**
 * Doubled runs of point marks, found once per letter and shared with fullwidth-punct. Marks right
 * before a closing bracket are punct-before-closing-bracket's (it deletes them), and three or
 * more 。 are a typed ellipsis, not a doubled full stop.
 */
export function doubledRuns(ctx: LetterContext): Run[] {
  return memo(ctx, DOUBLED_RUNS, () => findDoubledRuns(ctx));
}

function findDoubledRuns(ctx: LetterContext): Run[] {
  const out: Run[] = [];
  // Most letters have no doubled mark at all: two adjacent offsets in the character index of the
  // text (a block's text only differs by masked ranges, blanked with spaces) are needed for any.
  const marks = textChars(ctx).positions(POINT_MARKS);
  let adjacent = false;
  for (let k = 1; k < marks.length && !adjacent; k++) adjacent = marks[k] === marks[k - 1] + 1;
  if (!adjacent) return out;
  eachMatch(ctx, RUN, (m, at) => {
    const run = m[0];
    // (At the very end of the text there is no bracket: ''.includes would say yes.)
    const next = ctx.text[at + run.length];
    if (next !== undefined && '）)》”'.includes(next)) return;
    if (/^。{3,}$/.test(run)) return;
    out.push({ at, run });
  });
  return out;
}

/** Offsets of the marks in doubled runs (fullwidth-punct leaves their width to this rule). */
export function doubledMarkOffsets(ctx: LetterContext): number[] {
  const out: number[] = [];
  for (const { at, run } of doubledRuns(ctx)) for (let i = 0; i < run.length; i++) out.push(at + i);
  return out;
}
