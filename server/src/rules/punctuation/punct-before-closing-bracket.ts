import { defineRule } from '../rule';
import { marksBeforeClose } from '../../analysis/brackets';
import { q } from '../../analysis/finding';

/**
 * P03 — no ，、；： (or their ASCII forms) directly before a closing ） ) 》 ”, and no 。 before
 * the ） of a bracket inside a sentence (句内括号; ？ and ！ may stay). The mark is deleted.
 */
export default defineRule({
  id: 'punct-before-closing-bracket',
  code: 'P03',
  category: 'punctuation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '后括号、后书名号、后引号前不用逗号、顿号、分号、冒号；句内括号中最后的句号也应去掉（问号、叹号除外）。',
    en: 'No comma, 顿号, semicolon or colon right before a closing bracket, 》 or ”; a sentence-internal bracket drops its final full stop (not ？ or ！).',
  },
  source: 'GB/T 15834-2011 句内括号 [S13 yd166][S13 stanmaklan]',
  examples: {
    correct: ['（其中2022年4家，占40%）'],
    incorrect: [
      { text: '（其中2022年4家，占40%，）', output: '（其中2022年4家，占40%）' },
      { text: '出台支持措施（详见附件。），推动企业发展。', output: '出台支持措施（详见附件），推动企业发展。' },
    ],
  },
  check(ctx) {
    const marks = marksBeforeClose(ctx);
    for (let n = 0; n < marks.length; n++) {
      // A run of marks before one bracket is one finding.
      const first = marks[n];
      while (n + 1 < marks.length && marks[n + 1].close === first.close && !first.inner) n++;
      const m = { ...first, at: first.at, end: marks[n].at + 1 };
      const mark = ctx.text.slice(m.at, m.end);
      const close = ctx.text[m.close];
      ctx.report({
        range: [m.at, m.end],
        message: m.inner
          ? { zh: `句内括号末尾的${q(mark)}应删去：${q(mark + close)}应为${q(close)}`, en: `The ${q(mark)} at the end of a sentence-internal bracket should go: ${q(mark + close)} → ${q(close)}` }
          : { zh: `${q(close)}前的${q(mark)}多余，${q(mark + close)}应为${q(close)}`, en: `Stray ${q(mark)} before ${q(close)}; ${q(mark + close)} should be ${q(close)}` },
        fix: { range: [m.at, m.end], text: '' },
      });
    }
  },
});
