import { defineWorkspaceRule } from '../rule';
import { fileList, othersIn } from '../../analysis/cross-letter/variants';
import { q } from '../../analysis/finding';

/**
 * W01 — one suggestion or proposal, one reply: the same number (front matter 建议编号, the
 * title's 第N号 or the acknowledgement's) of the same kind and session answered by two letters
 * of the workspace. Co-handler opinions (会办/协办意见) share their lead unit's number and do
 * not count. Each letter gets the finding, with the others as related places.
 */
export default defineWorkspaceRule({
  id: 'duplicate-reply-number',
  code: 'W01',
  category: 'workspace',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '同一件建议或提案（同一届次、同一编号）在工作区中只应有一份答复。',
    en: 'One suggestion or proposal (one session, one number) has one reply in the workspace.',
  },
  source: '一件建议一份答复 [S19][S25]; cross-letter (workspace) rule',
  examples: {
    // Each example is a list of letters checked together, each letter a fragment in a correct letter.
    correct: [
      [
        { file: 'a.txt', in: 'title', text: '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函' },
        { file: 'b.txt', in: 'title', text: '厦门市工业和信息化局关于市十六届人大三次会议第20230019号建议办理情况答复的函', note: '另一次会议的同一编号 (the same number, another session)' },
      ],
    ],
    incorrect: [
      [
        { file: 'a.txt', in: 'title', text: '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函' },
        { file: 'b.txt', in: 'title', text: '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函' },
      ],
    ],
  },
  check(ctx) {
    const { letters } = ctx.index;
    for (const group of ctx.index.byReply.values()) {
      if (group.length < 2) continue;
      const categories = new Set(group.map((i) => letters[i].facts.category).filter((c) => c !== undefined));
      for (const i of group) {
        const f = letters[i].facts;
        const others = othersIn(group, i);
        const names = others.map((j) => letters[j].name);
        const total = group.length - 1;
        const noun = f.kind === 'cppcc' ? { zh: '提案', en: 'proposal' } : { zh: '建议', en: 'suggestion' };
        const cat = categories.size > 1 ? { zh: `，且答复类别不一致（${[...categories].join('、')}）`, en: ` and the result categories differ (${[...categories].join(', ')})` } : { zh: '', en: '' };
        ctx.report({
          letter: i,
          place: f.number!.place,
          message: {
            zh: `第${f.number!.value}号${noun.zh}也在 ${fileList(names, 'zh', total)} 中答复${cat.zh}，同一${noun.zh}只应有一份答复`,
            en: `The ${noun.en} ${q(f.number!.value)} is also answered in ${fileList(names, 'en', total)}${cat.en}; one ${noun.en} has one reply`,
          },
          related: others.map((j) => ({ letter: j, place: letters[j].facts.number!.place })),
        });
      }
    }
  },
});
