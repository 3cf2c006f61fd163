import { defineRule } from '../rule';
import { isDigit, isLatinCode } from '../../text/chars';
import { isMasked } from '../../analysis/prose';
import { literalHits, NIAN } from '../../analysis/number-scan';
import { q } from '../../analysis/finding';

/**
 * D11 — in a year written in Chinese numerals the zero is 〇 (U+3007), not the digit 0, the
 * letter O, the circle ○ or 零: 二〇〇九年, not 二00九年 / 二OO九年 / 二○○九年.
 */
// The year's characters and what may not come right before it. The year is found from the 年
// after it (a shared indexOf scan) rather than by a regex that would start at every character.
const YEAR_CHARS = '〇○零一二三四五六七八九OＯ0０';
const NOT_BEFORE = YEAR_CHARS + '十';
const WRONG_ZERO = /[○零OＯ0０]/g;

export default defineRule({
  id: 'chinese-zero-char',
  code: 'D11',
  category: 'date',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '汉字数字年份中的零写作“〇”，不用阿拉伯数字“0”、字母“O”或“○”“零”。',
    en: 'In a year written in Chinese numerals, zero is 〇, not the digit 0, the letter O, ○ or 零.',
  },
  source: '[S3 purepassion]; [S9 caiyes]',
  examples: {
    correct: ['二〇〇九年'],
    incorrect: [
      { text: '二00九年', output: '二〇〇九年' },
      { text: '二OO九年', output: '二〇〇九年' },
      { text: '二○○九年', output: '二〇〇九年' },
    ],
  },
  check(ctx) {
    // Same matches as /(?<![〇○零一二三四五六七八九十OＯ0０\dA-Za-z])[〇○零一二三四五六七八九OＯ0０]{4}(?=年)/g.
    for (const { block, base, at: nians } of literalHits(ctx, NIAN)) {
      const v = block.value;
      for (const nian of nians) {
        const s = nian - 4;
        if (s < 0) continue;
        if (!YEAR_CHARS.includes(v[s]) || !YEAR_CHARS.includes(v[s + 1]) || !YEAR_CHARS.includes(v[s + 2]) || !YEAR_CHARS.includes(v[s + 3])) continue;
        if (s > 0) {
          const c = v.charCodeAt(s - 1);
          if (isDigit(c) || isLatinCode(c) || NOT_BEFORE.includes(v[s - 1])) continue;
        }
        const at = base + s;
        if (isMasked(ctx, at)) continue;
        const y = v.slice(s, nian);
        // Needs Chinese digits and a wrong zero; 2009年 (all Arabic) is fine.
        if (!/[一二三四五六七八九]/.test(y) || !/[○零OＯ0０]/.test(y)) continue;
        const want = y.replace(WRONG_ZERO, '〇');
        ctx.report({
          range: [at, at + 4],
          message: { zh: `年份${q(y + '年')}中的零应写作“〇”，应为${q(want + '年')}`, en: `The zero in ${q(y + '年')} should be 〇; expected ${q(want + '年')}` },
          fix: { range: [at, at + 4], text: want },
        });
      }
    }
  },
});
