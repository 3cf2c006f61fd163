import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { metaText } from '../../analysis/meta';
import { normalizeNumber } from '../../analysis/header';

/** Front-matter keys that hold the suggestion/proposal number. */
export const NUMBER_KEYS = ['建议编号', '提案编号', 'number'];

/**
 * H04 — the number in the title (第N号建议) equals the number in the acknowledgement
 * (（第N号）收悉), and both equal the front matter's 建议编号/提案编号 when it has one.
 * Leading zeros and full-width digits do not count as a difference (第088号 = 第88号).
 */
export default defineRule({
  id: 'title-number-matches-ack',
  code: 'H04',
  category: 'header',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '标题中的建议（提案）编号与正文“（第×号）收悉”中的编号及元数据编号一致。',
    en: 'The suggestion/proposal number in the title matches the one in the acknowledgement and in the metadata.',
  },
  source: 'internal consistency; local forms key replies by this number [S23][S25]',
  examples: {
    correct: [{ text: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下：', in: 'ack', note: '标题：…第20230019号建议办理情况答复的函' }],
    incorrect: [{ text: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230091号）收悉。现答复如下：', in: 'ack', note: '标题：…第20230019号建议办理情况答复的函' }],
  },
  check(ctx) {
    const tn = ctx.parts.title?.number;
    const an = ctx.parts.acknowledgement?.number;
    if (tn && an && normalizeNumber(tn.value) !== normalizeNumber(an.value)) {
      ctx.report({
        range: an.range,
        message: {
          zh: `正文中的编号${q(`第${an.value}号`)}与标题中的${q(`第${tn.value}号`)}不一致`,
          en: `Number ${q(`第${an.value}号`)} in the acknowledgement differs from ${q(`第${tn.value}号`)} in the title`,
        },
      });
    }
    const mv = metaText(ctx, NUMBER_KEYS);
    if (mv === undefined) return;
    const want = normalizeNumber(mv);
    for (const [where, n] of [
      ['标题', tn],
      ['正文', an],
    ] as const) {
      if (!n || normalizeNumber(n.value) === want) continue;
      ctx.report({
        range: n.range,
        message: {
          zh: `${where}中的编号${q(`第${n.value}号`)}与元数据编号${q(mv)}不一致`,
          en: `Number ${q(`第${n.value}号`)} in the ${where === '标题' ? 'title' : 'acknowledgement'} differs from the metadata number ${q(mv)}`,
        },
      });
    }
  },
});
