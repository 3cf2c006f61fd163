/**
 * Bracket and quote pairs in the letter's prose, found once per letter and shared by
 * bracket-pairs (P02), punct-before-closing-bracket (P03) and fullwidth-punct (P01, which leaves
 * the half-width member of a mixed pair to P02). 《》 are the citation rules' (C01/C02).
 */
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import type { Block } from '../parse/types';
import { codeAt, isDigit, isLatinCode } from '../text/chars';
import { startOf } from '../text/spans';
import { bracketHits } from './punct-scan';

export const PARTNER: Record<string, string> = { '(': ')', '（': '）', '“': '”', '‘': '’', '〈': '〉', '〔': '〕', '【': '】' };

export interface Pair {
  open: number;
  close: number;
  kind: string;
  /** Enclosing round pair, for nesting checks. */
  depth: number;
}

export interface BracketScan {
  pairs: Pair[];
  /** Openings never closed and closings never opened (offsets). */
  unclosed: number[];
  stray: number[];
}

/** `1)` `a)` `十)` enumerators at a clause start: a closing bracket with no opening, by design. */
function enumeratorClose(text: string, i: number, blockStart: number): boolean {
  let k = i - 1;
  while (k >= blockStart && i - k <= 3 && (isDigit(text.charCodeAt(k)) || isLatinCode(text.charCodeAt(k)) || '一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩'.includes(text[k]))) k--;
  if (k === i - 1) return false;
  // After a clause boundary, or after 一是 / 其次 (一是1)加强…).
  return k < blockStart || /[\s，。；：、,;:.!?！？是]/.test(text[k]);
}

// Bracket kinds by character code, without allocating a string per character.
const KIND_NAMES = ['', 'round', 'dquote', 'squote', 'angle', 'tortoise', 'lenticular'];
/** Kind of an opening bracket (1–6), or 0. */
function openKindOf(c: number): number {
  switch (c) {
    case 0x28:
    case 0xff08:
      return 1; // ( （
    case 0x201c:
      return 2; // “
    case 0x2018:
      return 3; // ‘
    case 0x3008:
      return 4; // 〈
    case 0x3014:
      return 5; // 〔
    case 0x3010:
      return 6; // 【
    default:
      return 0;
  }
}
/** Kind of a closing bracket (1–6), or 0. */
function closeKindOf(c: number): number {
  switch (c) {
    case 0x29:
    case 0xff09:
      return 1; // ) ）
    case 0x201d:
      return 2; // ”
    case 0x2019:
      return 3; // ’
    case 0x3009:
      return 4; // 〉
    case 0x3015:
      return 5; // 〕
    case 0x3011:
      return 6; // 】
    default:
      return 0;
  }
}

const BRACKETS = memoKey<BracketScan>('scanBrackets');
const BEFORE_CLOSE = memoKey<Array<{ at: number; close: number; inner: boolean }>>('marksBeforeClose');

export function scanBrackets(ctx: LetterContext): BracketScan {
  return memo(ctx, BRACKETS, () => findBrackets(ctx));
}

function findBrackets(ctx: LetterContext): BracketScan {
  const text = ctx.text;
  const out: BracketScan = { pairs: [], unclosed: [], stray: [] };
  // The open stack as parallel arrays (offset, kind, slot in `byOpen`), `top` entries deep;
  // reused across blocks (a moving top instead of setting .length, which is a slow call).
  const at: number[] = [];
  const kinds: number[] = [];
  const slots: number[] = [];
  let top = 0;
  // Pairs in order of their opening (no sort needed): a slot is taken at the opening and
  // filled at the closing; openings never closed leave their slot empty.
  const byOpen: Array<Pair | undefined> = [];
  // Round openings on the stack, kept as a count so nesting depth costs O(1) per bracket.
  let rounds = 0;
  let block: Block | undefined;
  // Openings left on the stack at the end of a block were never closed.
  const endBlock = () => {
    for (let j = 0; j < top; j++) out.unclosed.push(at[j]);
    top = 0;
    rounds = 0;
  };
  const hits = bracketHits(ctx);
  for (let h = 0; h < hits.at.length; h++) {
    const c = hits.code[h];
    const openKind = openKindOf(c);
    const closeKind = openKind ? 0 : closeKindOf(c);
    if (!openKind && !closeKind) continue;
    const i = hits.at[h];
    if (hits.block[h] !== block) {
      endBlock();
      block = hits.block[h];
    }
    // Apostrophes in Latin text (Xi’an, don't) are not quotes.
    if ((c === 0x2019 || c === 0x2018) && (isLatinCode(codeAt(text, i - 1)) || isLatinCode(codeAt(text, i + 1)))) continue;
    if (openKind) {
      at[top] = i;
      kinds[top] = openKind;
      slots[top] = byOpen.length;
      top++;
      byOpen.push(undefined);
      if (openKind === 1) rounds++;
      continue;
    }
    const n = top;
    let k = n - 1;
    // Only a few kinds can sit above the partner; give up after a bounded look so that a long
    // run of other openings stays linear.
    while (k >= 0 && n - k <= 16 && kinds[k] !== closeKind) k--;
    if (k >= 0 && kinds[k] !== closeKind) k = -1;
    if (k < 0) {
      if (!(closeKind === 1 && enumeratorClose(text, i, startOf(block!)))) out.stray.push(i);
      continue;
    }
    // Openings above the match were never closed.
    for (let j = n - 1; j > k; j--) {
      out.unclosed.push(at[j]);
      if (kinds[j] === 1) rounds--;
    }
    const open = at[k];
    const slot = slots[k];
    top = k;
    if (closeKind === 1) rounds--;
    byOpen[slot] = { open, close: i, kind: KIND_NAMES[closeKind], depth: closeKind === 1 ? rounds : 0 };
  }
  endBlock();
  for (const p of byOpen) if (p) out.pairs.push(p);
  // Openings are unclosed in stack order within a block; sort only when that left them unsorted.
  if (!isSorted(out.unclosed)) out.unclosed.sort((a, b) => a - b);
  return out;
}

