/**
 * Where a letter stands against its deadline, for the summary table and the Replies view:
 * dated in time, dated late, not dated with days left, not dated and overdue, or no deadline
 * known (no 交办日期).
 */
import type { LetterFacts } from './facts';
import type { Day } from '../deadline';
import { dayNumber } from '../dates';

export type DeadlineStatus = { kind: 'answered' } | { kind: 'late' } | { kind: 'due'; days: number } | { kind: 'overdue'; days: number } | { kind: 'unknown' };

export function deadlineStatus(f: Pick<LetterFacts, 'issueDate' | 'deadline'>, today: Day): DeadlineStatus {
  if (f.issueDate) return f.deadline && dayNumber(f.issueDate) > dayNumber(f.deadline) ? { kind: 'late' } : { kind: 'answered' };
  if (!f.deadline) return { kind: 'unknown' };
  const days = dayNumber(f.deadline) - dayNumber(today);
  return days >= 0 ? { kind: 'due', days } : { kind: 'overdue', days };
}

/** Letters, by result category ('-' for none) and how many are overdue (late or past due). */
export function letterTotals(facts: Array<Pick<LetterFacts, 'issueDate' | 'deadline' | 'category'>>, today: Day): { letters: number; byCategory: Record<string, number>; overdue: number } {
  const byCategory: Record<string, number> = {};
  let overdue = 0;
  for (const f of facts) {
    const st = deadlineStatus(f, today).kind;
    if (st === 'overdue' || st === 'late') overdue++;
    const cat = f.category ?? '-';
    byCategory[cat] = (byCategory[cat] ?? 0) + 1;
  }
  return { letters: facts.length, byCategory, overdue };
}
