import { defineRule } from '../rule';
import { inTitle } from '../../analysis/prose';
import { eachMatchAt, rareMarkHits } from '../../analysis/punct-scan';
import { q } from '../../analysis/finding';
import { startOf } from '../../text/spans';

/**
 * P06 — the 破折号 is two em dashes “——”. A hyphen, en dash, -- or a full-width hyphen between
 * two Chinese phrases (or after a closing quote or bracket) is flagged, with “——” and the
 * 一字线 “—” (for a connection such as 北京—上海) as suggestions. A single “—” between Han
 * characters is a correct 一字线 and is left alone, except right after a closing quote or
 * bracket. Number ranges are range-connector's (D04).
 */
const DASH = /(?<=[\u4e00-\u9fff”’》）)])(--|-|–|－|—(?!—))(?=[\u4e00-\u9fff“‘《（(])/y;
// Every match begins with one of - – － —: DASH (which starts with a lookbehind) is only tried
// at those characters, found by the shared scan.
const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0xff0d || c === 0x2014;

export default defineRule({
  id: 'dash-form',
  code: 'P06',
  category: 'punctuation',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '破折号写作两个字身长的“——”，不用短横线“-”“--”或一个“—”代替。',
    en: 'The 破折号 is the two-em “——”, not a hyphen, -- or a single “—”.',
  },
  source: 'GB/T 15834-2011 破折号、连接号 [S11 zgkjsz][S11 mzph]',
  examples: { correct: ['“创新飞地”——厦门科学城'], incorrect: ['“创新飞地”-厦门科学城', '实施规划--文化和旅游融合发展专项规划'] },
  check(ctx) {
    eachMatchAt(ctx, rareMarkHits(ctx), isDash, DASH, (at, end, block) => {
      const before = ctx.text[at - 1];
      const base = startOf(block);
      const d = block.value.slice(at - base, end - base);
      // A single 一字线 between Han characters is a connection (北京—上海), correct as it is.
      if (d === '—' && /[\u4e00-\u9fff]/.test(before)) return;
      const fixed = '——';
      const ctxText = ctx.text.slice(Math.max(0, at - 4), at) + fixed + ctx.text.slice(at + d.length, at + d.length + 4);
      const title = inTitle(ctx, at);
      ctx.report({
        range: [at, at + d.length],
        // A title may officially use a hyphen; “--” is never a real form.
        severity: title && d !== '--' ? 'info' : 'warning',
        message: {
          zh: `${q(d)}用作破折号不规范，破折号应为“——”（如${q(ctxText)}）${title ? '；书名号内请以正式标题为准' : ''}`,
          en: `${q(d)} used as a dash; the 破折号 is “——” (e.g. ${q(ctxText)})${title ? '; inside 《》 follow the official title' : ''}`,
        },
        suggestions: [
          { range: [at, at + d.length], text: '——', title: { zh: '改为破折号“——”', en: 'Change to the dash “——”' } },
          ...(d === '—' ? [] : [{ range: [at, at + d.length] as [number, number], text: '—', title: { zh: '改为连接号“—”', en: 'Change to the connector “—”' } }]),
        ],
      });
    });
  },
});
