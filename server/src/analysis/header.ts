/**
 * The letter's head as the header rules read it: the suggestion number (第N号) in the title and
 * its normal form, the printed result category (A类), where a "missing" finding points, and a
 * title broken over two printed lines.
 */
import type { Range } from '../parse/types';
import type { LetterContext } from './context';
import { rangeOf, startOf } from '../text/spans';

/** Full-width digits and letters → ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A suggestion/proposal number for comparison: ASCII digits, no 第/号, no leading zeros. */
export function normalizeNumber(s: string): string {
  const t = asciiDigits(s).replace(/[\s第号（）()]/g, '');
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t.toUpperCase();
}

/** The first 第N号 in the title: its digits and their range. */
export function titleNumber(ctx: LetterContext): { value: string; range: Range } | undefined {
  const t = ctx.parts.title;
  if (!t) return undefined;
  const m = /第\s{0,2}([0-9０-９A-Za-z]{1,16})\s{0,2}号/.exec(t.value);
  if (!m) return undefined;
  const s = startOf(t) + m.index + m[0].indexOf(m[1]);
  return { value: m[1], range: [s, s + m[1].length] };
}

/** The category letter printed in the letter (header mark or 类别 field), with its range. */
export function printedCategory(ctx: LetterContext): { letter: string; range: Range; raw: string } | undefined {
  const b = ctx.parts.resultCategory;
  if (b) {
    const m = /([A-ZＡ-Ｚa-z])\s?类?\s*$/.exec(b.value);
    if (m) {
      const s = startOf(b) + m.index;
      return { letter: asciiDigits(m[1]).toUpperCase(), range: [s, s + 1], raw: b.value.trim() };
    }
  }
  for (const f of ctx.parts.fields) {
    if (f.kind !== 'category') continue;
    const m = /^\s*([A-ZＡ-Ｚa-z])\s?类?\s*[。.]?\s*$/.exec(f.fieldValue);
    if (m) {
      const s = f.valueRange[0] + m.index + m[0].indexOf(m[1]);
      return { letter: asciiDigits(m[1]).toUpperCase(), range: [s, s + 1], raw: ctx.text.slice(...rangeOf(f)).trim() };
    }
  }
  return undefined;
}

/** Where a "missing" finding points: the title, else the first block. */
export function headRange(ctx: LetterContext): Range {
  const b = ctx.parts.title ?? ctx.blocks[0];
  if (!b) return [0, 0];
  return rangeOf(b);
}

/**
 * A space inside a title where its two printed lines were joined after the organ's name:
 * 厦门市工业和信息化局 关于… / …局 对…. Not a stray space: the title was broken there on paper.
 */
export function isTitleLineJoin(text: string, spaceStart: number, spaceEnd: number): boolean {
  const after = text.slice(spaceEnd, spaceEnd + 2);
  if (after !== '关于' && after[0] !== '对') return false;
  return /(?:局|委|办|厅|院|府|部|中心|会|室|所|站|队|处|社|馆)$/.test(text.slice(Math.max(0, spaceStart - 4), spaceStart));
}
