/**
 * Recognises a section marker (一、 / （一） / 1. / （1） and the wrong variants found in real
 * letters) at a given offset. Only called at block starts, so decimals (25.87%) and inline
 * numbers never reach it.
 */
import { asciiDigits, chineseNumeral, isHan } from '../text/chars';
import type { Marker, MarkerKind } from './types';

const CN = '〇一二三四五六七八九十';
const OPEN = '（(';
const CLOSE = '）)';
/** Marks that may wrongly follow a level-1 numeral instead of 、 */
const L1_WRONG = '.．，,:：';
/** Marks that may wrongly follow a level-3 numeral instead of . (1， 1：) */
const ARABIC_WRONG = '，,：:';

function isCn(ch: string) {
  return CN.includes(ch);
}
function isAsciiDigit(ch: string) {
  return ch >= '0' && ch <= '9';
}
function isFwDigit(ch: string) {
  return ch >= '０' && ch <= '９';
}

/** isCn by character code (no one-character string per test: markers are read for every block). */
function isCnCode(c: number): boolean {
  switch (c) {
    case 0x3007:
    case 0x4e00:
    case 0x4e8c:
    case 0x4e09:
    case 0x56db:
    case 0x4e94:
    case 0x516d:
    case 0x4e03:
    case 0x516b:
    case 0x4e5d:
    case 0x5341:
      return true;
    default:
      return false;
  }
}
/** An ASCII or full-width digit, by code. */
function isAnyDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
/** Marks people leave after a bracketed marker (（一）、): 、，,.．:： by code. */
function isTrailingCode(c: number): boolean {
  return c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0x2e || c === 0xff0e || c === 0x3a || c === 0xff1a;
}

function readRun(text: string, pos: number, end: number, test: (c: number) => boolean, max: number): number {
  let i = pos;
  while (i < end && i - pos < max && test(text.charCodeAt(i))) i++;
  return i;
}

function level(kind: MarkerKind): number {
  switch (kind) {
    case 'cn-dun':
      return 1;
    case 'cn-paren':
      return 2;
    case 'arabic-dot':
      return 3;
    case 'arabic-paren':
      return 4;
    default:
      return 5;
  }
}

function make(kind: MarkerKind, text: string, start: number, end: number, numStart: number, numEnd: number, ordinal: number, extra: Partial<Marker> = {}): Marker {
  const marker: Marker = {
    kind,
    level: level(kind),
    ordinal,
    raw: text.slice(start, end),
    range: [start, end],
    numeralRange: [numStart, numEnd],
    ...extra,
  };
  return marker;
}

/** The text after a marker must start a heading or sentence, not continue a number. */
function followedByText(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const ch = text[i];
  return !(ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '、' || ch === '，' || ch === ',' || ch === '。');
}

