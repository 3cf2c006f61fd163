/** Character classes shared by the parser and the rules. */

/** CJK unified ideographs (BMP blocks) plus 〇. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

/** Full-width CJK punctuation and brackets (the marks GB/T 15834 uses in Chinese text). */
export function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    c === 0xff3b ||
    c === 0xff3d ||
    c === 0xff5b ||
    c === 0xff5d ||
    c === 0xff5e ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026
  );
}

export function isCjk(c: number): boolean {
  return isHan(c) || isCjkPunct(c);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII letter. */
export function isLatinCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The character code at i, or 0 outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 10 || c === 13;
}

/** Full-width digits and letters → ASCII (０-９ Ａ-Ｚ ａ-ｚ; everything else as it is). */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export const CN_DIGITS = '〇一二三四五六七八九十';

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

/** 一 → 1 … 九十九 → 99; returns NaN for anything else. */
export function chineseNumeral(s: string): number {
  // The forms /^([二-九]?)(十?)([一-九]?)$/, read by code (it runs for every marker).
  const n = s.length;
  if (n === 0 || n > 3) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return n === 1 && digitValue(s, 0) > 0 ? digitValue(s, 0) : NaN;
  if (s.indexOf('十', ten + 1) >= 0) return NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? digitValue(s, 0) : -1;
  if (tens < 1 || (ten === 1 && tens < 2)) return NaN;
  if (ten === n - 1) return tens * 10;
  if (ten !== n - 2) return NaN;
  const ones = digitValue(s, n - 1);
  return ones > 0 ? tens * 10 + ones : NaN;
}

/** 一…九 at s[i] → 1…9; anything else (〇 too) → -1. */
function digitValue(s: string, i: number): number {
  const k = '〇一二三四五六七八九'.indexOf(s[i]);
  return k > 0 ? k : -1;
}

/** 1 → 一 … 99 → 九十九 */
export function toChineseNumeral(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : digits[tens]) + '十' + (ones ? digits[ones] : '');
}

/** Half-width → full-width for the marks P01 converts. */
export const FULLWIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
