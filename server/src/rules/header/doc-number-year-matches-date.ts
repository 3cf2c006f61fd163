import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';
import { fullYear } from '../../analysis/doc-number-checks';

/** H11 — the year of the 发文字号 is the year of the 成文日期 (the number is that year's serial). */
export default defineRule({
  id: 'doc-number-year-matches-date',
  code: 'H11',
  category: 'header',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '发文字号中的年份与成文日期的年份一致。',
    en: 'The year in the document number is the year of the date of issue.',
  },
  source: 'consistency: the 发文字号 is the year’s serial number [S2]',
  examples: { correct: ['厦工信函〔2023〕25号 … 2023年4月10日'], incorrect: [{ text: '厦工信函〔2022〕25号', in: 'doc-number', note: '成文日期：2023年4月10日' }] },
  check(ctx) {
    const d = ctx.parts.docNumber;
    const date = ctx.parts.issueDate;
    if (!d || !date || !date.year) return;
    // A short or Chinese-numeral year is doc-number-year-full's (H07); compare what it stands for.
    const y = fullYear(d.year);
    if (!y || Number(y) === date.year) return;
    ctx.report({
      range: rangeOf(d),
      message: {
        zh: `发文字号${q(d.raw)}的年份${q(y)}与成文日期${q(date.raw)}的年份不一致`,
        en: `The year ${q(y)} in document number ${q(d.raw)} differs from the year of the date of issue ${q(date.raw)}`,
      },
    });
  },
});
