import { defineRule } from './rule';
import { numeralFor, siblingGroups } from './markers';
import { q } from './util';

/**
 * N06 — siblings under one parent count 一、二、三 / （一）（二） / 1. 2. / （1）（2） from the
 * first, with no gaps and no repeats; numbering restarts under each new parent.
 */
export default defineRule({
  id: 'numbering-sequence',
  code: 'N06',
  category: 'numbering',
  severity: 'error',
  fixable: 'suggest',
  docs: {
    zh: '同一层级的序号从“一”或“1”开始依次排列，不跳号、不重号；每个上级标题下重新编号。',
    en: 'Siblings at one level count up from 一 or 1 with no gaps or repeats; numbering restarts under each parent.',
  },
  check(ctx) {
    for (const group of siblingGroups(ctx)) {
      let expected = 1;
      for (const s of group) {
        const m = s.heading.marker;
        if (m.ordinal !== expected) {
          const want = numeralFor(m, expected);
          const wantRaw = ctx.text.slice(m.range[0], m.numeralRange[0]) + want + ctx.text.slice(m.numeralRange[1], m.range[1]);
          const repeat = m.ordinal < expected;
          ctx.report({
            range: m.range,
            message: repeat
              ? { zh: `编号${q(m.raw)}重复，应为${q(wantRaw)}`, en: `Numbering ${q(m.raw)} repeats; expected ${q(wantRaw)}` }
              : { zh: `编号${q(m.raw)}不连续，应为${q(wantRaw)}`, en: `Numbering ${q(m.raw)} is out of sequence; expected ${q(wantRaw)}` },
            suggestions: [{
              range: m.numeralRange,
              text: want,
              title: { zh: `改为${q(wantRaw)}`, en: `Change to ${q(wantRaw)}` },
            }],
          });
        }
        expected = expected + 1;
      }
    }
  },
});
