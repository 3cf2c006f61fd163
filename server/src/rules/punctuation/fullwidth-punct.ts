import { defineRule, type RuleContext } from '../rule';
import { q } from '../../analysis/finding';
import { marksBeforeClose, mixedPairs } from '../../analysis/brackets';
import { doubledMarkOffsets } from '../../analysis/doubled-marks';
import { endOf } from '../../text/spans';

/**
 * P01 — Chinese text uses full-width ，：；？！（）. A scraped letter with dozens of ASCII marks
 * gets one finding whose fix converts them all; otherwise each mark is its own finding, except
 * the ones a more specific rule owns (marker brackets, the salutation colon, field colons, the
 * half-width member of a mixed pair, a mark before a closing bracket…). Which marks count as
 * Chinese is decided once in parse/halfwidth.ts: an ASCII . only when it ends a Chinese
 * sentence (支持.), never in decimals, markers (1. / 一.) or Latin text; (MES) is left alone.
 */
export default defineRule({
  id: 'fullwidth-punct',
  code: 'P01',
  category: 'punctuation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '中文文本中的逗号、冒号、分号、问号、叹号、括号和句末句号使用全角形式（，：；？！（）。）；小数、时间、网址和纯西文括注除外。',
    en: 'Chinese text uses the full-width comma, colon, semicolon, question and exclamation marks, brackets and sentence-final full stop (，：；？！（）。); decimals, times, URLs and brackets around Latin-only text are exempt.',
  },
  source: 'GB/T 15834-2011 (Chinese text uses full-width marks) [S11 zgkjsz]; [S4][S5]',
  examples: {
    correct: ['郭海峰代表：', '（一）', '25.87%', '8:00'],
    incorrect: [
      { text: '完善配套政策,出台支持措施。', output: '完善配套政策，出台支持措施。' },
      { text: '(一)', output: '（一）' },
      { text: '主要做法有两项:一是完善配套政策;二是出台支持措施。', output: '主要做法有两项：一是完善配套政策；二是出台支持措施。' },
      { text: '支持.', output: '支持。' },
    ],
  },
  check(ctx) {
    const marks = ctx.tree.data.halfWidth;
    if (marks.length === 0) return;
    if (ctx.halfWidthAggregated) {
      const first = marks[0].offset;
      const last = marks[marks.length - 1].offset + 1;
      const edits = marks.map((m) => ({ range: [m.offset, m.offset + 1] as [number, number], text: m.replacement }));
      let out = '';
      let at = first;
      for (const m of marks) {
        out += ctx.text.slice(at, m.offset) + m.replacement;
        at = m.offset + 1;
      }
      out += ctx.text.slice(at, last);
      // Count per mark (indexed by character code, cheaper than a Map), in order of first appearance.
      const chars: string[] = [];
      const counts: number[] = [];
      for (const m of marks) {
        const c = m.char.charCodeAt(0);
        if (counts[c] === undefined) {
          chars.push(m.char);
          counts[c] = 0;
        }
        counts[c]++;
      }
      const list = chars.map((c) => `${c}×${counts[c.charCodeAt(0)]}`).join(' ');
      ctx.report({
        range: [first, first + 1],
        message: {
          zh: `全文有${marks.length}处半角标点（${list}），中文文本应使用全角标点`,
          en: `${marks.length} half-width punctuation marks (${list}) in Chinese text; use full-width marks`,
        },
        fix: { range: [first, last], text: out, edits },
      });
      return;
    }
    const owned = ownedOffsets(ctx);
    for (const m of marks) {
      if (owned.has(m.offset)) continue;
      ctx.report({
        range: [m.offset, m.offset + 1],
        message: {
          zh: `中文文本中的半角标点${q(m.char)}应为全角${q(m.replacement)}`,
          en: `Half-width ${q(m.char)} in Chinese text; expected full-width ${q(m.replacement)}`,
        },
        fix: { range: [m.offset, m.offset + 1], text: m.replacement },
      });
    }
  },
});

/** Characters whose width a more specific rule reports (with a more specific message). */
function ownedOffsets(ctx: RuleContext): Set<number> {
  const owned = new Set<number>();
  const p = ctx.parts;
  for (const s of p.sections) {
    const m = s.heading.marker;
    for (let i = m.range[0]; i < m.range[1]; i++) owned.add(i);
    if (m.trailing) for (let i = m.trailing[0]; i < m.trailing[1]; i++) owned.add(i);
  }
  if (p.salutation) owned.add(endOf(p.salutation) - 1);
  for (const f of p.fields) if (f.colon) owned.add(f.colon[0]);
  if (p.transition) owned.add(p.transition[1] - 1);
  const n = p.acknowledgement?.number;
  if (n) {
    owned.add(n.rawRange[0]);
    owned.add(n.rawRange[1] - 1);
  }
  for (const c of p.citations) {
    if (c.docNumberBrackets) {
      owned.add(c.docNumberBrackets.open[0]);
      owned.add(c.docNumberBrackets.close[0]);
    }
  }
  // A mixed pair (（一) is bracket-pairs' (P02); a mark before a closing bracket is deleted by
  // punct-before-closing-bracket (P03), not converted.
  for (const m of mixedPairs(ctx)) owned.add(m.half);
  for (const m of marksBeforeClose(ctx)) owned.add(m.at);
  // A doubled run (,， / :：) is duplicate-punct's, which keeps one full-width mark.
  for (const at of doubledMarkOffsets(ctx)) owned.add(at);
  return owned;
}
