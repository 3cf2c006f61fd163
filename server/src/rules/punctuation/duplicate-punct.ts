import { defineRule } from '../rule';
import { doubledRuns } from '../../analysis/doubled-marks';
import { q } from '../../analysis/finding';

const STRENGTH: Record<string, number> = { '、': 1, '，': 2, ',': 2, '：': 3, ':': 3, '；': 4, ';': 4, '。': 5 };
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；' };

/**
 * P04 — no repeated or conflicting point marks: ，， 。。 、、 ，。 。， ；。 ：： (and their ASCII
 * forms). ？！, …… and —— are allowed combinations; 。。。 (a typed ellipsis) is left to the
 * writer. The fix keeps the stronger mark.
 */
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
  examples: {
    correct: ['支持。', '真的吗？！'],
    incorrect: [
      { text: '支持。。', output: '支持。' },
      { text: '措施，。', output: '措施。' },
      { text: '企业、、单位', output: '企业、单位' },
    ],
  },
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
