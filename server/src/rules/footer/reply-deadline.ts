import { defineRule } from '../rule';
import { dayNumber } from '../../analysis/dates';
import { answerMonths, assignedDate, deadlineOf, formatDay } from '../../analysis/deadline';
import { validDate } from '../../text/calendar';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';

/**
 * F11 — when the front matter gives the 交办日期 (`交办日期` / `assignedDate`), the 成文日期 is no
 * later than the profile's deadline (`deadlineMonths` after it; an approved extension can be
 * given as `延期月数` / `extensionMonths`). Without metadata there is nothing to check. The
 * deadline is analysis/deadline.ts's, as the cross-letter reply-overdue (W05) counts it.
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
  examples: {
    correct: [{ text: '---\n交办日期: 2023-01-20\n---', in: 'front-matter', format: 'md', note: '成文日期：2023年4月10日' }],
    incorrect: [{ text: '---\n交办日期: 2022-12-01\n---', in: 'front-matter', format: 'md', note: '成文日期：2023年4月10日' }],
  },
  check(ctx) {
    const d = ctx.parts.issueDate;
    if (!d || !validDate(d.year, d.month, d.day)) return;
    const assigned = assignedDate(ctx);
    if (!assigned) return;
    const months = answerMonths(ctx);
    const deadline = deadlineOf(assigned, months);
    if (dayNumber(d) <= dayNumber(deadline)) return;
    const due = formatDay(deadline);
    const from = formatDay(assigned);
    ctx.report({
      range: rangeOf(d),
      message: {
        zh: `成文日期${q(d.raw)}晚于办理时限${q(due)}（交办日期${from}起${months}个月）`,
        en: `The date ${q(d.raw)} is after the deadline ${q(due)} (${months} months from assignment on ${from})`,
      },
    });
  },
});
