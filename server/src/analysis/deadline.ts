/**
 * The answer deadline, one arithmetic for every reader: reply-deadline (F11, one letter's
 * 成文日期 against it), the cross-letter facts (analysis/cross-letter/facts.ts: reply-overdue
 * and the Replies view) and the summary table. The deadline is the same day `months` after the
 * 交办日期, or the last day of that month when it is shorter (交办 on 30 November + 3 months =
 * 28/29 February); `months` is the profile's deadlineMonths plus an approved 延期月数.
 */
import type { LetterContext } from './context';
import { cnDate, metaDate, type Ymd } from './dates';
import { metaValue } from './meta';

/** A calendar day. */
export type Day = Ymd;

const ASSIGNED_KEYS = ['交办日期', 'assignedDate', 'assigned'];
const EXTENSION_KEYS = ['延期月数', 'extensionMonths'];

export function deadlineOf(assigned: Day, months: number): Day {
  const m0 = assigned.month - 1 + months;
  const year = assigned.year + Math.floor(m0 / 12);
  const month = (m0 % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(assigned.day, last) };
}

/** The 交办日期 the front matter gives (`交办日期` / `assignedDate`), if it is a valid date. */
export function assignedDate(ctx: LetterContext): Day | undefined {
  return metaDate(metaValue(ctx, ASSIGNED_KEYS));
}

/** The months to answer in: the profile's deadlineMonths plus the front matter's 延期月数 / extensionMonths (when positive). */
export function answerMonths(ctx: LetterContext): number {
  const ext = Number(metaValue(ctx, EXTENSION_KEYS) ?? 0);
  return ctx.profile.deadlineMonths + (Number.isFinite(ext) && ext > 0 ? ext : 0);
}

/** A Date as a calendar day in local time (what "today" means to the person reading). */
export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function formatDay(d: Day): string {
  return cnDate(d.year, d.month, d.day);
}

export function isoDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
