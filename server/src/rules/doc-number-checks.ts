/**
 * The checks every 发文字号 must pass (RULEBOOK H06–H10): 〔〕 around a four-digit year, no
 * leading zeros and no 第 in the serial number, 号 at the end. The header's number is reported
 * by the doc-number-* rules; cited numbers by cite-docnum-format (C03), which reuses these.
 */
import type { DocNumber } from '../parse/types';
import type { Fix, Text } from './rule';
import { q } from './util';

export type DocNumberProblem = 'brackets' | 'year-full' | 'leading-zero' | 'di' | 'hao';

export interface DocNumberFinding {
  problem: DocNumberProblem;
  message: Text;
  fix?: Fix;
}

export function checkDocNumber(text: string, d: DocNumber): DocNumberFinding[] {
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
  if (d.year.length !== 4) {
    out.push({
      problem: 'year-full',
      message: { zh: `发文字号${q(d.raw)}的年份应写全四位`, en: `The year in document number ${q(d.raw)} needs all four digits` },
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
