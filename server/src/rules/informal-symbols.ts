import { defineRule } from './rule';
import { eachMatch, isHan } from './prose';
import { q } from './util';

/**
 * D10 — informal symbols in running text: 3000+ (for 3000余 / 3000多), 10W (for 10万), & and →
 * between Chinese words, an ASCII ~ outside a number range. 4+4+6 and 5G+工业互联网 are names,
 * not approximations, and are left alone.
 */
const PLUS = /(?<![\dA-Za-z+.])(\d{1,9})\+(?![\dA-Za-z+])/g;
// 10W元 / 10W人: W for 万 before a counted unit (10W alone is ten watts).
const WAN = /(?<![\dA-Za-z.])(\d{1,6}(?:\.\d{1,3})?)([Ww])(?=[元人户家条个名次+])/g;
const SYMBOL = /[&→~]/g;

export default defineRule({
  id: 'informal-symbols',
  code: 'D10',
  category: 'date',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '正文不用“3000+”“10W”“&”“→”等非正式符号，约数用“余”“多”“约”表示。',
    en: 'Running text avoids informal symbols such as 3000+, 10W, & and →; approximate numbers use 余, 多 or 约.',
  },
  source: 'GB/T 15835-2011 (approximate numbers in words) [S14]; style',
  examples: { correct: ['3000余家供应商', '10万元'], incorrect: ['3000+的供应商', '10W'] },
  check(ctx) {
    eachMatch(ctx, PLUS, (m, at) => {
      const plus = at + m[1].length;
      // Only in Chinese prose: a Han character or a CJK mark after the +, or the number follows Han.
      if (!isHan(ctx.text.charCodeAt(plus + 1)) && !isHan(ctx.text.charCodeAt(at - 1))) return;
      // Inside quotes (“4+”) it is usually a name: skip when a closing quote follows.
      if (ctx.text[plus + 1] === '”') return;
      ctx.report({
        range: [at, plus + 1],
        message: { zh: `${q(m[0])}为非正式写法，应写作${q(m[1] + '余')}或${q(m[1] + '多')}`, en: `${q(m[0])} is informal; write ${q(m[1] + '余')} or ${q(m[1] + '多')}` },
        suggestions: [
          { range: [plus, plus + 1], text: '余', title: { zh: `改为${q(m[1] + '余')}`, en: `Change to ${q(m[1] + '余')}` } },
          { range: [plus, plus + 1], text: '多', title: { zh: `改为${q(m[1] + '多')}`, en: `Change to ${q(m[1] + '多')}` } },
        ],
      });
    });
    eachMatch(ctx, WAN, (m, at) => {
      const w = at + m[1].length;
      ctx.report({
        range: [at, w + 1],
        message: { zh: `${q(m[0])}为非正式写法，应为${q(m[1] + '万')}`, en: `${q(m[0])} is informal; expected ${q(m[1] + '万')}` },
        suggestions: [{ range: [w, w + 1], text: '万', title: { zh: `改为${q(m[1] + '万')}`, en: `Change to ${q(m[1] + '万')}` } }],
      });
    });
    eachMatch(ctx, SYMBOL, (m, at) => {
      const before = ctx.text.charCodeAt(at - 1);
      const after = ctx.text.charCodeAt(at + 1);
      if (!isHan(before) || !isHan(after)) return;
      const want = m[0] === '&' ? '和' : m[0] === '→' ? '至' : '～';
      ctx.report({
        range: [at, at + 1],
        message: { zh: `正文中的符号${q(m[0])}为非正式写法，宜改用文字（如${q(want)}）`, en: `The symbol ${q(m[0])} is informal in running text; use words (e.g. ${q(want)})` },
        suggestions: [{ range: [at, at + 1], text: want, title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
      });
    });
  },
});
