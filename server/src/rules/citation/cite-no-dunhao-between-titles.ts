import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

/**
 * C06 — 《A》、《B》: no 顿号 between adjacent titles. When something follows a title before the
 * next one (a bracketed 文号, （试行）…), the 、 stays. Safe fix only when nothing but the 、
 * sits between the two titles.
 */
export default defineRule({
  id: 'cite-no-dunhao-between-titles',
  code: 'C06',
  category: 'citation',
  severity: 'info',
  fixable: 'safe',
  docs: {
    zh: '并列的书名号之间通常不用顿号；书名号后另有括注等成分时才用顿号。',
    en: 'Adjacent titles in 《》 are not separated by 、, unless something such as a bracketed number follows a title.',
  },
  source: 'GB/T 15834-2011 §4.5.3.5 [S10]',
  examples: {
    correct: ['《史记》《汉书》', '《A》（厦府规〔2022〕2号）、《B》（厦府规〔2023〕4号）'],
    incorrect: [{ text: '《史记》、《汉书》', output: '《史记》《汉书》' }],
  },
  check(ctx) {
    const cs = ctx.parts.citations;
    for (let i = 1; i < cs.length; i++) {
      const a = cs[i - 1];
      const b = cs[i];
      const end = endOf(a);
      const start = startOf(b);
      if (a.docNumber || start !== end + 1 || ctx.text[end] !== '、') continue;
      ctx.report({
        range: [end, end + 1],
        message: {
          zh: `并列的书名号之间不用顿号，${q('》、《')}应为${q('》《')}`,
          en: `No 顿号 between adjacent titles: ${q('》、《')} should be ${q('》《')}`,
        },
        fix: { range: [end, end + 1], text: '' },
      });
    }
  },
});
