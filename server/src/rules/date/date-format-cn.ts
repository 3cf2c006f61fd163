import { defineRule } from '../rule';
import type { DateNode } from '../../parse/types';
import { cnDate } from '../../analysis/dates';
import { validDate } from '../../text/calendar';
import { q } from '../../analysis/finding';
import { endOf, rangeOf, startOf } from '../../text/spans';

const FORM_NAME: Record<string, { zh: string; en: string }> = {
  dash: { zh: '短横线', en: 'hyphenated' },
  dot: { zh: '圆点', en: 'dotted' },
  slash: { zh: '斜线', en: 'slashed' },
  compact: { zh: '连写数字', en: 'run-together' },
  'cn-numerals': { zh: '汉字数字', en: 'Chinese-numeral' },
  spaced: { zh: '夹有空格的', en: 'spaced-out' },
  broken: { zh: '缺少“月”“日”的', en: 'run-together (月/日 missing)' },
};

/**
 * D01 — the 成文日期 is written 2023年4月10日 (Arabic numerals, full year); body dates follow the
 * same form. A stray date in the header is H15's finding, so D01 leaves `headerDates` alone;
 * leading zeros in a 年月日 date are D02's; ISO dates in 附注 are tolerated (GB/T 15835).
 */
export default defineRule({
  id: 'date-format-cn',
  code: 'D01',
  category: 'date',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '成文日期用阿拉伯数字将年、月、日标全（如“2023年4月10日”），正文中的日期也用同样写法，不用“2023-4-10”“2023.4.10”“2023/4/10”。',
    en: 'The date of issue is written in full with Arabic numerals (2023年4月10日), and body dates use the same form rather than 2023-4-10, 2023.4.10 or 2023/4/10.',
  },
  source: 'GB/T 9704-2012 §7.3.5 (成文日期) [S3]; GB/T 15835-2011 [S14][S15]',
  examples: {
    correct: ['2023年4月10日'],
    incorrect: [
      { text: '2023-4-10', in: 'date', output: '2023年4月10日' },
      { text: '2023.4.10', in: 'date', output: '2023年4月10日' },
      { text: '2023/4/10', in: 'date', output: '2023年4月10日' },
      { text: '20241018', in: 'date', output: '2024年10月18日' },
      { text: '二〇二三年四月十日', in: 'date', output: null },
      { text: '2023年 4 月10日', output: '2023年4月10日' },
      { text: '2023410', output: null },
    ],
  },
  check(ctx) {
    const header = new Set(ctx.parts.headerDates.map(startOf));
    const issue = ctx.parts.issueDate;
    const notes = ctx.parts.notes.map((b) => rangeOf(b));
    const report = (d: DateNode, isIssue: boolean) => {
      // (the parser reads 二〇二三年四月十日 too: year, month and day are set when it is a real date)
      const ymd: [number, number, number] | undefined = validDate(d.year, d.month, d.day) ? [d.year, d.month, d.day] : undefined;
      const want = ymd ? cnDate(...ymd) : undefined;
      const form = FORM_NAME[d.form] ?? { zh: '非标准', en: 'non-standard' };
      const what = isIssue ? { zh: '成文日期', en: 'Date of issue' } : { zh: '日期', en: 'Date' };
      const fix = want ? { range: rangeOf(d), text: want } : undefined;
      ctx.report({
        node: d,
        severity: isIssue ? 'error' : 'warning',
        message: want
          ? { zh: `${what.zh}${q(d.raw)}使用${form.zh}写法，应为${q(want)}`, en: `${what.en} ${q(d.raw)} is ${form.en}; expected ${q(want)}` }
          : { zh: `${what.zh}${q(d.raw)}使用${form.zh}写法，应写作“YYYY年M月D日”`, en: `${what.en} ${q(d.raw)} is ${form.en}; write it as YYYY年M月D日` },
        // Chinese numerals → Arabic is certain, but the editor confirms it; so does the one
        // reading of digits run together (2025610 → 2025年6月10日).
        fix: d.form === 'cn-numerals' || d.form === 'broken' ? undefined : fix,
        suggestions: (d.form === 'cn-numerals' || d.form === 'broken') && fix ? [{ ...fix, title: { zh: `改为${q(want!)}`, en: `Change to ${q(want!)}` } }] : undefined,
      });
    };
    if (issue && issue.form !== 'cn') report(issue, true);
    for (const d of ctx.parts.dates) {
      if (d === issue || d.form === 'cn' || header.has(startOf(d))) continue;
      if (issue && startOf(d) === startOf(issue)) continue;
      const at = startOf(d);
      // ISO 8601 (2023-04-10) is allowed in notes and tables.
      if (d.form === 'dash' && /^\d{4}-\d{2}-\d{2}$/.test(d.raw) && notes.some(([s, e]) => at >= s && at < e)) continue;
      if (ctx.parts.boilerplate.some((b) => at >= startOf(b) && at < endOf(b))) continue;
      report(d, false);
    }
  },
});
