/**
 * One scan of the letter's prose for the rarer marks the punctuation and citation rules look at
 * (brackets, quotes, 、 and sentence ends, spaces, dashes), shared by all of them: a loop or a
 * regex tried at every character costs ~50–150 µs per pass over a 20 KB letter, and each rule
 * used to make its own. V8 finds a character class with its quick scan; the hits (a few hundred)
 * are kept in text order and each rule walks only those. Cached on the tree, like proseBlocks.
 *
 * Offsets are in ctx.text. For Markdown, a block's `value` has its masked ranges blanked with
 * spaces (same length), so a rule reading `value` sees a subset of these hits as marks.
 */
import type { Block } from '../parse/types';
import type { RuleContext } from './rule';
import { isMasked, proseBlocks } from './prose';

export interface PunctHits {
  /** Offsets of the hits in ctx.text, in text order (block by block). */
  at: number[];
  /** The character code at each offset. */
  code: number[];
  /** The index of each hit's block in proseBlocks(ctx). */
  block: number[];
}

/**
 * Every character any rule of this scan needs: brackets and quotes （）()“”‘’〈〉〔〕【】》, ASCII
 * and corner quotes "'「」『』, 顿号 and clause ends 、丶。；;！？, spaces, dashes -–－—.
 * (Frequent marks such as ， and , are not here: rules that need them use their own regex.)
 */
const PUNCT_CHARS = /[()（）“”‘’〈〉〔〕【】》"'「」『』、丶。；;！？ \u00a0\-–－—]/g;

export function punctHits(ctx: RuleContext): PunctHits {
  const cache = ctx.tree.data as unknown as { _punctHits?: PunctHits };
  if (cache._punctHits) return cache._punctHits;
  const text = ctx.text;
  const out: PunctHits = { at: [], code: [], block: [] };
  const re = PUNCT_CHARS;
  const find = (from: number) => {
    re.lastIndex = from;
    return re.test(text) ? re.lastIndex - 1 : text.length;
  };
  // `hit` is the first match at or after `from`: a hit found past one block is kept for the
  // next, so the text is scanned once however many blocks there are.
  let from = 0;
  let hit = -1;
  const blocks = proseBlocks(ctx);
  for (let n = 0; n < blocks.length; n++) {
    const s = blocks[n].position.start.offset!;
    const e = blocks[n].position.end.offset!;
    let i = from <= s && hit >= s ? hit : find(s);
    from = s;
    while (i < e) {
      out.at.push(i);
      out.code.push(text.charCodeAt(i));
      out.block.push(n);
      from = i + 1;
      i = find(from);
    }
    hit = i;
  }
  return (cache._punctHits = out);
}

/**
 * The same matches as `eachMatch(ctx, re, …)` (prose.ts) for a regex whose every match is
 * non-empty and begins with a character of this scan that `starts(code, at)` accepts: `re`,
 * sticky (/y), is tried on the block's text only at those hits. `starts` may also look at the
 * neighbours in ctx.text, as a quick necessary condition for a match. Calls `fn(at, end, block)` with absolute
 * offsets; the match is `block.value.slice(at - base, end - base)`.
 */
export function eachMatchAtHits(
  ctx: RuleContext,
  starts: (code: number, at: number) => boolean,
  re: RegExp,
  fn: (at: number, end: number, block: Block) => void,
): void {
  const hits = punctHits(ctx);
  const blocks = proseBlocks(ctx);
  let block = -1;
  // Like exec with /g: the next match is looked for after the end of the previous one.
  let next = 0;
  for (let h = 0; h < hits.at.length; h++) {
    const at = hits.at[h];
    if (!starts(hits.code[h], at)) continue;
    if (hits.block[h] !== block) {
      block = hits.block[h];
      next = 0;
    }
    if (at < next) continue;
    const b = blocks[block];
    const base = b.position.start.offset!;
    re.lastIndex = at - base;
    if (!re.test(b.value)) continue;
    next = base + re.lastIndex;
    if (!isMasked(ctx, at)) fn(at, next, b);
  }
}
