import { defineRule } from './rule';
import { q, slice } from './util';

/** H06 — the year of a 发文字号 goes in 六角括号 〔〕 (header and cited numbers). */
export default defineRule({
  id: 'doc-number-brackets',
  code: 'H06',
  category: 'header',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '发文字号的年份用六角括号“〔〕”括入，不用方括号、圆括号或其他形近符号。',
    en: 'The year in a document number is enclosed in 六角括号 〔〕, not square or round brackets or look-alikes.',
  },
  check(ctx) {
    for (const d of ctx.parts.docNumbers) {
      const open = slice(ctx, d.yearOpen);
      const close = slice(ctx, d.yearClose);
      if (open === '〔' && close === '〕') continue;
      const start = d.yearOpen[0];
      const end = d.yearClose[1];
      const fixed = '〔' + ctx.text.slice(start + 1, end - 1).trim() + '〕';
      ctx.report({
        range: [d.position.start.offset!, d.position.end.offset!],
        message: {
          zh: `发文字号${q(d.raw)}的年份应使用六角括号，应为${q(d.agency + fixed + ctx.text.slice(end, d.position.end.offset!))}`,
          en: `The year in document number ${q(d.raw)} takes 〔〕; expected ${q(d.agency + fixed + ctx.text.slice(end, d.position.end.offset!))}`,
        },
        fix: { range: [start, end], text: fixed },
      });
    }
  },
});
