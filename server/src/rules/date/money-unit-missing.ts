import { defineRule } from '../rule';
import { eachMatch } from '../../analysis/prose';
import { q } from '../../analysis/finding';

/**
 * D09 — an amount after a money verb (给予 / 补贴 / 奖励 / 补助 / 发放 / 兑现 / 资助) written as
 * 20万 or 1.5亿 is followed by 元: 每年给予20万元. A few filler words may come between the verb
 * and the amount (最高, 不超过, 一次性, 每人…). 20万人次 and other counted units are left alone.
 */
const AMOUNT = /(给予|补贴|奖励|补助|发放|兑现|资助|奖补)((?:[^\d，。；、,;!?！？\s]){0,6}?)(\d{1,6}(?:\.\d{1,4})?(?:万|亿|千万|百万))(?![元\d])/g;
const MONEY_NOUN = /^(?:补助|补贴|奖励|资金|经费|津贴|奖金|的)/;

export default defineRule({
  id: 'money-unit-missing',
  code: 'D09',
  category: 'date',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '资金数额应带单位“元”，如“每年给予20万元”，不写作“给予20万”。',
    en: 'Money amounts carry the unit 元: 每年给予20万元, not 给予20万.',
  },
  source: 'GB/T 15835-2011 4.1.1 (values go with their unit) [S14]; heuristic',
  examples: { correct: ['每年给予20万元'], incorrect: ['每年给予20万', '每年给予最高12万'] },
  check(ctx) {
    eachMatch(ctx, AMOUNT, (m, at) => {
      const amountAt = at + m[1].length + m[2].length;
      const end = amountAt + m[3].length;
      const next = ctx.text.slice(end, end + 2);
      // 20万人次, 5万吨: another unit follows. Only punctuation, a space or a money noun may.
      if (/^[\u4e00-\u9fff]/.test(next) && !MONEY_NOUN.test(next)) return;
      const want = m[3] + '元';
      ctx.report({
        range: [amountAt, end],
        message: { zh: `金额${q(m[3])}缺少单位“元”，应为${q(want)}`, en: `Amount ${q(m[3])} lacks the unit 元; expected ${q(want)}` },
        suggestions: [{ range: [end, end], text: '元', title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
      });
    });
  },
});
