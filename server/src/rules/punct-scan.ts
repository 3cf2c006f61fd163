/**
 * Fast scanning for the punctuation and citation rules. A loop or a regex tried at every
 * character costs ~50–150 µs per pass over a 20 KB letter; V8 finds a small character class
 * with its quick scan in a few µs plus ~30 ns per hit. So:
 * - punctHits: one scan for the brackets and quotes, shared by P01/P02/P03/P08/C01 (cached on
 *   the tree, like proseBlocks);
 * - eachCharInProse: a rule's own scan for a few rare characters;
 * - eachMatchAt: a regex tried only where it can start.
 *
 * Offsets are in ctx.text. For Markdown, a block's `value` has its masked ranges blanked with
 * spaces (same length), so a rule reading `value` sees a subset of these hits as marks.
 */
import type { Block } from '../parse/types';
import type { RuleContext } from './rule';
import { isMasked, proseBlocks } from './prose';

/** The hits of PUNCT_CHARS in the prose blocks. */
export interface PunctHits {
  /** Offsets of the hits in ctx.text, in text order (block by block). */
  at: number[];
  /** The character code at each offset. */
  code: number[];
  /** The prose block of each hit. */
  block: Block[];
}

/**
 * The brackets and quotes （）()“”‘’〈〉〔〕【】》. Frequent marks (、 。 ，), dashes, spaces and
 * ASCII quotes are not here: V8's scan slows down with a larger class (measured on the 20 KB
 * letter: adding "'「」『』 and spaces doubles it, adding 、。 or -–－— costs several times more).
 * Rules that need those find them with indexOf or their own small class.
 */
const PUNCT_CHARS = /[()（）“”‘’〈〉〔〕【】》]/g;

export function punctHits(ctx: RuleContext): PunctHits {
  const cache = ctx.tree.data as unknown as { _punctHits?: PunctHits };
  if (cache._punctHits) return cache._punctHits;
  const text = ctx.text;
  const out: PunctHits = { at: [], code: [], block: [] };
  eachCharInProse(ctx, PUNCT_CHARS, (i, _s, _e, b) => {
    out.at.push(i);
    out.code.push(text.charCodeAt(i));
    out.block.push(b);
  });
  return (cache._punctHits = out);
}

/**
 * The same matches as `eachMatch(ctx, re, …)` (prose.ts) for a regex whose every match is
 * non-empty and begins with a character of `starts`, a global one-character class that V8 finds
 * quickly: `re`, sticky (/y), is only tried on the block's text at those characters. Calls
 * `fn(at, end, block)` with absolute offsets.
 */
export function eachMatchAt(ctx: RuleContext, starts: RegExp, re: RegExp, fn: (at: number, end: number, block: Block) => void): void {
  // Like exec with /g: the next match is looked for after the end of the previous one (in
  // the same block).
  let block: Block | undefined;
  let next = 0;
  // The characters of `starts` in ctx.text include those in the block's text (where only
  // masked ranges differ, blanked with spaces).
  eachCharInProse(ctx, starts, (at, s, _e, b) => {
    if (b !== block) {
      block = b;
      next = s;
    }
    if (at < next) return;
    re.lastIndex = at - s;
    if (!re.test(b.value)) return;
    next = s + re.lastIndex;
    if (!isMasked(ctx, at)) fn(at, next, b);
  });
}

/**
 * Calls `fn(i, s, e, b)` for each offset `i` of `ctx.text` inside a prose block `b` [s, e) where
 * the global, single-character regex `chars` matches, in text order.
 */
export function eachCharInProse(ctx: RuleContext, chars: RegExp, fn: (i: number, s: number, e: number, b: Block) => void): void {
  const text = ctx.text;
  walkProse(ctx, (from) => {
    chars.lastIndex = from;
    return chars.test(text) ? chars.lastIndex - 1 : text.length;
  }, fn);
}

/** Calls `fn(i, s, e, b)` for each offset `i` of the character `ch` in a prose block, with indexOf. */
export function eachIndexInProse(ctx: RuleContext, ch: string, fn: (i: number, s: number, e: number, b: Block) => void): void {
  const text = ctx.text;
  walkProse(ctx, (from) => {
    const i = text.indexOf(ch, from);
    return i < 0 ? text.length : i;
  }, fn);
}

/**
 * One scan of the text for all blocks, with `find(from)` the first hit at or after `from` (or
 * the text's length): a hit found past one block is kept for the next, so blocks without one
 * cost nothing.
 */
function walkProse(ctx: RuleContext, find: (from: number) => number, fn: (i: number, s: number, e: number, b: Block) => void): void {
  // `hit` is the first hit at or after `from`.
  let from = 0;
  let hit = -1;
  for (const b of proseBlocks(ctx)) {
    const s = b.position.start.offset!;
    const e = b.position.end.offset!;
    let i = from <= s && hit >= s ? hit : find(s);
    from = s;
    while (i < e) {
      fn(i, s, e, b);
      from = i + 1;
      i = find(from);
    }
    hit = i;
  }
}
