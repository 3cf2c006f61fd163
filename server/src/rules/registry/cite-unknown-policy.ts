import { defineRule } from '../rule';
import { bk, citedPolicies } from '../../analysis/cited';

/** R01 — a cited policy title that the configured registry does not hold. */
export default defineRule({
  id: 'cite-unknown-policy',
  code: 'R01',
  category: 'registry',
  severity: 'info',
  fixable: false,
  docs: {
    zh: '所引政策文件应在配置的政策库中（未配置政策库时不检查）。',
    en: 'A cited policy should be in the configured policy registry (silent when no registry is configured).',
  },
  source: 'Answers must be 事实准确 [S26]; the registry is the team’s list of real policies.',
  examples: {
    correct: [{ text: '《厦门经济特区数据条例》', registry: [{ title: '厦门经济特区数据条例' }], note: '政策库登记了《厦门经济特区数据条例》' }],
    incorrect: [{ text: '《厦门市数据管理条例》', registry: [{ title: '厦门经济特区数据条例' }], note: '政策库中没有这份文件 / not in the registry' }],
  },
  check(ctx) {
    for (const p of citedPolicies(ctx)) {
      if (p.title || p.byNumber) continue;
      const t = p.citation.title;
      ctx.report({
        range: p.titleSpan,
        message: {
          zh: `所引文件${bk(t)}不在政策库中，请核对标题`,
          en: `Cited document ${bk(t)} is not in the policy registry; check the title`,
        },
      });
    }
  },
});
