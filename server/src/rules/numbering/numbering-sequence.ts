import { defineRule } from '../rule';
import { combinedFix } from '../../analysis/edits';
import { markerWith, numeralFor } from '../../analysis/markers';
import { siblingGroups } from '../../analysis/sections';
import type { Section } from '../../parse/types';
import type { Suggestion } from '../rule';
import { q } from '../../analysis/finding';

/**
 * N06 — siblings under one parent count 一、二、三 / （一）（二） / 1. 2. / （1）（2） from the
 * first, with no gaps and no repeats; numbering restarts under each new parent (a letter whose
 * top level is 1. simply counts 1. 2. 3.). Each level under a parent is its own sequence, also
 * when a level was skipped (一、 → 1. 2.: the 1. 2. count from 1). After a finding the count
 * goes on from the marker found (or from the expected number when the next marker shows that
 * only this one slipped), so one slip is one finding, not a cascade.
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
  source: 'GB/T 9704-2012 §7.3.3 “依次”; [S9] 不应出现跳跃或重复',
  examples: {
    correct: ['（一）…（二）…（三）…', '1.… 2.… 3.…'],
    incorrect: [{ text: '（一）完善政策\n（二）出台措施\n（四）提升能力', in: 'body' }, '1. 2. 2.', { text: '一、办理工作背景\n三、措施与成效', in: 'body' }],
  },
  check(ctx) {
    for (const group of siblingGroups(ctx)) {
      if (markdownAutoList(ctx.text, ctx.tree.data.format, group)) continue;
      let expected = 1;
      let offered = false;
      for (let i = 0; i < group.length; i++) {
        const m = group[i].heading.marker;
        if (m.ordinal !== expected) {
          const want = numeralFor(m, expected);
          const wantRaw = markerWith(ctx.text, m, expected);
          const repeat = m.ordinal < expected;
          const suggestions: Suggestion[] = [{ range: m.numeralRange, text: want, title: { zh: `改为${q(wantRaw)}`, en: `Change to ${q(wantRaw)}` } }];
          // The "renumber the rest" suggestion goes with the first finding of a group only
          // (offering it on every finding would cost quadratic time on a long broken list).
          const rest = offered ? [] : following(ctx.text, group, i, expected);
          offered = true;
          if (rest.length > 1) {
            suggestions.push({ ...combinedFix(ctx.text, rest), title: { zh: '重排本级其后的编号', en: 'Renumber this and the following siblings' } });
          }
          ctx.report({
            range: m.range,
            message: repeat
              ? { zh: `编号${q(m.raw)}重复，应为${q(wantRaw)}`, en: `Numbering ${q(m.raw)} repeats; expected ${q(wantRaw)}` }
              : { zh: `编号${q(m.raw)}不连续，应为${q(wantRaw)}`, en: `Numbering ${q(m.raw)} is out of sequence; expected ${q(wantRaw)}` },
            suggestions,
          });
          // A slip in one marker (the next one goes on as expected) keeps the count; otherwise
          // the count resynchronises on the marker found.
          const next = group[i + 1]?.heading.marker.ordinal;
          if (next !== expected + 1) expected = m.ordinal;
        }
        expected = expected + 1;
      }
    }
  },
});

/** Edits renumbering group[i..] as expected, expected+1, … (numerals only). */
function following(text: string, group: Section[], i: number, expected: number) {
  const edits: Array<{ range: [number, number]; text: string }> = [];
  for (let k = i; k < group.length; k++) {
    const m = group[k].heading.marker;
    const want = numeralFor(m, expected + (k - i));
    if (text.slice(m.numeralRange[0], m.numeralRange[1]) !== want) edits.push({ range: [m.numeralRange[0], m.numeralRange[1]], text: want });
  }
  return edits;
}

/** A Markdown ordered list written 1. 1. 1. (the renderer numbers it): not a repeat. */
function markdownAutoList(text: string, format: string, group: Section[]): boolean {
  if (format !== 'md' || group.length < 2) return false;
  const first = group[0].heading.marker.ordinal;
  return group.every((s) => {
    const m = s.heading.marker;
    return m.kind === 'arabic-dot' && m.close === '.' && text[m.range[1]] === ' ' && m.ordinal === first;
  });
}
