/**
 * The 成文日期 (issue date), the footer's anchor: the last block (above the salutation's end)
 * that is a whole date, or — with none well formed — a date line typed wrong among the last eight
 * blocks (2025610, 2021年 8 月26日, 23年4月10日, 二〇二三年四月十日). After the inline scan
 * its DateNode is read: the scanned date, or this module's reading of the odd forms (a
 * Chinese-numeral date is read into year, month and day when it is a real date).
 */
import { validDate } from '../../text/calendar';
import { chineseNumeral, cnDigits } from '../../text/chars';
import { DATE_BROKEN_WHOLE, DATE_WHOLE } from '../patterns';
import { pos } from '../position';
import type { Block, DateNode } from '../types';
import type { LineIndex } from '../../text/positions';
import { setType, stripPipe, type LetterDraft, start } from './draft';

/** The issue date's block index at or after `from`, or -1; types it and sets parts.issueDateBlock. */
export function findIssueDate(d: LetterDraft, from: number): number {
  const i = issueDateIndex(d.blocks, from);
  if (i >= 0) {
    setType(d.blocks[i], 'issueDate');
    d.parts.issueDateBlock = d.blocks[i];
  }
  return i;
}

function issueDateIndex(blocks: Block[], from: number): number {
  const n = blocks.length;
  for (let i = n - 1; i >= from; i--) {
    if (DATE_WHOLE.test(stripPipe(blocks[i].value))) return i;
  }
  // No well-formed date: a date line typed wrong among the last lines is still the 成文日期.
  for (let i = n - 1; i >= Math.max(from, n - 8); i--) {
    const v = stripPipe(blocks[i].value).trim();
    const digits = v.replace(/\D/g, '').length;
    if (digits >= 6 && digits <= 8 && DATE_BROKEN_WHOLE.test(v)) return i;
  }
  return -1;
}

/** parts.issueDate: the date the inline scan found in the issue-date block, or its odd form. */
export function readIssueDate({ parts, lines }: LetterDraft): void {
  const b = parts.issueDateBlock;
  if (!b) return;
  parts.issueDate = b.inlines.find((x): x is DateNode => x.type === 'date') ?? oddDate(b, lines);
}

/** A date line the inline scanner does not read: compact, short-year, Chinese numerals, spaced, broken. */
function oddDate(b: Block, lines: LineIndex): DateNode | undefined {
  const v = stripPipe(b.value);
  const s = start(b);
  let m = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(v);
  if (m) return { type: 'date', form: 'compact', year: +m[1], month: +m[2], day: +m[3], raw: v, position: pos(lines, s, s + v.length) };
  // 23年4月10日: the century is unknown, so the year is NaN (no fix can be computed).
  m = /^(\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(v);
  if (m) return { type: 'date', form: 'short-year', year: NaN, month: +m[2], day: +m[3], raw: v, position: pos(lines, s, s + v.length) };
  m = /^([〇○零一二三四五六七八九OＯ0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(v);
  if (m) {
    // 二〇二三年四月十日: read when it is a real date (else NaN: no fix can be computed).
    const [year, month, day] = [cnDigits(m[1]), chineseNumeral(m[2]), chineseNumeral(m[3])];
    const real = validDate(year, month, day);
    return { type: 'date', form: 'cn-numerals', year: real ? year : NaN, month: real ? month : NaN, day: real ? day : NaN, raw: v, position: pos(lines, s, s + v.length) };
  }
  const lead = b.value.length - b.value.trimStart().length;
  const t = v.trim();
  if (!DATE_BROKEN_WHOLE.test(t)) return undefined;
  const at = s + lead;
  const position = pos(lines, at, at + t.length);
  // 2021年 8 月26日: the spaces are the only fault.
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t.replace(/\s+/g, ''));
  if (m) return { type: 'date', form: 'spaced', year: +m[1], month: +m[2], day: +m[3], raw: t, position };
  // 2025610 / 2022 年629: month and day run together; read only when one split is a real date.
  const digits = t.replace(/\D/g, '');
  const year = +digits.slice(0, 4);
  const rest = digits.slice(4);
  const reads = [
    [rest.slice(0, 1), rest.slice(1)],
    [rest.slice(0, 2), rest.slice(2)],
  ].filter(([mo, dd]) => mo !== '' && dd !== '' && dd.length <= 2 && !mo.startsWith('0') && validDate(year, +mo, +dd));
  const one = reads.length === 1 || (reads.length === 2 && reads[0][0] === reads[1][0]) ? reads[0] : undefined;
  return { type: 'date', form: 'broken', year, month: one ? +one[0] : NaN, day: one ? +one[1] : NaN, raw: t, position };
}
