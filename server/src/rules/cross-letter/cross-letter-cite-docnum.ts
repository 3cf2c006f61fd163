import { defineWorkspaceRule } from '../rule';
import { fileList, oddCitations, shortTitle } from '../../analysis/cross-letter/variants';
import { q } from '../../analysis/finding';

/**
 * W03 — one title, one 文号 across the workspace: a policy cited with a 文号 that other
 * letters give differently (the one most of them use is the reference). Citations the letter's
 * registry knows are the registry rules' (R03). Titles without any 文号 say nothing.
 */
export default defineWorkspaceRule({
  id: 'cross-letter-cite-docnum',
  code: 'W03',
  category: 'workspace',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '同一标题的文件在工作区的各封答复中应引用同一个发文字号。',
    en: 'A document cited under one title carries one 文号 across the workspace’s letters.',
  },
  source: '答复须事实准确 [S26][S37]; cross-letter (workspace) rule',
  examples: {
    correct: [
      [
        { file: 'a.txt', in: 'body', text: '《厦门市统筹推进现代产业体系实施方案》（厦委发〔2022〕6号）' },
        { file: 'b.txt', in: 'body', text: '《厦门市统筹推进现代产业体系实施方案》（厦委发〔2022〕6号）' },
      ],
    ],
    incorrect: [
      [
        { file: 'a.txt', in: 'body', text: '《厦门市统筹推进现代产业体系实施方案》（厦委发〔2022〕6号）' },
        { file: 'b.txt', in: 'body', text: '《厦门市统筹推进现代产业体系实施方案》（厦委发〔2022〕9号）' },
      ],
    ],
  },
  check(ctx) {
    const { letters } = ctx.index;
    for (const group of ctx.index.byExact.values()) {
      for (const o of oddCitations(group, (r) => r.cite.doc)) {
        const files = [...new Set(o.related.map((r) => letters[r.letter].name))];
        const title = q('《' + shortTitle(o.odd.cite.title) + '》');
        const here = q(o.odd.cite.docRaw ?? '');
        const there = q(o.example.cite.docRaw ?? o.reference);
        ctx.report({
          letter: o.odd.letter,
          place: o.odd.cite.place,
          message: {
            zh: `${title}的文号${here}与 ${fileList(files, 'zh')} 中的${there}不一致，同一文件只有一个文号`,
            en: `${title} is cited with the number ${here} but with ${there} in ${fileList(files, 'en')}; one document has one number`,
          },
          related: o.related,
        });
      }
    }
  },
});
