import { defineRule } from '../rule';
import { chineseNumeral } from '../../text/chars';
import { eachMatch } from '../../analysis/prose';
import { q } from '../../analysis/finding';

const PERCENT = /百分之([零〇一二两三四五六七八九十百]{1,4}(?:点[零〇一二三四五六七八九]{1,4})?)/g;
const DIGIT = '〇一二三四五六七八九';

function value(cn: string): string | undefined {
  const [int, frac] = cn.split('点');
  let n: number;
  if (int === '一百' || int === '百') n = 100;
  else n = chineseNumeral(int.replace('两', '二'));
  if (!Number.isFinite(n)) return undefined;
  if (frac === undefined) return String(n);
  const f = [...frac].map((c) => (c === '零' ? 0 : DIGIT.indexOf(c)));
  if (f.some((d) => d < 0)) return undefined;
  return `${n}.${f.join('')}`;
}

/**
 * D07 — percentages are written with Arabic numerals (20%, not 百分之二十). Fixed expressions
 * (百分之百, 百分之一百 used as “completely”) are exempt.
 */
export default defineRule({
  id: 'percent-arabic',
  code: 'D07',
  category: 'date',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '用于计量的百分数用阿拉伯数字书写，如“20%”，不写作“百分之二十”（“百分之百”等固定说法除外）。',
    en: 'Percentages use Arabic numerals (20%, not 百分之二十); fixed expressions such as 百分之百 are exempt.',
  },
  source: 'GB/T 15835-2011 4.1.1 [S14]; [S16 caiyes]',
  examples: { correct: ['20%', '百分之百'], incorrect: ['百分之二十', '百分之三点五'] },
  check(ctx) {
    eachMatch(ctx, PERCENT, (m, at) => {
      if (m[1] === '百' || m[1] === '一百') return;
      const v = value(m[1]);
      if (v === undefined) return;
      const want = v + '%';
      ctx.report({
        range: [at, at + m[0].length],
        message: { zh: `百分数${q(m[0])}应使用阿拉伯数字，写作${q(want)}`, en: `Percentage ${q(m[0])} should use Arabic numerals: ${q(want)}` },
        suggestions: [{ range: [at, at + m[0].length], text: want, title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
      });
    });
  },
});
