import { defineRule } from '../rule';
import { isDigit } from '../../text/chars';
import { isMasked } from '../../analysis/prose';
import { literalHits, YUE } from '../../analysis/number-scan';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';

/**
 * D02 — no leading zero in the month or day of a 年月日 date (月、日不编虚位): 2023年04月10日 →
 * 2023年4月10日. Also catches 2023年04月 and 4月05日 written without the other parts. A date in
 * the header is left to H15.
 */
// Same matches as /(?<![\d.])0[1-9](?=月)|(?<=月)0[1-9](?=日)/g, found from each 月 (a shared
// indexOf scan): “0N” just before it, or “0N” + 日 just after it.
function isPadded(v: string, i: number): boolean {
  const d = v.charCodeAt(i + 1);
  return v.charCodeAt(i) === 48 && d >= 49 && d <= 57;
}

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
  examples: {
    correct: ['2023年4月10日'],
    incorrect: [
      { text: '2023年04月10日', in: 'date', output: '2023年4月10日' },
      { text: '2023年4月05日', in: 'date', output: '2023年4月5日' },
    ],
  },
  check(ctx) {
    const header = ctx.parts.headerDates.map((d) => rangeOf(d));
    const padded = (raw: string, at: number) => {
      if (isMasked(ctx, at) || header.some(([s, e]) => at >= s && at < e)) return;
      const unit = ctx.text[at + 2];
      ctx.report({
        range: [at, at + 3],
        message: {
          zh: `日期${q(raw + unit)}编了虚位，应为${q(raw[1] + unit)}`,
          en: `Date part ${q(raw + unit)} is zero-padded; expected ${q(raw[1] + unit)}`,
        },
        fix: { range: [at, at + 1], text: '' },
      });
    };
    for (const { block, base, at: months } of literalHits(ctx, YUE)) {
      const v = block.value;
      for (const month of months) {
        // 04月 (not 2.04月 or 104月), then 月05日; the two never share a position.
        const before = month - 2;
        if (before >= 0 && isPadded(v, before)) {
          const c = v.charCodeAt(before - 1);
          if (!isDigit(c) && c !== 46) padded(v.slice(before, month), base + before);
        }
        if (isPadded(v, month + 1) && v[month + 3] === '日') padded(v.slice(month + 1, month + 3), base + month + 1);
      }
    }
  },
});
