/**
 * Dates as the date, deadline and consistency rules read them: a front-matter date, day
 * numbers for comparisons, and the year the letter was written (Chinese-numeral digits,
 * 二〇二三, are text/chars.ts cnDigits). Validity is text/calendar.ts's validDate (Gregorian, years 1000–2999).
 */
import { validDate } from '../text/calendar';
import type { LetterContext } from './context';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** A metadata date: a YAML date, `2023-01-05`, `2023/1/5`, `2023.1.5` or `2023年1月5日`. */
export function metaDate(v: unknown): Ymd | undefined {
  if (v instanceof Date && !isNaN(v.getTime())) return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})\s*日?\s*$/.exec(v);
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return validDate(d.year, d.month, d.day) ? d : undefined;
}

/** Days since the epoch, for comparisons. */
export function dayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

export function cnDate(y: number, m: number, d: number): string {
  return `${y}年${m}月${d}日`;
}

/** The year the letter was written: the 成文日期, else today. */
export function letterYear(ctx: LetterContext): number {
  const y = ctx.parts.issueDate?.year;
  return y && Number.isFinite(y) ? y : ctx.today.getUTCFullYear();
}
