import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { bk, citedPolicies } from '../../analysis/cited';
import { endOf } from '../../text/spans';

/** R04 — a cited policy that the registry marks as repealed; names its replacement. */
export default defineRule({
  id: 'cite-repealed-policy',
  code: 'R04',
  category: 'registry',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '不应引用已废止的政策文件作为现行依据；政策库载明替代文件时应改引替代文件。',
    en: 'A policy the registry marks as repealed is not cited as current; cite its replacement when the registry names one.',
  },
  source: 'Answers must be 事实准确 [S26]; the registry records each policy’s status.',
  examples: {
    correct: [{ text: '《厦门市软件和信息服务业发展规划（2021—2025年）》', registry: [{ title: '厦门市软件和信息服务业发展规划（2021—2025年）' }], note: '政策库：现行有效' }],
    incorrect: [
      {
        text: '《厦门市软件产业发展规划（2016—2020年）》',
        registry: [{ title: '厦门市软件产业发展规划（2016—2020年）', status: 'repealed', replacedBy: '厦门市软件和信息服务业发展规划（2021—2025年）' }],
        note: '政策库：已废止 / repealed',
      },
    ],
  },
  check(ctx) {
    const registry = ctx.registry;
    if (!registry) return;
    for (const p of citedPolicies(ctx)) {
      const e = (p.title?.kind === 'exact' ? p.title.entry : undefined) ?? p.byNumber ?? p.title?.entry;
      if (!e || e.status !== 'repealed') continue;
      const r = registry.replacement(e);
      const name = bk(p.citation.title);
      if (r) {
        const rNo = r.docNumber ? `（${r.docNumber}）` : '';
        const d = p.citation.docNumber;
        // Replace the title, and the cited number too when there is one.
        const end = d ? endOf(p.citation) : p.titleSpan[1];
        const text = bk(r.title) + (d && r.docNumber ? `（${r.docNumber}）` : '');
        ctx.report({
          range: p.titleSpan,
          message: {
            zh: `${name}已废止，已由${bk(r.title)}${rNo}替代`,
            en: `${name} has been repealed and replaced by ${bk(r.title)}${rNo}`,
          },
          suggestions: d && !r.docNumber ? undefined : [{ range: [p.titleSpan[0], end], text, title: { zh: `改引${bk(r.title)}`, en: `Cite ${bk(r.title)} instead` } }],
        });
      } else {
        const by = e.replacedBy ? (/[〔[(（]/.test(e.replacedBy) ? q(e.replacedBy) : bk(e.replacedBy)) : undefined;
        ctx.report({
          range: p.titleSpan,
          message: by
            ? { zh: `${name}已废止，已由${by}替代`, en: `${name} has been repealed and replaced by ${by}` }
            : { zh: `${name}已废止，请核对是否仍可引用`, en: `${name} has been repealed; check whether it may still be cited` },
        });
      }
    }
  },
});
