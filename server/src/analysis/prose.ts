/**
 * Helpers for the date and punctuation rules: the letter's own text (page residue left out),
 * whether an offset lies inside a 《》 title, and a bounded regex walk over the blocks.
 */
import type { Block } from '../parse/types';
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import { CharIndex } from '../text/char-index';
import { firstAtOrAfter, lastAtOrBefore } from '../text/search';
import { endOf, startOf } from '../text/spans';

const PROSE_BLOCKS = memoKey<Block[]>('proseBlocks');
const TEXT_CHARS = memoKey<CharIndex>('textChars');

/** Blocks that belong to the letter (not the page residue after it). */
export function proseBlocks(ctx: LetterContext): Block[] {
  // Shared by every rule of one lint; callers only read it.
  return memo(ctx, PROSE_BLOCKS, () => ctx.blocks.filter((b) => b.type !== 'boilerplate'));
}

/**
 * The character index (text/char-index.ts) of what the blocks hold: the parser's, built over the
 * letter's prose (for Markdown, the text with its syntax blanked, which is what `block.value`
 * holds). Offsets are offsets in ctx.text.
 */
export function proseChars(ctx: LetterContext): CharIndex {
  // Every tree from parseReply has one; a tree made otherwise gets one of its text.
  return ctx.tree.data.charIndex ?? textChars(ctx);
}

/**
 * The character index of ctx.text itself: the same as proseChars when nothing is masked (a .txt
 * letter, a Markdown letter without Markdown syntax, whose prose is its text).
 */
export function textChars(ctx: LetterContext): CharIndex {
  const own = ctx.tree.data.charIndex;
  if (own && ctx.tree.data.masked.length === 0) return own;
  return memo(ctx, TEXT_CHARS, () => new CharIndex(ctx.text));
}

/**
 * Calls `fn(i, block, blockIndex)` for each offset `i` in `positions` (ascending offsets in
 * ctx.text) that lies inside one of `blocks` (in text order), in order.
 */
export function eachPositionInBlocks(positions: ArrayLike<number>, blocks: readonly Block[], fn: (i: number, block: Block, blockIndex: number) => void): void {
  let k = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const s = startOf(b);
    const e = endOf(b);
    if (k < positions.length && positions[k] < s) k = firstAtOrAfter(positions, s);
    for (; k < positions.length && positions[k] < e; k++) fn(positions[k], b, bi);
  }
}

/**
 * True when `offset` is inside the text of a 《…》 citation (between the marks). The citations
 * are in text order and do not overlap: a binary search (a scan from the first one made rules
 * that ask for every match quadratic on long documents).
 */
export function inTitle(ctx: LetterContext, offset: number): boolean {
  const cites = ctx.parts.citations;
  const i = lastAtOrBefore(cites, offset, (c) => c.titleRange[0]);
  return i >= 0 && offset < cites[i].titleRange[1];
}

/** True when `offset` lies in a masked range (Markdown syntax, code) or in page residue. */
export function isMasked(ctx: LetterContext, offset: number): boolean {
  const masked = ctx.tree.data.masked;
  for (let i = 0; i < masked.length; i++) if (offset >= masked[i][0] && offset < masked[i][1]) return true;
  return false;
}

/**
 * Calls `fn` for every match of the global regex `re` in each prose block, with the match's
 * absolute offset. The regexes passed here are bounded (no nested quantifiers).
 */
export function eachMatch(ctx: LetterContext, re: RegExp, fn: (m: RegExpExecArray, at: number, block: Block) => void): void {
  for (const b of proseBlocks(ctx)) {
    const base = startOf(b);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(b.value))) {
      if (!isMasked(ctx, base + m.index)) fn(m, base + m.index, b);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
