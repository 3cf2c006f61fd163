import { defineWorkspaceRule } from '../rule';
import { fileList, majority, MAX_RELATED } from '../../analysis/cross-letter/variants';
import { q } from '../../analysis/finding';

/**
 * W04 — the letters answering one number name the deputy or member the same way (王某某代表
 * in one, 王某代表 in another means one of them is wrong). The name most of them use is the
 * reference (ties: the first letter's); the others are reported with the reference letters as
 * related places.
 */
export default defineWorkspaceRule({
  id: 'cross-letter-deputy-name',
  code: 'W04',
  category: 'workspace',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '答复同一编号建议或提案的各封函件，对代表或委员的称呼应一致。',
    en: 'Letters answering one suggestion or proposal name its deputy or member the same way.',
  },
  source: '答复须事实准确 [S26][S37]; cross-letter (workspace) rule',
  examples: {
    correct: [
      [
        { file: 'a.txt', in: 'salutation', text: '王某某代表：', note: '第20230019号，在函件标题中 (number 20230019, in the title)' },
        { file: 'b.txt', in: 'salutation', text: '王某某代表：', note: '第20230019号，在函件标题中 (number 20230019, in the title)' },
      ],
    ],
    incorrect: [
      [
        { file: 'a.txt', in: 'salutation', text: '王某某代表：', note: '第20230019号，在函件标题中 (number 20230019, in the title)' },
        { file: 'b.txt', in: 'salutation', text: '王某代表：', note: '第20230019号，在函件标题中 (number 20230019, in the title)' },
      ],
    ],
  },
  check(ctx) {
    const { letters } = ctx.index;
    for (const group of ctx.index.byReply.values()) {
      const m = majority(group, (i) => letters[i].facts.deputy?.name);
      if (!m) continue;
      const { reference, best, byVariant: byName } = m;
      const shown = best.slice(0, MAX_RELATED);
      const names = shown.map((j) => letters[j].name);
      for (const [n, list] of byName) {
        if (n === reference) continue;
        for (const i of list) {
          const f = letters[i].facts;
          ctx.report({
            letter: i,
            place: f.deputy!.place,
            message: {
              zh: `第${f.number!.value}号的称呼${q(n)}与 ${fileList(names, 'zh', best.length)} 中的${q(reference)}不一致`,
              en: `The name ${q(n)} for number ${q(f.number!.value)} differs from ${q(reference)} in ${fileList(names, 'en', best.length)}`,
            },
            related: shown.map((j) => ({ letter: j, place: letters[j].facts.deputy!.place })),
          });
        }
      }
    }
  },
});
