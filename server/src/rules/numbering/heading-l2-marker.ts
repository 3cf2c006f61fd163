import { defineRule } from '../rule';
import { bracketWidthFinding, missingOpeningFinding } from '../../analysis/markers';

/**
 * N02 — a level-2 marker is a Chinese numeral in full-width round brackets: （一）. ASCII brackets
 * (一) are a width question: when fullwidth-punct aggregates a scraped letter's ASCII marks it
 * converts them (and this rule stays silent); otherwise the marker's brackets are this rule's.
 * A mixed pair （一) is always reported here, and so is 一） with no opening bracket (with
 * suggestions: （一） or 一、).
 */
export default defineRule({
  id: 'heading-l2-marker',
  code: 'N02',
  category: 'numbering',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '二级标题序号用全角圆括号括汉字数字，如“（一）”。',
    en: 'A level-2 marker is a Chinese numeral in full-width round brackets, e.g. “（一）”.',
  },
  source: 'GB/T 9704-2012 §7.3.3 [S9]; P01/P02',
  examples: {
    correct: ['（一）完善政策举措'],
    incorrect: [
      { text: '(一)完善政策举措', output: '（一）完善政策举措' },
      { text: '（一)完善政策举措', output: '（一）完善政策举措' },
      { text: '一）完善政策举措', output: null },
    ],
  },
  check(ctx) {
    for (const s of ctx.parts.sections) {
      const m = s.heading.marker;
      if (m.kind !== 'cn-paren') continue;
      if (m.open === undefined) {
        ctx.report(missingOpeningFinding(ctx, m, '、'));
        continue;
      }
      const f = bracketWidthFinding(ctx, m, '二级标题序号', 'Level-2 marker');
      if (f) ctx.report(f);
    }
  },
});
