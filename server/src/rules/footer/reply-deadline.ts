import { defineRule } from '../rule';
import { dayNumber, metaDate } from '../../analysis/dates';
import { metaValue } from '../../analysis/meta';
import { validDate } from '../../text/calendar';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';

/**
 * F11 — when the front matter gives the 交办日期 (`交办日期` / `assignedDate`), the 成文日期 is no
 * later than the profile's deadline (`deadlineMonths` after it; an approved extension can be
 * given as `延期月数` / `extensionMonths`). Without metadata there is nothing to check.
 */
export default defineRule({
  id: 'reply-deadline',
  code: 'F11',
  category: 'footer',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '给出交办日期时，成文日期不应晚于办理时限（默认交办之日起三个月）。',
    en: 'When the assignment date is given, the reply is dated within the deadline (by default three months after assignment).',
  },
  source: '三个月内答复 [S19][S20][S25][S29]',
  examples: { correct: [{ text: '---\n交办日期: 2023-01-20\n---', in: 'front-matter', format: 'md', note: '成文日期：2023年4月10日' }],
  incorrect: [{ text: '---\n交办日期: 2022-12-01\n---', in: 'front-matter', format: 'md', note: '成文日期：2023年4月10日' }] },
  check(ctx) {
    const d = ctx.parts.issueDate;
    if (!d || !validDate(d.year, d.month, d.day)) return;
    const assigned = metaDate(metaValue(ctx, ['交办日期', 'assignedDate', 'assigned']));
    if (!assigned) return;
    const ext = Number(metaValue(ctx, ['延期月数', 'extensionMonths']) ?? 0);
    const months = ctx.profile.deadlineMonths + (Number.isFinite(ext) && ext > 0 ? ext : 0);
    // Same day N months later; a month without that day ends the term on its last day.
    const m0 = assigned.month - 1 + months;
    const y = assigned.year + Math.floor(m0 / 12);
    const m = (m0 % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const deadline = { year: y, month: m, day: Math.min(assigned.day, last) };
    if (dayNumber(d) <= dayNumber(deadline)) return;
    const due = `${deadline.year}年${deadline.month}月${deadline.day}日`;
    const from = `${assigned.year}年${assigned.month}月${assigned.day}日`;
    ctx.report({
      range: rangeOf(d),
      message: {
        zh: `成文日期${q(d.raw)}晚于办理时限${q(due)}（交办日期${from}起${months}个月）`,
        en: `The date ${q(d.raw)} is after the deadline ${q(due)} (${months} months from assignment on ${from})`,
      },
    });
  },
});
