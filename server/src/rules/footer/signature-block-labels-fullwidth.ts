import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

/**
 * F12 — labels such as 领导署名 / 签发人 / 联系人 / 联系电话 / 抄送 / 附件 take a full-width `：`.
 * When the letter is full of ASCII marks, fullwidth-punct converts them all in one finding and
 * this rule stays silent. 类别 lines are the result-category rules'.
 */
export default defineRule({
  id: 'signature-block-labels-fullwidth',
  code: 'F12',
  category: 'footer',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '“领导署名”“签发人”“联系人”“联系电话”“抄送”“附件”等标签后用全角冒号“：”，不可省略。',
    en: 'Labels such as 领导署名, 签发人, 联系人, 联系电话, 抄送 and 附件 are followed by a full-width colon “：”, never left out.',
  },
  source: 'GB/T 9704-2012 §7.3.4, §7.4.2 [S4][S5]; P01',
  examples: {
    correct: ['领导署名：周桂良', '联系电话：2896599'],
    incorrect: [
      { text: '领导署名:周桂良', output: '领导署名：周桂良' },
      { text: '领导署名周桂良', output: '领导署名：周桂良' },
      { text: '抄送:市政府督查室。', output: '抄送：市政府督查室。' },
    ],
  },
  check(ctx) {
    for (const f of ctx.parts.fields) {
      if (f.kind === 'category') continue;
      if (!f.colon) {
        // 领导署名周桂良: the label runs into the name.
        ctx.report({
          range: [f.labelRange[0], f.labelRange[1]],
          message: { zh: `${q(f.label)}后缺少冒号，应为${q(f.label + '：')}`, en: `Missing colon after ${q(f.label)}; expected ${q(f.label + '：')}` },
          fix: { range: [f.labelRange[1], f.labelRange[1]], text: '：' },
        });
        continue;
      }
      // Width only: fullwidth-punct converts every ASCII mark of a scraped letter at once.
      if (ctx.halfWidthAggregated) continue;
      const [cs, ce] = f.colon;
      if (ctx.text.slice(cs, ce) !== ':') continue;
      ctx.report({
        range: [f.labelRange[0], ce],
        message: { zh: `${q(f.label)}后的冒号应为全角${q('：')}`, en: `The colon after ${q(f.label)} should be full-width ${q('：')}` },
        fix: { range: [cs, ce], text: '：' },
      });
    }
  },
});
