import { defineRule, type Suggestion } from '../rule';
import { combinedFix } from '../../analysis/edits';
import { endOf, startOf } from '../../text/spans';
import { enumNumeralRange, enumRuns, enumWith, missedByParser } from '../../analysis/enumerations';
import { toChineseNumeral } from '../../text/chars';
import type { EnumItem } from '../../parse/types';
import { q } from '../../analysis/finding';

/**
 * N08 — inline enumerators (一是…二是…, 第一，第二，, 其一，其二，) count from 一 without gaps or
 * repeats. A run lives in one section and continues across its paragraphs; each heading marker
 * starts afresh, and so does a new 一是 (two runs in one paragraph are fine). The parser only
 * takes enumerators at a clause start, so when a number seems missing but its text stands
 * between the neighbours (我局一是…，二是…), the run is taken as complete.
 */
export default defineRule({
  id: 'inline-enum-sequence',
  code: 'N08',
  category: 'numbering',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '段内列举“一是……二是……”“第一，第二，”从“一”开始依次排列，不跳号、不重号。',
    en: 'Inline enumerations (一是…二是…, 第一，第二，) count from 一 with no gaps or repeats.',
  },
  source: 'project requirement; numeral series [S9 85l]',
  examples: { correct: ['一是……二是……三是……'], incorrect: ['一是完善配套政策；二是出台支持措施；四是加强研发。', '一是完善配套政策；二是出台支持措施；二是加强研发。'] },
  check(ctx) {
    for (const run of enumRuns(ctx.tree, ctx.text)) {
      let expected = 1;
      let prevEnd = run.segmentStart;
      let offered = false;
      for (let i = 0; i < run.items.length; i++) {
        const e = run.items[i];
        if (e.ordinal > expected && missedByParser(ctx.text, e, expected, prevEnd)) {
          expected = e.ordinal;
        }
        if (e.ordinal !== expected) {
          const want = enumWith(e, expected);
          const repeat = e.ordinal < expected;
          const suggestions: Suggestion[] = [
            {
              range: enumNumeralRange(e),
              text: toChineseNumeral(expected),
              title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` },
            },
          ];
          // "Renumber the rest" only with the run's first finding (linear time on long runs).
          const rest = offered ? [] : following(ctx.text, run.items, i, expected);
          offered = true;
          if (rest.length > 1) suggestions.push({ ...combinedFix(ctx.text, rest), title: { zh: '重排其后的列举编号', en: 'Renumber this and the following items' } });
          ctx.report({
            range: [startOf(e), endOf(e)],
            message: repeat
              ? { zh: `列举序号${q(e.raw)}重复，应为${q(want)}`, en: `Enumerator ${q(e.raw)} repeats; expected ${q(want)}` }
              : { zh: `列举序号${q(e.raw)}不连续，应为${q(want)}`, en: `Enumerator ${q(e.raw)} is out of sequence; expected ${q(want)}` },
            suggestions,
          });
          const next = run.items[i + 1]?.ordinal;
          if (next !== expected + 1) expected = e.ordinal;
        }
        expected++;
        prevEnd = endOf(e);
      }
    }
  },
});

function following(text: string, items: EnumItem[], i: number, expected: number) {
  const edits: Array<{ range: [number, number]; text: string }> = [];
  for (let k = i; k < items.length; k++) {
    const r = enumNumeralRange(items[k]);
    const want = toChineseNumeral(expected + (k - i));
    if (text.slice(r[0], r[1]) !== want) edits.push({ range: r, text: want });
  }
  return edits;
}
