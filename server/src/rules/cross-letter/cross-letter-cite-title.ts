import { defineWorkspaceRule } from '../rule';
import { fileList, oddCitations, shortTitle, type OddCitation } from '../../analysis/cross-letter/variants';
import type { CitedPolicy } from '../../analysis/cross-letter/facts';
import { q } from '../../analysis/finding';

const mark = (c: CitedPolicy) => q('《' + shortTitle(c.title) + '》');

/**
 * W02 — one policy, one title across the workspace: citations with the same 文号, or whose
 * titles are equal under RULEBOOK C05's normalisation (关于/的/印发/通知, place words, brackets,
 * dashes; digit runs and places must agree), use the title most letters use. Without a registry
 * the majority is the reference; a citation the letter's registry knows is left to the
 * registry rules (R02/R03), since the registry wins over any majority. Inside one letter C05
 * reports the same thing.
 */
export default defineWorkspaceRule({
  id: 'cross-letter-cite-title',
  code: 'W02',
  category: 'workspace',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '同一份文件在工作区的各封答复中应使用同一个标题。',
    en: 'One document is cited under one title across the workspace’s letters.',
  },
  source: 'internal consistency; 答复须事实准确 [S26][S37]; cross-letter (workspace) rule',
  examples: {
    correct: [
      [
        { file: 'a.txt', in: 'body', text: '《厦门市先进制造业倍增计划实施方案（2022—2026年）》' },
        { file: 'b.txt', in: 'body', text: '《厦门市先进制造业倍增计划实施方案（2022—2026年）》' },
      ],
    ],
    incorrect: [
      [
        { file: 'a.txt', in: 'body', text: '《厦门市先进制造业倍增计划实施方案（2022—2026年）》' },
        { file: 'b.txt', in: 'body', text: '《厦门市关于先进制造业倍增计划的实施方案（2022—2026年）》' },
      ],
    ],
  },
  check(ctx) {
    const { letters } = ctx.index;
    const done = new Set<CitedPolicy>();
    const report = (o: OddCitation, sameDoc: boolean) => {
      if (done.has(o.odd.cite)) return;
      done.add(o.odd.cite);
      const files = [...new Set(o.related.map((r) => letters[r.letter].name))];
      const ex = o.example.cite;
      const why = sameDoc ? { zh: `（文号${q(ex.docRaw ?? ex.doc ?? '')}）`, en: ` (number ${q(ex.docRaw ?? ex.doc ?? '')})` } : { zh: '', en: '' };
      ctx.report({
        letter: o.odd.letter,
        place: o.odd.cite.place,
        message: {
          zh: `所引文件标题${mark(o.odd.cite)}与 ${fileList(files, 'zh')} 中的${mark(ex)}${why.zh}不一致，同一文件应使用同一标题`,
          en: `The cited title ${mark(o.odd.cite)} differs from ${mark(ex)}${why.en} in ${fileList(files, 'en')}; cite one document under one title`,
        },
        related: o.related,
      });
    };
    // The same 文号 first (the stronger evidence), then titles equal under the loose key whose
    // 文号 do not disagree.
    for (const group of ctx.index.byDoc.values()) for (const o of oddCitations(group, (r) => r.cite.exact)) report(o, true);
    for (const group of ctx.index.byLoose.values()) {
      const docs = new Set(group.map((r) => r.cite.doc).filter((d) => d !== undefined));
      if (docs.size > 1) continue; // two 文号: two documents with similar names
      for (const o of oddCitations(group, (r) => r.cite.exact)) report(o, false);
    }
  },
});
