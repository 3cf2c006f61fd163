import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';
import { bk, citedPolicies } from '../../analysis/cited';

/** R03 — the 文号 after a cited title is not that policy's number in the registry. */
export default defineRule({
  id: 'cite-policy-docnum-mismatch',
  code: 'R03',
  category: 'registry',
  severity: 'error',
  fixable: 'suggest',
  docs: {
    zh: '标题后括注的文号应与政策库中该文件的文号一致。',
    en: 'The document number cited after a title is that policy’s number in the policy registry.',
  },
  source: 'Internal consistency with the registry; C05 (a); answers must be 事实准确 [S26].',
  examples: {
    correct: [
      {
        text: '《厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知》（厦府规〔2022〕2号）',
        registry: [{ title: '厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知', docNumber: '厦府规〔2022〕2号' }],
      },
    ],
    incorrect: [
      {
        text: '《厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知》（厦府规〔2023〕4号）',
        registry: [{ title: '厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知', docNumber: '厦府规〔2022〕2号' }],
        note: '政策库：厦府规〔2022〕2号',
      },
    ],
  },
  check(ctx) {
    for (const p of citedPolicies(ctx)) {
      const d = p.citation.docNumber;
      if (!d) continue;
      const cited = d.raw;
      const exact = p.title?.kind === 'exact' ? p.title.entry : undefined;
      if (exact && p.numberDiffers) {
        const want = exact.docNumber!;
        const other = p.byNumber && p.byNumber !== exact ? p.byNumber : undefined;
        const suggestions = [{ range: rangeOf(d), text: want, title: { zh: `文号改为${q(want)}`, en: `Change the number to ${q(want)}` } }];
        if (other) suggestions.push({ range: p.citation.titleRange, text: other.title, title: { zh: `标题改为${bk(other.title)}`, en: `Change the title to ${bk(other.title)}` } });
        ctx.report({
          range: rangeOf(d),
          message: other
            ? {
                zh: `文号${q(cited)}是${bk(other.title)}的文号；${bk(exact.title)}的文号应为${q(want)}`,
                en: `Document number ${q(cited)} belongs to ${bk(other.title)}; ${bk(exact.title)} is ${q(want)}`,
              }
            : {
                zh: `${bk(exact.title)}的文号应为${q(want)}，不是${q(cited)}`,
                en: `The document number of ${bk(exact.title)} is ${q(want)}, not ${q(cited)}`,
              },
          suggestions,
        });
        continue;
      }
      // A known number under a title that is neither that policy's nor close to it.
      const owner = p.byNumber;
      if (!owner || (p.title && p.title.entry === owner)) continue;
      ctx.report({
        range: rangeOf(d),
        message: {
          zh: `文号${q(cited)}属于${bk(owner.title)}，与所引标题${bk(p.citation.title)}不符`,
          en: `Document number ${q(cited)} belongs to ${bk(owner.title)}, not ${bk(p.citation.title)}`,
        },
        suggestions: [{ range: p.citation.titleRange, text: owner.title, title: { zh: `标题改为${bk(owner.title)}`, en: `Change the title to ${bk(owner.title)}` } }],
      });
    }
  },
});
