/**
 * The letter's head as the header rules read it: a suggestion number's normal form, where a
 * "missing" finding points, and a title broken over two printed lines. (The title's 第N号 and the
 * printed result category are the parser's: parts.title.number, parts.printedCategory.)
 */
import type { Range } from '../parse/types';
import type { LetterContext } from './context';
import { rangeOf } from '../text/spans';
import { asciiDigits } from '../text/chars';

export { asciiDigits };

/** A suggestion/proposal number for comparison: ASCII digits, no 第/号, no leading zeros. */
export function normalizeNumber(s: string): string {
  const t = asciiDigits(s).replace(/[\s第号（）()]/g, '');
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t.toUpperCase();
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
