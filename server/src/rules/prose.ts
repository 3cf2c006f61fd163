/**
 * Helpers for the date and punctuation rules: the letter's own text (page residue left out),
 * whether an offset lies inside a 《》 title, and a bounded regex walk over the blocks.
 */
import type { Block, Range } from '../parse/types';
import type { RuleContext } from './rule';
import { isCjk, isDigit, isHan } from '../text/chars';
import { CharIndex, firstAtOrAfter } from '../text/char-index';

/** Blocks that belong to the letter (not the page residue after it). */
export function proseBlocks(ctx: RuleContext): Block[] {
  // Shared by every rule of one lint (the tree is per lint); callers only read it.
  const cache = ctx.tree.data as unknown as { _prose?: Block[] };
  return (cache._prose ??= ctx.blocks.filter((b) => b.type !== 'boilerplate'));
}

/**
 * The character index (text/char-index.ts) of what the blocks hold: the parser's, built over the
 * letter's prose (for Markdown, the text with its syntax blanked, which is what `block.value`
 * holds). Offsets are offsets in ctx.text.
 */
export function proseChars(ctx: RuleContext): CharIndex {
  // Every tree from parseReply has one; a tree made otherwise gets one of its text.
  return ctx.tree.data.charIndex ?? textChars(ctx);
}

/**
 * The character index of ctx.text itself: the same as proseChars when nothing is masked (a .txt
 * letter, a Markdown letter without Markdown syntax, whose prose is its text).
 */
export function textChars(ctx: RuleContext): CharIndex {
  const own = ctx.tree.data.charIndex;
  if (own && ctx.tree.data.masked.length === 0) return own;
  const cache = ctx.tree.data as unknown as { _textChars?: CharIndex };
  return (cache._textChars ??= new CharIndex(ctx.text));
}

/**
 * Calls `fn(i, block, blockIndex)` for each offset `i` in `positions` (ascending offsets in
 * ctx.text) that lies inside one of `blocks` (in text order), in order.
 */
export function eachPositionInBlocks(positions: ArrayLike<number>, blocks: readonly Block[], fn: (i: number, block: Block, blockIndex: number) => void): void {
  let k = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const s = b.position.start.offset!;
    const e = b.position.end.offset!;
    if (k < positions.length && positions[k] < s) k = firstAtOrAfter(positions, s);
    for (; k < positions.length && positions[k] < e; k++) fn(positions[k], b, bi);
  }
}

export function blockRange(b: Block): Range {
  return [b.position.start.offset!, b.position.end.offset!];
}

/**
 * True when `offset` is inside the text of a 《…》 citation (between the marks). The citations
 * are in text order and do not overlap: a binary search (a scan from the first one made rules
 * that ask for every match quadratic on long documents).
 */
export function inTitle(ctx: RuleContext, offset: number): boolean {
  const cites = ctx.parts.citations;
  const i = lastAtOrBefore(cites, offset, (c) => c.titleRange[0]);
  return i >= 0 && offset < cites[i].titleRange[1];
}

/** Last index i with key(list[i]) <= x, or -1 (list sorted by key). */
export function lastAtOrBefore<T>(list: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** True when `offset` lies in a masked range (Markdown syntax, code) or in page residue. */
export function isMasked(ctx: RuleContext, offset: number): boolean {
  const masked = ctx.tree.data.masked;
  for (let i = 0; i < masked.length; i++) if (offset >= masked[i][0] && offset < masked[i][1]) return true;
  return false;
}

/**
 * Calls `fn` for every match of the global regex `re` in each prose block, with the match's
 * absolute offset. The regexes passed here are bounded (no nested quantifiers).
 */
export function eachMatch(ctx: RuleContext, re: RegExp, fn: (m: RegExpExecArray, at: number, block: Block) => void): void {
  for (const b of proseBlocks(ctx)) {
    const base = b.position.start.offset!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(b.value))) {
      if (!isMasked(ctx, base + m.index)) fn(m, base + m.index, b);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

/** An ASCII digit (text/chars.ts isDigit, under the name the rules use). */
export const isDigitCode = isDigit;

export function isLatinCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The character code at i, or 0 outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

export { isCjk, isHan };

export { validDate } from '../text/calendar';

export function cnDate(y: number, m: number, d: number): string {
  return `${y}年${m}月${d}日`;
}

/** 二〇二三 → 2023 (digit by digit, any zero look-alike), 十 / 二十一 → 10 / 21; NaN otherwise. */
export function cnDigits(s: string): number {
  const map: Record<string, number> = { 〇: 0, '○': 0, 零: 0, O: 0, Ｏ: 0, '0': 0, '０': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let n = 0;
  for (const ch of s) {
    const v = map[ch];
    if (v === undefined) return NaN;
    n = n * 10 + v;
  }
  return s.length ? n : NaN;
}

/** The year the letter was written: the 成文日期, else today. */
export function letterYear(ctx: RuleContext): number {
  const y = ctx.parts.issueDate?.year;
  return y && Number.isFinite(y) ? y : ctx.today.getUTCFullYear();
}
