import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

/**
 * N05 — nothing follows a bracketed marker (（一）、 （1）. ⑴、), and 一、 / 1. are not doubled
 * (一、、 1.、). The parser records such marks as the marker's `trailing` range.
 */
export default defineRule({
  id: 'marker-no-trailing-punct',
  code: 'N05',
  category: 'numbering',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '加括号的序号后不加任何标点，“一、”“1.”后不再重复加标点。',
    en: 'No punctuation follows a bracketed marker, and “一、” or “1.” is not followed by another mark.',
  },
  source: 'GB/T 15834-2011 附录B “加括号的序次语后面不用任何点号” [S9 aissue][S9 caiyes][S9 haomeiwen]',
  examples: {
    correct: ['（一）完善政策举措', '1.提升企业创新能力'],
    incorrect: [
      { text: '（一）、完善政策举措', output: '（一）完善政策举措' },
      { text: '（1）.加强', output: '（1）加强' },
      { text: '一、、办理工作背景', output: '一、办理工作背景' },
      { text: '1.、提升', output: '1.提升' },
    ],
  },
  check(ctx) {
    for (const s of ctx.parts.sections) {
      const m = s.heading.marker;
      if (!m.trailing) continue;
      const extra = ctx.text.slice(m.trailing[0], m.trailing[1]);
      const raw = ctx.text.slice(m.range[0], m.trailing[1]);
      ctx.report({
        range: [m.range[0], m.trailing[1]],
        message: {
          zh: `序号${q(raw)}后多了标点${q(extra)}，应为${q(m.raw)}`,
          en: `Marker ${q(raw)} has a stray ${q(extra)} after it; expected ${q(m.raw)}`,
        },
        fix: { range: m.trailing, text: '' },
      });
    }
  },
});