export function matchMarker(text: string, pos: number, end: number): Marker | null {
  const ch = text[pos];
  if (ch === undefined || pos >= end) return null;

  // （一） （1） (一) (1)
  if (OPEN.includes(ch)) {
    const numStart = pos + 1;
    const cnEnd = readRun(text, numStart, end, isCnCode, 3);
    const arEnd = cnEnd === numStart ? readRun(text, numStart, end, isAnyDigitCode, 2) : numStart;
    const numEnd = Math.max(cnEnd, arEnd);
    if (numEnd === numStart || numEnd >= end || !CLOSE.includes(text[numEnd])) return null;
    const numeral = text.slice(numStart, numEnd);
    const ordinal = cnEnd > numStart ? chineseNumeral(numeral) : Number(asciiDigits(numeral));
    if (!(ordinal > 0)) return null;
    const markerEnd = numEnd + 1;
    let trailing: [number, number] | undefined;
    const t = readRun(text, markerEnd, end, isTrailingCode, 3);
    if (t > markerEnd) {
      trailing = [markerEnd, t];
    }
    let k = trailing ? trailing[1] : markerEnd;
    while (k < end && (text[k] === ' ' || text[k] === '\u3000')) k++;
    if (!followedByText(text, k, end)) return null;
    const kind: MarkerKind = cnEnd > numStart ? 'cn-paren' : 'arabic-paren';
    return make(kind, text, pos, markerEnd, numStart, numEnd, ordinal, { open: ch, close: text[numEnd], trailing });
  }

  // 一、 (and 一. 一， 一：)
  if (isCn(ch)) {
    const numEnd = readRun(text, pos, end, isCnCode, 3);
    const punct = text[numEnd];
    if (punct === undefined || numEnd >= end) return null;
    const ordinal = chineseNumeral(text.slice(pos, numEnd));
    if (!(ordinal > 0)) return null;
    // 一） / 一) — a bracketed level-2 numeral that lost its opening bracket; only before a Han
    // character, so 一)… in prose is not taken.
    if ((punct === '）' || punct === ')') && isHan(text.charCodeAt(numEnd + 1))) {
      return make('cn-paren', text, pos, numEnd + 1, pos, numEnd, ordinal, { close: punct });
    }
    if (punct !== '、' && !L1_WRONG.includes(punct)) return null;
    const markerEnd = numEnd + 1;
    let trailing: [number, number] | undefined;
    const t = readRun(text, markerEnd, end, isTrailingCode, 3);
    if (t > markerEnd) trailing = [markerEnd, t];
    const after = trailing ? trailing[1] : markerEnd;
    if (!followedByText(text, after, end)) return null;
    // 一，二，三 as a list of numerals is prose, not a marker.
    if (punct !== '、' && isCn(text[after])) return null;
    return make('cn-dun', text, pos, markerEnd, pos, numEnd, ordinal, { close: punct, trailing });
  }

  // 1. 1． 1、 and 1)
  if (isAsciiDigit(ch) || isFwDigit(ch)) {
    const numEnd = readRun(text, pos, end, isAnyDigitCode, 2);
    const punct = text[numEnd];
    if (punct === undefined || numEnd >= end) return null;
    if (isAsciiDigit(punct) || isFwDigit(punct)) return null; // 3+ digit number: a quantity or a year
    const ordinal = Number(asciiDigits(text.slice(pos, numEnd)));
    if (!(ordinal > 0)) return null;
    if (punct === ')' || punct === '）') {
      const after = numEnd + 1;
      if (!followedByText(text, after, end)) return null;
      return make('arabic-half-paren', text, pos, numEnd + 1, pos, numEnd, ordinal, { close: punct });
    }
    // 1， 1： (wrong marks for 1.) only right before a Han character: 1，000 and 8:00 are numbers.
    if (ARABIC_WRONG.includes(punct)) {
      if (!isHan(text.charCodeAt(numEnd + 1))) return null;
      return make('arabic-dot', text, pos, numEnd + 1, pos, numEnd, ordinal, { close: punct });
    }
    if (punct !== '.' && punct !== '．' && punct !== '、') return null;
    const markerEnd = numEnd + 1;
    const next = text[markerEnd];
    if (next === undefined || markerEnd >= end) return null;
    // A digit after the dot is a decimal (25.87) unless it is a year that starts the heading (1.2017年…).
    if (isAsciiDigit(next)) {
      if (!/^\d{4}年/.test(text.slice(markerEnd, markerEnd + 5))) return null;
    }
    let trailing: [number, number] | undefined;
    const t = readRun(text, markerEnd, end, isTrailingCode, 3);
    if (t > markerEnd) trailing = [markerEnd, t];
    const after = trailing ? trailing[1] : markerEnd;
    // "1. 提升…" (a space after the dot) is accepted: Markdown lists are written that way.
    let k = after;
    while (k < end && (text[k] === ' ' || text[k] === '\u3000')) k++;
    if (!followedByText(text, k, end)) return null;
    return make('arabic-dot', text, pos, markerEnd, pos, numEnd, ordinal, { close: punct, trailing });
  }

  // ⑴…⒇ (level 4 alternative) and ①…⑳ (a fifth level)
  const code = text.charCodeAt(pos);
  if (code >= 0x2474 && code <= 0x2487) {
    if (!followedByText(text, pos + 1, end)) return null;
    const m = make('circled', text, pos, pos + 1, pos, pos + 1, code - 0x2473);
    m.level = 4;
    return m;
  }
  if (code >= 0x2460 && code <= 0x2473) {
    if (!followedByText(text, pos + 1, end)) return null;
    return make('circled', text, pos, pos + 1, pos, pos + 1, code - 0x245f);
  }
  return null;
}
