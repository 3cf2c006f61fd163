import { defineRule } from '../rule';
import { bk, citedPolicies } from '../../analysis/cited';

/** R02 — a cited title close to, but not the same as, a registry title: did you mean 《…》? */
export default defineRule({
  id: 'cite-policy-title-variant',
  code: 'R02',
  category: 'registry',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '所引政策标题应与政策库中的正式标题（或登记的简称）一致。',
    en: 'A cited policy title matches the official title (or a registered short title) in the policy registry.',
  },
  source: 'A title in 《》 names one specific document [S37]; answers must be 事实准确 [S26]; C05.',
  examples: {
    correct: [{ text: '《厦门市先进制造业倍增计划实施方案（2022—2026年）》', registry: [{ title: '厦门市先进制造业倍增计划实施方案（2022—2026年）' }] }],
    incorrect: [
      {
        text: '《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》',
        registry: [{ title: '厦门市先进制造业倍增计划实施方案（2022—2026年）' }],
        note: '政策库：厦门市先进制造业倍增计划实施方案（2022—2026年）',
      },
    ],
  },
  check(ctx) {
    for (const p of citedPolicies(ctx)) {
      if (p.title?.kind !== 'near') continue;
      const e = p.title.entry;
      // A number that belongs to another policy: cite-policy-docnum-mismatch says which is wrong.
      if (p.byNumber && p.byNumber !== e) continue;
      const want = p.title.matched;
      const got = p.citation.title;
      ctx.report({
        range: p.titleSpan,
        message: {
          zh: `标题${bk(got)}与政策库登记的标题不一致，应为${bk(want)}`,
          en: `Title ${bk(got)} differs from the registry; did you mean ${bk(want)}?`,
        },
        suggestions: [{ range: p.citation.titleRange, text: want, title: { zh: `改为${bk(want)}`, en: `Change to ${bk(want)}` } }],
      });
    }
  },
});
