/**
 * The answer deadline: the same day `months` after assignment, or the last day of that month
 * when it is shorter (交办 on 30 November + 3 months = 28/29 February). The month arithmetic of
 * reply-deadline (F11), kept here so the workspace index and the Replies view count days the
 * same way; F11 (rules/, another owner's area) still has its own copy and can import this.
 */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function deadlineOf(assigned: Day, months: number): Day {
  const m0 = assigned.month - 1 + months;
  const year = assigned.year + Math.floor(m0 / 12);
  const month = (m0 % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(assigned.day, last) };
}

/** A Date as a calendar day in local time (what "today" means to the person reading). */
export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function formatDay(d: Day): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

export function isoDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
