import { defineRule } from '../rule';
import { siblingGroups } from '../../analysis/sections';
import { q } from '../../analysis/finding';

/**
 * N10 — GB/T 9704 names four levels (一、（一）1.（1）); a fifth (①) is a hint. One finding per
 * sibling group, at its first marker. 1) with no opening bracket is N04's.
 */
export default defineRule({
  id: 'numbering-max-depth',
  code: 'N10',
  category: 'numbering',
  severity: 'info',
  fixable: false,
  docs: {
    zh: '结构层次序数一般不超过四层（一、（一）1.（1））。',
    en: 'Numbering goes at most four levels deep (一、（一）1.（1））.',
  },
  source: 'GB/T 9704-2012 §7.3.3 [S4]; “一般不能超过4个” [S9 85l] (convention)',
  examples: { correct: ['一、（一）1.（1）'], incorrect: ['（1）… ①…'] },
  check(ctx) {
    for (const group of siblingGroups(ctx)) {
      const m = group[0].heading.marker;
      if (m.level <= 4 || m.kind === 'arabic-half-paren') continue;
      ctx.report({
        range: m.range,
        message: {
          zh: `序号${q(m.raw)}属于第五层，结构层次一般不超过四层（“一、”“（一）”“1.”“（1）”）`,
          en: `Marker ${q(m.raw)} is a fifth level; numbering normally stops at four (“一、” “（一）” “1.” “（1）”)`,
        },
      });
    }
  },
});
