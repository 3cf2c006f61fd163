import { defineRule } from '../rule';
import { bracketWidthFinding, missingOpeningFinding } from '../../analysis/markers';
import { q } from '../../analysis/finding';

/**
 * N04 — a level-4 marker is an Arabic numeral in full-width round brackets: （1）; ⑴ is accepted
 * unless the `allowCircled` option is off. ASCII (1) is a width question (see N02); 1) / 1）,
 * with no opening bracket, is reported with suggestions, since it may stand for 1. or （1）.
 */
export default defineRule({
  id: 'heading-l4-marker',
  code: 'N04',
  category: 'numbering',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '四级标题序号用全角圆括号括阿拉伯数字，如“（1）”。',
    en: 'A level-4 marker is an Arabic numeral in full-width round brackets, e.g. “（1）”.',
  },
  source: 'GB/T 9704-2012 §7.3.3 [S9]',
  examples: {
    correct: ['（1）加强研发平台建设'],
    incorrect: [
      { text: '(1)加强研发平台建设', output: '（1）加强研发平台建设' },
      { text: '1)加强研发平台建设', output: null },
      { text: '（1)加强研发平台建设', output: '（1）加强研发平台建设' },
    ],
  },
  optionsSchema: {
    type: 'object',
    properties: {
      allowCircled: { type: 'boolean', description: 'Accept ⑴ ⑵ ⑶ as level-4 markers (default true).' },
    },
    additionalProperties: false,
  },
  defaultOptions: { allowCircled: true },
  check(ctx) {
    const allowCircled = ctx.options.allowCircled !== false;
    for (const s of ctx.parts.sections) {
      const m = s.heading.marker;
      if (m.kind === 'arabic-paren') {
        const f = bracketWidthFinding(ctx, m, '四级标题序号', 'Level-4 marker');
        if (f) ctx.report(f);
      } else if (m.kind === 'arabic-half-paren') {
        ctx.report(missingOpeningFinding(ctx, m, '.'));
      } else if (m.kind === 'circled' && m.level === 4 && !allowCircled) {
        const want = `（${m.ordinal}）`;
        ctx.report({
          range: m.range,
          message: { zh: `四级标题序号${q(m.raw)}应为${q(want)}`, en: `Level-4 marker ${q(m.raw)} should be ${q(want)}` },
          fix: { range: m.range, text: want },
        });
      }
    }
  },
});
