/**
 * Number ranges in prose (2022-2026年, 1-3月, 25～30%, 5-10万人), found once per letter and
 * shared by range-connector (D04) and range-unit-repeat (D05). Phone numbers (0887-8626537),
 * ISO dates (2023-04-10), standard numbers (GB/T 9704-2012), house numbers (88-2号) and other
 * code-like strings are not ranges.
 */
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import { endOf, startOf } from '../text/spans';
import { codeAt, isDigit, isLatinCode, isHan } from '../text/chars';
import { proseBlocks, proseChars } from './prose';
import { charSet } from '../text/char-index';
import { firstAtOrAfter } from '../text/search';

export interface NumberRange {
  /** First number (digits and decimals), without any unit. */
  a: [number, number];
  /** Unit right after the first number (年/月/日/时), if any. */
  aUnit?: string;
  conn: [number, number];
  connText: string;
  b: [number, number];
  /** What follows the second number (one character, '' at the end). */
  after: string;
  kind: 'year' | 'time' | 'ordinal' | 'numeric';
}

// Connectors, longest first: —— - – ~ ～ — － 至 (see connectorAt). The parser's character index
// gives where their first characters stand.
const CONNECTOR = charSet('-—–~～－至');
const TIME_UNITS = '年月日时';
const NOT_RANGE_AFTER = '号栋幢楼室单元'; // house numbers use the hyphen

/** The connector starting at i (the first of CONNECTORS that matches), without a per-character search. */
function connectorAt(text: string, i: number): string | undefined {
  switch (text.charCodeAt(i)) {
    case 0x2014:
      return text.charCodeAt(i + 1) === 0x2014 ? '——' : '—';
    case 0x2d:
      return '-';
    case 0x2013:
      return '–';
    case 0x7e:
      return '~';
    case 0xff5e:
      return '～';
    case 0xff0d:
      return '－';
    case 0x81f3:
      return '至';
    default:
      return undefined;
  }
}

function readNumberBack(text: string, end: number): number {
  let k = end;
  while (k > 0 && (isDigit(text.charCodeAt(k - 1)) || (text[k - 1] === '.' && isDigit(codeAt(text, k - 2))))) k--;
  return k;
}

function readNumberForward(text: string, start: number, limit: number): number {
  let k = start;
  while (k < limit && (isDigit(text.charCodeAt(k)) || (text[k] === '.' && isDigit(codeAt(text, k + 1))))) k++;
  return k;
}

function codeLike(c: number): boolean {
  return isDigit(c) || isLatinCode(c) || c === 45 || c === 47 || c === 46 || c === 95 || c === 35 || c === 58 || c === 0x2013 || c === 0xff0d;
}

const NUMBER_RANGES = memoKey<NumberRange[]>('numberRanges');

export function numberRanges(ctx: LetterContext): NumberRange[] {
  return memo(ctx, NUMBER_RANGES, () => findNumberRanges(ctx));
}

function findNumberRanges(ctx: LetterContext): NumberRange[] {
  const text = ctx.text;
  const out: NumberRange[] = [];
  const connectors = proseChars(ctx).positions(CONNECTOR);
  for (const block of proseBlocks(ctx)) {
    const s = startOf(block);
    const e = endOf(block);
    // Connectors at i in [s + 1, e - 1), as a loop over every character would see them.
    let k = firstAtOrAfter(connectors, s + 1);
    while (k < connectors.length && connectors[k] < e - 1) {
      const i = connectors[k++];
      const conn = connectorAt(text, i)!;
      // First number, with an optional time unit between it and the connector.
      let aEnd = i;
      let aUnit: string | undefined;
      if (TIME_UNITS.includes(text[i - 1])) {
        aUnit = text[i - 1];
        aEnd = i - 1;
      }
      const aStart = readNumberBack(text, aEnd);
      if (aStart === aEnd || aStart < s) continue;
      const bStart = i + conn.length;
      const bEnd = readNumberForward(text, bStart, e);
      if (bEnd === bStart) continue;
      const pa = codeAt(text, aStart - 1);
      if (codeLike(pa)) continue;
      if (pa === 32 && codeLike(codeAt(text, aStart - 2))) continue;
      const nb = codeAt(text, bEnd);
      if (codeLike(nb) && !(nb === 46 && !isDigit(codeAt(text, bEnd + 1)))) continue;
      const aText = text.slice(aStart, aEnd);
      const bText = text.slice(bStart, bEnd);
      // Area codes and extensions: a phone number, not a range.
      if (aText.length >= 2 && aText[0] === '0' && !aText.includes('.')) continue;
      if (!(Number(aText) < Number(bText))) continue;
      const after = text[bEnd] ?? '';
      if (aUnit && after !== aUnit) continue;
      if (NOT_RANGE_AFTER.includes(after) && after !== '') continue;
      const year = (t: string) => /^(?:19|20)\d\d$/.test(t);
      let kind: NumberRange['kind'];
      if (year(aText) && year(bText) && Number(bText) - Number(aText) <= 100 && (after === '年' || !isHan(nb) || after === '')) kind = 'year';
      else if (aUnit || TIME_UNITS.includes(after) || /^(?:季度|周|点)/.test(text.slice(bEnd, bEnd + 2))) kind = 'time';
      else if (text[aStart - 1] === '第') kind = 'ordinal';
      else if (isHan(nb) || after === '%' || after === '‰' || after === '℃') kind = 'numeric';
      else continue;
      out.push({ a: [aStart, aEnd], aUnit, conn: [i, i + conn.length], connText: conn, b: [bStart, bEnd], after, kind });
      k = firstAtOrAfter(connectors, bEnd); // go on after the second number
    }
  }
  return out;
}
