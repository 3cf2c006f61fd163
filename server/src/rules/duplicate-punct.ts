import { defineRule } from './rule';
import { eachMatch, textChars } from './prose';
import { charSet } from '../text/char-index';
import { q } from './util';

/**
 * P04 — no repeated or conflicting point marks: ，， 。。 、、 ，。 。， ；。 ：： (and their ASCII
 * forms). ？！, …… and —— are allowed combinations; 。。。 (a typed ellipsis) is left to the
 * writer. The fix keeps the stronger mark.
 */
const RUN = /[，,、。；;：:]{2,8}/g;
const POINT_MARKS = charSet('，,、。；;：:');
const STRENGTH: Record<string, number> = { '、': 1, '，': 2, ',': 2, '：': 3, ':': 3, '；': 4, ';': 4, '。': 5 };
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；' };

interface Run {
  at: number;
  run: string;
}

/**
 * Doubled runs of point marks, found once per letter and shared with fullwidth-punct. Marks right
 * before a closing bracket are punct-before-closing-bracket's (it deletes them), and three or
 * more 。 are a typed ellipsis, not a doubled full stop.
 */
function doubledRuns(ctx: Parameters<typeof eachMatch>[0]): Run[] {
  const cache = ctx.tree.data as unknown as { _doubledRuns?: Run[] };
  if (cache._doubledRuns) return cache._doubledRuns;
  const out: Run[] = [];
  // Most letters have no doubled mark at all: two adjacent offsets in the character index of the
  // text (a block's text only differs by masked ranges, blanked with spaces) are needed for any.
  const marks = textChars(ctx).positions(POINT_MARKS);
  let adjacent = false;
  for (let k = 1; k < marks.length && !adjacent; k++) adjacent = marks[k] === marks[k - 1] + 1;
  if (!adjacent) return (cache._doubledRuns = out);
  eachMatch(ctx, RUN, (m, at) => {
    const run = m[0];
    // (At the very end of the text there is no bracket: ''.includes would say yes.)
    const next = ctx.text[at + run.length];
    if (next !== undefined && '）)》”'.includes(next)) return;
    if (/^。{3,}$/.test(run)) return;
    out.push({ at, run });
  });
  return (cache._doubledRuns = out);
}

/** Offsets of the marks in doubled runs (fullwidth-punct leaves their width to this rule). */
export function doubledMarkOffsets(ctx: Parameters<typeof eachMatch>[0]): number[] {
  const out: number[] = [];
  for (const { at, run } of doubledRuns(ctx)) for (let i = 0; i < run.length; i++) out.push(at + i);
  return out;
}

export default defineRule({
  id: 'duplicate-punct',
  code: 'P04',
  category: 'punctuation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '点号不重复、不叠用（如“，，”“。。”“，。”），保留语气更强的一个。',
    en: 'Point marks are not doubled or stacked (，， 。。 ，。); keep the stronger one.',
  },
  source: 'GB/T 15834-2011 (only defined combinations) [S13]',
  examples: { correct: ['支持。', '真的吗？！'], incorrect: ['支持。。', '措施，。', '企业、、单位'] },
  check(ctx) {
    for (const { at, run } of doubledRuns(ctx)) {
      let keep = run[0];
      for (const c of run) if (STRENGTH[c] > STRENGTH[keep] || (STRENGTH[c] === STRENGTH[keep] && !FULL[c] && FULL[keep])) keep = c;
      const want = FULL[keep] ?? keep;
      ctx.report({
        range: [at, at + run.length],
        message: { zh: `标点${q(run)}重复或叠用，应只保留${q(want)}`, en: `Doubled marks ${q(run)}; keep only ${q(want)}` },
        fix: { range: [at, at + run.length], text: want },
      });
    }
  },
});
