import { defineRule } from './rule';
import { eachMatch } from './prose';
import { q } from './util';

/**
 * D02 — no leading zero in the month or day of a 年月日 date (月、日不编虚位): 2023年04月10日 →
 * 2023年4月10日. Also catches 2023年04月 and 4月05日 written without the other parts. A date in
 * the header is left to H15.
 */
const PADDED = /(?<![\d.])0[1-9](?=月)|(?<=月)0[1-9](?=日)/g;

export default defineRule({
  id: 'date-no-leading-zero',
  code: 'D02',
  category: 'date',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '日期中的月、日不编虚位，“04月”“05日”应写作“4月”“5日”。',
    en: 'Months and days are not zero-padded: write 4月 and 5日, not 04月 and 05日.',
  },
  source: 'GB/T 9704-2012 §7.3.5 “月、日不编虚位（即1不编为01）” [S3]',
  examples: { correct: ['2023年4月10日'], incorrect: ['2023年04月10日', '2023年4月05日'] },
  check(ctx) {
    const header = ctx.parts.headerDates.map((d) => [d.position.start.offset!, d.position.end.offset!]);
    eachMatch(ctx, PADDED, (m, at) => {
      if (header.some(([s, e]) => at >= s && at < e)) return;
      const unit = ctx.text[at + 2];
      ctx.report({
        range: [at, at + 3],
        message: {
          zh: `日期${q(m[0] + unit)}编了虚位，应为${q(m[0][1] + unit)}`,
          en: `Date part ${q(m[0] + unit)} is zero-padded; expected ${q(m[0][1] + unit)}`,
        },
        fix: { range: [at, at + 1], text: '' },
      });
    });
  },
});
