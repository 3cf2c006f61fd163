import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

type DotPreference = 'either' | 'halfwidth' | 'fullwidth';

/**
 * N03 — a level-3 marker is an Arabic numeral with a 下脚点: 1. (or the full-width 1．, which
 * some guides prefer; the `dot` option picks one). 1、 is wrong. The parser only takes a marker
 * at a block start before text, so decimals (25.87%) and 1.2017年-style headings are not markers
 * of a wrong kind; "1. " with a space (a Markdown list) is accepted. 1， and 1： (taken as
 * markers only right before a Han character) are wrong too.
 */
export default defineRule({
  id: 'heading-l3-marker',
  code: 'N03',
  category: 'numbering',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '三级标题序号用阿拉伯数字加下脚点，如“1.”，不用“1、”。',
    en: 'A level-3 marker is an Arabic numeral with a full stop, e.g. “1.”, not “1、”.',
  },
  source: 'GB/T 9704-2012 §7.3.3; GB/T 15834-2011 附录B [S9 caiyes][S9 aissue]',
  examples: {
    correct: ['1.提升企业创新能力', '1．提升企业创新能力'],
    incorrect: [
      { text: '1、提升企业创新能力', output: '1.提升企业创新能力' },
      { text: '1，提升企业创新能力', output: '1.提升企业创新能力' },
      { text: '1：提升企业创新能力', output: '1.提升企业创新能力' },
    ],
  },
  optionsSchema: {
    type: 'object',
    properties: {
      dot: {
        enum: ['either', 'halfwidth', 'fullwidth'],
        description: 'Which dot a level-3 marker uses: either “.” or “．” (default), only “.”, or only “．”.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { dot: 'either' },
  check(ctx) {
    const pref = (ctx.options.dot as DotPreference | undefined) ?? 'either';
    const preferred = pref === 'fullwidth' ? '．' : '.';
    for (const s of ctx.parts.sections) {
      const m = s.heading.marker;
      if (m.kind !== 'arabic-dot' || m.close === undefined) continue;
      const at = m.numeralRange[1];
      const num = ctx.text.slice(m.numeralRange[0], at);
      if (m.close !== '.' && m.close !== '．') {
        const dun = m.close === '、';
        ctx.report({
          range: m.range,
          message: dun
            ? {
                zh: `三级标题序号${q(m.raw)}不应使用顿号，应为${q(num + preferred)}`,
                en: `Level-3 marker ${q(m.raw)} should not use 顿号; expected ${q(num + preferred)}`,
              }
            : {
                zh: `三级标题序号${q(m.raw)}用错标点${q(m.close)}，应为${q(num + preferred)}`,
                en: `Level-3 marker ${q(m.raw)} uses ${q(m.close)}; expected ${q(num + preferred)}`,
              },
          fix: { range: [at, at + 1], text: preferred },
        });
      } else if (pref !== 'either' && m.close !== preferred) {
        ctx.report({
          range: m.range,
          message: {
            zh: `三级标题序号${q(m.raw)}应使用${pref === 'fullwidth' ? '全角' : '半角'}下脚点，应为${q(num + preferred)}`,
            en: `Level-3 marker ${q(m.raw)} should use the ${pref === 'fullwidth' ? 'full-width' : 'half-width'} dot; expected ${q(num + preferred)}`,
          },
          fix: { range: [at, at + 1], text: preferred },
        });
      }
    }
  },
});
