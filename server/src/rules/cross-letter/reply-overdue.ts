import { defineWorkspaceRule } from '../rule';
import { formatDay } from '../../analysis/deadline';
import { deadlineStatus } from '../../analysis/cross-letter/status';
import { q } from '../../analysis/finding';

/**
 * W05 — a reply not yet dated whose deadline has passed: 交办日期 (front matter, or the config's
 * `assignedDates` by number) plus the profile's `deadlineMonths` (and an approved 延期月数)
 * before today. A dated reply is reply-deadline's (F11), which compares the 成文日期 with the
 * same deadline — except when the 交办日期 comes from the config, which F11 does not read: then
 * a 成文日期 after the deadline is reported here. Runs with the workspace checks, since "today"
 * and the team's list of dates are properties of the team's work, not of one text.
 */
export default defineWorkspaceRule({
  id: 'reply-overdue',
  code: 'W05',
  category: 'workspace',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '尚未成文的答复已超过办理时限（交办日期起按配置的月数计算）。',
    en: 'A reply not yet dated is past its deadline (the profile’s months from assignment).',
  },
  source: '三个月内答复 [S19][S20][S25][S29]; workspace rule',
  examples: {
    correct: [[{ file: 'a.md', in: 'front-matter', text: '---\n交办日期: 2023-01-20\n---', note: '成文日期：2023年4月10日' }]],
    incorrect: [[{ file: 'a.md', in: 'front-matter', text: '---\n交办日期: 2020-01-20\n---', with: { date: '' }, note: '无成文日期 (not dated yet)' }]],
  },
  check(ctx) {
    ctx.index.letters.forEach((l, i) => {
      const f = l.facts;
      const st = deadlineStatus(f, ctx.today);
      if (!f.deadline || !f.assigned) return;
      if (st.kind === 'late' && f.assignedFrom === 'config' && f.issueDate) {
        const dated = formatDay(f.issueDate);
        ctx.report({
          letter: i,
          place: f.issueDatePlace ?? f.titlePlace ?? { offset: 0, endOffset: 0, line: 1, column: 1, endLine: 1, endColumn: 1 },
          message: {
            zh: `成文日期${q(dated)}晚于办理时限${q(formatDay(f.deadline))}（配置的交办日期${formatDay(f.assigned)}起）`,
            en: `The date ${q(dated)} is after the deadline ${q(formatDay(f.deadline))} (from the configured assignment on ${formatDay(f.assigned)})`,
          },
        });
        return;
      }
      if (st.kind !== 'overdue') return;
      const late = -st.days;
      const place = f.titlePlace ?? f.number?.place ?? { offset: 0, endOffset: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
      ctx.report({
        letter: i,
        place,
        message: {
          zh: `办理时限${q(formatDay(f.deadline))}（交办日期${formatDay(f.assigned)}起）已过${late}天，答复尚未成文`,
          en: `The deadline ${q(formatDay(f.deadline))} (from assignment on ${formatDay(f.assigned)}) passed ${late} day${late === 1 ? '' : 's'} ago and the reply is not dated yet`,
        },
      });
    });
  },
});
