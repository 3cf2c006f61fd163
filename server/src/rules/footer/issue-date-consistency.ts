import { defineRule } from '../rule';
import { dayNumber } from '../../analysis/dates';
import { validDate } from '../../text/calendar';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';

/**
 * F06 — a date in the header (H15) is the same day as the 成文日期, and the 成文日期 does not lie
 * after the day of the lint run. Forms do not matter here (2023-4-10 equals 2023年4月10日);
 * they are the date-format rules'.
 */
export default defineRule({
  id: 'issue-date-consistency',
  code: 'F06',
  category: 'footer',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '版头中的日期应与成文日期一致，成文日期不应晚于检查当日。',
    en: 'A date in the header equals the date of issue, and the date of issue is not in the future.',
  },
  source: '成文日期 [S3][S8]',
  examples: { correct: [{ text: '2023-4-10', in: 'header-date', note: '成文日期：2023年4月10日' }], incorrect: [{ text: '2023-4-12', in: 'header-date', note: '成文日期：2023年4月10日' }] },
  check(ctx) {
    const d = ctx.parts.issueDate;
    if (!d || !validDate(d.year, d.month, d.day)) return;
    for (const h of ctx.parts.headerDates) {
      if (!validDate(h.year, h.month, h.day)) continue;
      if (dayNumber(h) !== dayNumber(d)) {
        ctx.report({
          range: rangeOf(h),
          message: {
            zh: `版头日期${q(h.raw)}与成文日期${q(d.raw)}不一致`,
            en: `The header date ${q(h.raw)} differs from the date of issue ${q(d.raw)}`,
          },
        });
      }
    }
    const t = ctx.today;
    const today = { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() };
    if (dayNumber(d) > dayNumber(today)) {
      ctx.report({
        range: rangeOf(d),
        message: {
          zh: `成文日期${q(d.raw)}晚于今天（${today.year}年${today.month}月${today.day}日）`,
          en: `The date of issue ${q(d.raw)} is later than today (${today.year}-${today.month}-${today.day})`,
        },
      });
    }
  },
});
