/**
 * Half-width punctuation used in Chinese text: , : ; ? ! ( ) next to CJK, and a . that ends a
 * Chinese sentence (支持.). Found once per parse
 * and shared: fullwidth-punct reports it (once for a whole scraped letter), and the rules that
 * own a construct (markers, the salutation colon, field colons, the acknowledgement's brackets)
 * know which of their characters are only a width problem.
 *
 * Left alone: decimals and times (8:00), thousands separators, URLs and e-mail addresses, and
 * brackets around Latin text only (MES), which the profile may allow.
 */
import { FULLWIDTH, isCjk, isDigit, isHan } from '../text/chars';
import type { Range } from './types';
import { charSet, type CharIndex } from '../text/char-index';

export interface HalfWidthMark {
  offset: number;
  char: string;
  replacement: string;
}

/**
 * Marks the URLs and e-mail addresses in `skip`. Scans for their anchors (http, www., @) and
 * expands around them, so long runs of URL-ish characters cost linear time (a regex such as
 * /[\w.]+@/ backtracks quadratically on "1.1.1.1…").
 */
function skipUrlsAndEmails(text: string, skip: Uint8Array) {
  const urlChar = (c: number) => c >= 0x21 && c <= 0x7e;
  const local = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45;
  for (const anchor of ['http://', 'https://', 'www.']) {
    let i = text.indexOf(anchor);
    while (i >= 0) {
      let e = i + anchor.length;
      while (e < text.length && urlChar(text.charCodeAt(e))) e++;
      skip.fill(1, i, e);
      i = text.indexOf(anchor, e);
    }
  }
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0 && local(text.charCodeAt(s - 1)) && at - s < 64) s--;
    let e = at + 1;
    while (e < text.length && local(text.charCodeAt(e)) && e - at < 256) e++;
    if (s < at && text.slice(at + 1, e).includes('.')) skip.fill(1, s, e);
    at = text.indexOf('@', at + 1);
  }
}

const PAREN_OR_EOL = charSet('()（）\n\r');
/** Every mark findHalfWidth judges: , : ; ? ! . ( ) */
const ASCII_MARK = charSet(',:;?!.()');

/** `index`: the character index of `text`. */
export function findHalfWidth(text: string, masked: Range[], index: CharIndex): HalfWidthMark[] {
  const skip = new Uint8Array(text.length);
  for (const [s, e] of masked) skip.fill(1, s, e);
  skipUrlsAndEmails(text, skip);

  // Brackets first: a pair is Chinese when what it encloses has CJK.
  const cjkParen = new Uint8Array(text.length);
  const stack: number[] = [];
  // The last Han character before `scanned`, found by one forward walk shared by all pairs: a
  // pair (open, i) encloses Han exactly when lastHan > open. Linear for any nesting depth
  // (scanning each pair's contents was quadratic: 50,000 （ then 50,000 ） took seconds).
  let scanned = 0;
  let lastHan = -1;
  // Only ( ) （ ） and line ends matter here.
  for (const i of index.positions(PAREN_OR_EOL)) {
    const ch = text[i];
    if (skip[i]) continue;
    if (ch === '(' || ch === '（') stack.push(i);
    else if (ch === ')' || ch === '）') {
      const open = stack.pop();
      if (open === undefined) {
        // A stray ) after Chinese text (marks that other rules delete, such as 占40%,), skipped).
        if (ch === ')' && isCjk(prevNonSpace(text, i, true))) cjkParen[i] = 1;
        continue;
      }
      for (; scanned < i; scanned++) if (isHan(text.charCodeAt(scanned))) lastHan = scanned;
      if (lastHan > open) {
        if (text[open] === '(') cjkParen[open] = 1;
        if (ch === ')') cjkParen[i] = 1;
      }
    } else if ((ch === '\n' || ch === '\r') && stack.length > 0) stack.length = 0;
  }
  for (const open of stack) if (text[open] === '(' && isCjk(nextNonSpace(text, open))) cjkParen[open] = 1;

  const out: HalfWidthMark[] = [];
  for (const i of index.positions(ASCII_MARK)) {
    const ch = text[i];
    if (skip[i]) continue;
    if (ch === '(' || ch === ')') {
      if (cjkParen[i]) out.push({ offset: i, char: ch, replacement: FULLWIDTH[ch] });
      continue;
    }
    if (ch === '.') {
      if (isChineseFullStop(text, i)) out.push({ offset: i, char: ch, replacement: '。' });
      continue;
    }
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((ch === ',' || ch === ':') && isDigit(before) && isDigit(after)) continue; // 1,000 and 8:00
    if (isCjk(before) || cjkParen[i - 1] === 1 || isCjk(after) || cjkParen[i + 1] === 1 || cjkContextAcrossNumber(text, i)) {
      out.push({ offset: i, char: ch, replacement: FULLWIDTH[ch] });
    }
  }
  return out;
}

/**
 * An ASCII full stop ending a Chinese sentence (支持.⏎): right after a Han character and before
 * the end of the line, a space or another Han character. Not a decimal (25.87), not an ellipsis
 * (...), not a marker (一. at the start of a line, which N01 reports), not Latin (No.1).
 */
function isChineseFullStop(text: string, i: number): boolean {
  if (!isHan(text.charCodeAt(i - 1))) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (!(next === 0 || next === 10 || next === 13 || next === 32 || next === 0x3000 || isHan(next) || next === 0x201c)) return false;
  // 一. / 十二. at the start of a line or after a space: a (wrong) level-1 marker.
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && '一二三四五六七八九十'.includes(text[k])) k--;
  if (k < i - 1 && (k < 0 || text[k] === '\n' || text[k] === ' ' || text[k] === '\u3000' || text[k] === '\r')) return false;
  return true;
}

function prevNonSpace(text: string, i: number, skipMarks = false) {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || (skipMarks && i - k < 8 && (text[k] === ',' || text[k] === ':' || text[k] === ';')))) k--;
  return k >= 0 ? text.charCodeAt(k) : 0;
}
function nextNonSpace(text: string, i: number) {
  let k = i + 1;
  while (k < text.length && text[k] === ' ') k++;
  return k < text.length ? text.charCodeAt(k) : 0;
}

const NUMBERISH = /[0-9.%+\-A-Za-z]/;

/** 占40%,) and 1.6亿元, — a mark after a number or % inside Chinese prose. */
function cjkContextAcrossNumber(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k < 24 && NUMBERISH.test(text[k])) k--;
  return k >= 0 && k < i - 1 && isCjk(text.charCodeAt(k));
}
