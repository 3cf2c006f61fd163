/**
 * The checks every 发文字号 must pass (RULEBOOK H06–H10): 〔〕 around a four-digit year, no
 * leading zeros and no 第 in the serial number, 号 at the end. The header's number is reported
 * by the doc-number-* rules; cited numbers by cite-docnum-format (C03), which reuses these.
 */
import type { DocNumber } from '../parse/types';
import { q, type Fix, type Text } from './finding';

export type DocNumberProblem = 'brackets' | 'year-full' | 'leading-zero' | 'di' | 'hao';

export interface DocNumberFinding {
  problem: DocNumberProblem;
  message: Text;
  /** A safe fix (brackets, leading zeros, 第, 号). */
  fix?: Fix;
  /** A fix the user confirms (the full year, H07): never applied by --fix. */
  suggestion?: Fix;
}

export interface DocNumberCheckOptions {
  /** Year of the 成文日期, to suggest the full year for 〔23〕 (H07). */
  issueYear?: number;
}

const CN_DIGIT = '〇一二三四五六七八九';

/** 〔二〇二三〕 → 2023; ○ and 零 read as 〇. Undefined when not a Chinese-numeral year. */
export function chineseYear(s: string): string | undefined {
  if (!/^[〇○零一二三四五六七八九]{2,4}$/.test(s)) return undefined;
  return [...s].map((c) => CN_DIGIT.indexOf(c === '○' || c === '零' ? '〇' : c)).join('');
}

/** The full year a short or Chinese-numeral year stands for, when it can be known. */
export function fullYear(year: string, issueYear?: number): string | undefined {
  const digits = chineseYear(year) ?? year;
  if (!/^\d+$/.test(digits)) return undefined;
  if (digits.length === 4) return digits;
  if (digits.length === 2 && issueYear && issueYear >= 1000 && issueYear <= 9999) {
    const century = Math.floor(issueYear / 100);
    // 〔99〕 in a letter dated 2000 belongs to the previous century.
    const y = century * 100 + Number(digits);
    return String(y > issueYear + 1 ? y - 100 : y);
  }
  return undefined;
}

export function checkDocNumber(text: string, d: DocNumber, options: DocNumberCheckOptions = {}): DocNumberFinding[] {
  const out: DocNumberFinding[] = [];
  const open = text.slice(d.yearOpen[0], d.yearOpen[1]);
  const close = text.slice(d.yearClose[0], d.yearClose[1]);
  if (open !== '〔' || close !== '〕') {
    const inner = text.slice(d.yearOpen[1], d.yearClose[0]).trim();
    out.push({
      problem: 'brackets',
      message: {
        zh: `发文字号${q(d.raw)}的年份应使用六角括号“〔〕”`,
        en: `The year in document number ${q(d.raw)} takes 六角括号 “〔〕”`,
      },
      fix: { range: [d.yearOpen[0], d.yearClose[1]], text: `〔${inner}〕` },
    });
  }
  if (!/^\d{4}$/.test(d.year)) {
    const full = fullYear(d.year, options.issueYear);
    const cn = chineseYear(d.year) !== undefined;
    const yearRange: [number, number] = [d.yearOpen[1], d.yearClose[0]];
    const inner = text.slice(yearRange[0], yearRange[1]);
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    out.push({
      problem: 'year-full',
      message: cn
        ? {
            zh: `发文字号${q(d.raw)}的年份应使用阿拉伯数字${full ? `，应为${q(full)}` : ''}`,
            en: `The year in document number ${q(d.raw)} takes Arabic numerals${full ? `; expected ${q(full)}` : ''}`,
          }
        : {
            zh: `发文字号${q(d.raw)}的年份应写全四位${full ? `，应为${q(full)}` : ''}`,
            en: `The year in document number ${q(d.raw)} needs all four digits${full ? `; expected ${q(full)}` : ''}`,
          },
      suggestion: full ? { range: [yearRange[0] + lead, yearRange[1] - trail], text: full } : undefined,
    });
  }
  if (d.serial.length > 1 && d.serial.startsWith('0')) {
    const stripped = d.serial.replace(/^0+(?=\d)/, '');
    out.push({
      problem: 'leading-zero',
      message: {
        zh: `发文字号${q(d.raw)}的序号不编虚位，应为${q(stripped + '号')}`,
        en: `The serial number in ${q(d.raw)} takes no leading zeros; expected ${q(stripped + '号')}`,
      },
      fix: { range: d.serialRange, text: stripped },
    });
  }
  if (d.di) {
    out.push({
      problem: 'di',
      message: { zh: `发文字号${q(d.raw)}的序号前不加“第”字`, en: `No “第” before the serial number in ${q(d.raw)}` },
      fix: { range: d.di, text: '' },
    });
  }
  if (!d.hao) {
    out.push({
      problem: 'hao',
      message: { zh: `发文字号${q(d.raw)}缺少“号”字`, en: `Document number ${q(d.raw)} must end with “号”` },
      fix: { range: [d.serialRange[1], d.serialRange[1]], text: '号' },
    });
  }
  return out;
}
