import { defineRule } from '../rule';
import { numberRanges } from '../../analysis/number-ranges';
import { q } from '../../analysis/finding';

const UNITS = ['%', '‰', '万', '亿'];

/**
 * D05 — in a numeric range the %, 万 or 亿 is repeated on the first number when dropping it
 * changes the meaning: 4%～6%, 5万～10万人, not 4-6%, 5-10万人. Plain units may be dropped
 * (5～100公斤, GB/T 15834), so only %, ‰, 万 and 亿 are checked.
 */
export default defineRule({
  id: 'range-unit-repeat',
  code: 'D05',
  category: 'date',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '数值范围中，“%”“万”“亿”不能省略前一个数值后的单位，如“4%～6%”“5万～10万人”。',
    en: 'In a numeric range, %, 万 and 亿 are repeated after the first number: 4%～6%, 5万～10万人.',
  },
  source: 'GB/T 15835-2011 [S16]; GB/T 15834 [S13]',
  examples: { correct: ['4%～6%', '5万～10万人'], incorrect: ['4-6%', '5～10万人'] },
  check(ctx) {
    for (const r of numberRanges(ctx)) {
      if (r.kind !== 'numeric' || r.aUnit || !UNITS.includes(r.after)) continue;
      const a = ctx.text.slice(r.a[0], r.a[1]);
      const whole = ctx.text.slice(r.a[0], r.b[1] + 1);
      const fixed = a + r.after + ctx.text.slice(r.a[1], r.b[1] + 1);
      ctx.report({
        range: [r.a[0], r.b[1] + 1],
        message: {
          zh: `数值范围${q(whole)}的前一个数值缺少${q(r.after)}，应为${q(fixed)}`,
          en: `The first number of the range ${q(whole)} lacks ${q(r.after)}; expected ${q(fixed)}`,
        },
        suggestions: [{ range: [r.a[1], r.a[1]], text: r.after, title: { zh: `改为${q(fixed)}`, en: `Change to ${q(fixed)}` } }],
      });
    }
  },
});
