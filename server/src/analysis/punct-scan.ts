/**
 * Fast scanning for the punctuation and citation rules. A loop or a regex tried at every
 * character costs ~50–150 µs per pass over a 20 KB letter, so the rules walk only the offsets
 * of the characters they care about, from the character index the parser built in its one pass
 * (text/char-index.ts), kept in the per-lint memo like proseBlocks:
 * - bracketHits: brackets and quotes (P01 P02 P03 P08 C01);
 * - rareMarkHits: ASCII and corner quotes, spaces, dashes (P06 P07 P09);
 * plus eachCharInProse for a rule's own regex tried only where its first character stands,
 * and eachMatchAt for a regex tried only where it can start.
 *
 * Offsets are in ctx.text. For Markdown, a block's `value` has its masked ranges blanked with
 * spaces (same length), so a rule reading `value` sees a subset of these hits as marks.
 */
import type { Block } from '../parse/types';
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import { endOf, startOf } from '../text/spans';
import { eachPositionInBlocks, isMasked, proseBlocks, textChars } from './prose';
import { charSet, type CharSet } from '../text/char-index';

/** The offsets in the prose blocks where a scan's class matched. */
export interface Hits {
  /** Offsets in ctx.text, in text order (block by block). */
  at: number[];
  /** The character code at each offset. */
  code: number[];
  /** The prose block of each offset. */
  block: Block[];
}

// Frequent marks (、 。 ，) are in neither set; rules that need those use indexOf or their own
// literal-first regex.
/** Brackets and quotes （）()“”‘’〈〉〔〕【】》. */
const BRACKET_CHARS = charSet('()（）“”‘’〈〉〔〕【】》');
/** ASCII and corner quotes "'「」『』, spaces, dashes -–－—: rare in a letter. */
const RARE_CHARS = charSet('"\'「」『』 \u00a0-–－—');

const BRACKET_HITS = memoKey<Hits>('bracketHits');
const RARE_MARK_HITS = memoKey<Hits>('rareMarkHits');

export function bracketHits(ctx: LetterContext): Hits {
  return memo(ctx, BRACKET_HITS, () => scan(ctx, BRACKET_CHARS));
}

export function rareMarkHits(ctx: LetterContext): Hits {
  return memo(ctx, RARE_MARK_HITS, () => scan(ctx, RARE_CHARS));
}

function scan(ctx: LetterContext, chars: CharSet): Hits {
  const text = ctx.text;
  const out: Hits = { at: [], code: [], block: [] };
  eachPositionInBlocks(textChars(ctx).positions(chars), proseBlocks(ctx), (i, b) => {
    out.at.push(i);
    out.code.push(text.charCodeAt(i));
    out.block.push(b);
  });
  return out;
}

/**
 * The same matches as `eachMatch(ctx, re, …)` (prose.ts) for a regex whose every match is
 * non-empty and begins at one of `hits` whose code `starts` accepts: `re`, sticky (/y), is only
 * tried on the block's text there. Calls `fn(at, end, block)` with absolute offsets.
 */
export function eachMatchAt(ctx: LetterContext, hits: Hits, starts: (code: number) => boolean, re: RegExp, fn: (at: number, end: number, block: Block) => void): void {
  // Like exec with /g: the next match is looked for after the end of the previous one (in
  // the same block).
  let block: Block | undefined;
  let next = 0;
  for (let h = 0; h < hits.at.length; h++) {
    if (!starts(hits.code[h])) continue;
    const at = hits.at[h];
    const b = hits.block[h];
    const s = startOf(b);
    if (b !== block) {
      block = b;
      next = s;
    }
    if (at < next) continue;
    // The hits in ctx.text include the block text's marks (only masked ranges differ).
    re.lastIndex = at - s;
    if (!re.test(b.value)) continue;
    next = s + re.lastIndex;
    if (!isMasked(ctx, at)) fn(at, next, b);
  }
}

/**
 * Calls `fn(i, s, e, b)` for each offset `i` of `ctx.text` inside a prose block `b` [s, e) where
 * the global regex `chars` (whose matches are one character long) matches, in text order. One
 * scan of the text for all blocks: a hit found past one block is kept for the next, so blocks
 * without one cost nothing.
 */
export function eachCharInProse(ctx: LetterContext, chars: RegExp, fn: (i: number, s: number, e: number, b: Block) => void): void {
  const text = ctx.text;
  const find = (from: number) => {
    chars.lastIndex = from;
    return chars.test(text) ? chars.lastIndex - 1 : text.length;
  };
  // `hit` is the first match at or after `from`.
  let from = 0;
  let hit = -1;
  for (const b of proseBlocks(ctx)) {
    const s = startOf(b);
    const e = endOf(b);
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
