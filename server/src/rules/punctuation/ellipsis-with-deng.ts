import { defineRule } from '../rule';
import { eachMatch } from '../../analysis/prose';
import { q } from '../../analysis/finding';

/** P05 — an ellipsis is not combined with 等 / 等等 / 什么的: 猪肝、大豆……等 → 猪肝、大豆等. */
const ELLIPSIS_DENG = /(……|…|\.{3,6}|。{3,6})(等等|等|什么的)/g;

export default defineRule({
  id: 'ellipsis-with-deng',
  code: 'P05',
  category: 'punctuation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '省略号不与“等”“等等”“什么的”同时使用。',
    en: 'An ellipsis is not used together with 等, 等等 or 什么的.',
  },
  source: 'GB/T 15834-2011 附录A 省略号 [S13 shadafang][S13 yd166]',
  examples: { correct: ['猪肝、大豆、油菜、菠菜等'], incorrect: [{ text: '猪肝、大豆、油菜、菠菜……等', output: '猪肝、大豆、油菜、菠菜等' }] },
  check(ctx) {
    // Most letters have none: one test of the whole text (a block's text only differs by masked
    // ranges, blanked with spaces) saves a search per block.
    ELLIPSIS_DENG.lastIndex = 0;
    if (!ELLIPSIS_DENG.test(ctx.text)) return;
    eachMatch(ctx, ELLIPSIS_DENG, (m, at) => {
      ctx.report({
        range: [at, at + m[0].length],
        message: { zh: `省略号与${q(m[2])}不能同时使用，${q(m[0])}应为${q(m[2])}`, en: `An ellipsis and ${q(m[2])} are not used together; ${q(m[0])} should be ${q(m[2])}` },
        fix: { range: [at, at + m[1].length], text: '' },
      });
    });
  },
});
