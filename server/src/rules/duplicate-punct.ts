import { defineRule } from './rule';
import { eachMatch } from './prose';
import { q } from './util';

/**
 * P04 — no repeated or conflicting point marks: ，， 。。 、、 ，。 。， ；。 ：： (and their ASCII
 * forms). ？！, …… and —— are allowed combinations; 。。。 (a typed ellipsis) is left to the
 * writer. The fix keeps the stronger mark.
 */
const PAIR = /[，,、。；;：:][，,、。；;：:]/g;
const STRENGTH: Record<string, number> = { '、': 1, '，': 2, ',': 2, '：': 3, ':': 3, '；': 4, ';': 4, '。': 5 };

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
    const seen = new Set<number>();
    eachMatch(ctx, PAIR, (m, at) => {
      if (seen.has(at)) return;
      const a = m[0][0];
      const b = m[0][1];
      // Runs of three or more 。 are a typed ellipsis, and 8:00-style numbers are not marks.
      if (a === '。' && b === '。' && (ctx.text[at + 2] === '。' || ctx.text[at - 1] === '。')) return;
      seen.add(at + 1);
      const keep = STRENGTH[b] > STRENGTH[a] ? b : a;
      const dropAt = keep === a ? at + 1 : at;
      ctx.report({
        range: [at, at + 2],
        message: { zh: `标点${q(m[0])}重复或叠用，应只保留${q(keep)}`, en: `Doubled marks ${q(m[0])}; keep only ${q(keep)}` },
        fix: { range: [dropAt, dropAt + 1], text: '' },
      });
    });
  },
});