function isSorted(list: number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}

/** Mixed-width round pairs: (…） and （…), with the half-width member's offset. */
export function mixedPairs(ctx: LetterContext): Array<{ pair: Pair; half: number }> {
  const text = ctx.text;
  const out: Array<{ pair: Pair; half: number }> = [];
  for (const p of scanBrackets(ctx).pairs) {
    if (p.kind !== 'round') continue;
    const o = text[p.open];
    const c = text[p.close];
    if (o === '(' && c === '）') out.push({ pair: p, half: p.open });
    else if (o === '（' && c === ')') out.push({ pair: p, half: p.close });
  }
  return out;
}

const RUN_MARKS = '，、；：,;:丶。';

/** ，、；：,;:丶 — the marks P03 deletes before any closing mark. */
function isBeforeCloseMark(c: number): boolean {
  return c === 0xff0c || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x4e36;
}

/**
 * Marks P03 deletes: a comma, 顿号, semicolon or colon right before a closing ） ) 》 ”, and a
 * 句号 right before the ） of a bracket that opened inside a sentence.
 */
export function marksBeforeClose(ctx: LetterContext): Array<{ at: number; close: number; inner: boolean }> {
  return memo(ctx, BEFORE_CLOSE, () => findMarksBeforeClose(ctx));
}

function findMarksBeforeClose(ctx: LetterContext): Array<{ at: number; close: number; inner: boolean }> {
  const text = ctx.text;
  const out: Array<{ at: number; close: number; inner: boolean }> = [];
  // Opening of each round pair by its closing offset, built when first needed.
  let roundOpenMap: Map<number, number> | undefined;
  const roundOpen = () => {
    if (!roundOpenMap) {
      roundOpenMap = new Map();
      for (const p of scanBrackets(ctx).pairs) if (p.kind === 'round') roundOpenMap.set(p.close, p.open);
    }
    return roundOpenMap;
  };
  const hits = bracketHits(ctx);
  for (let h = 0; h < hits.at.length; h++) {
    const c = hits.code[h];
    if (c !== 0xff09 && c !== 0x29 && c !== 0x300b && c !== 0x201d) continue; // ） ) 》 ”
    const i = hits.at[h];
    const s = startOf(hits.block[h]);
    // A closing mark at the very start of a block has nothing before it.
    if (i === s) continue;
    const p = text.charCodeAt(i - 1);
    if (isBeforeCloseMark(p)) {
      // (1,2) and (a:b) are Latin: a half-width mark between Latin or digits is left alone.
      if ((p === 0x2c || p === 0x3a || p === 0x3b) && c === 0x29 && isDigit(codeAt(text, i - 2)) && !roundOpen().has(i)) continue;
      // The whole run of marks before the bracket goes (，。） → ）), so one fix settles it.
      let k = i - 1;
      while (k > s && i - k < 8 && RUN_MARKS.includes(text[k - 1])) k--;
      for (let j = k; j < i; j++) out.push({ at: j, close: i, inner: false });
    } else if ((p === 0x3002 || p === 0x2e) && (c === 0xff09 || c === 0x29) && roundOpen().has(i)) {
      // 。 or . before ） or )
      if (p === 0x2e && !/[\u4e00-\u9fff]/.test(text[i - 2] ?? '')) continue;
      // A bracket inside a sentence: the char before its opening is not a sentence end.
      const open = roundOpen().get(i)!;
      const before = text[open - 1];
      if (open > s && before !== undefined && !/[。！？!?\s]/.test(before) && !/[”’]/.test(before)) out.push({ at: i - 1, close: i, inner: true });
    }
  }
  return out;
}
