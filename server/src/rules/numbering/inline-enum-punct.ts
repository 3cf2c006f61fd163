import { defineRule } from '../rule';
import { isEnumerator } from '../../analysis/enumerations';
import { startOf } from '../../text/spans';
import { q } from '../../analysis/finding';

/**
 * N09 — 第一 / 其一 / 首先 / 其次 used as enumerators take a comma (第一，), not 、 or ：; 一是
 * takes no mark at all (一是、 → 一是). Only enumerators the parser found at a clause start are
 * judged, and 第二、三季度 (a list of ordinals) is prose. An ASCII comma after 第一 is a width
 * question only (fullwidth-punct's).
 */
export default defineRule({
  id: 'inline-enum-punct',
  code: 'N09',
  category: 'numbering',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '“第一”“其一”“首先”“其次”等序次语后用逗号，“一是”后不加标点。',
    en: '“第一”, “其一”, “首先” and “其次” take a comma; “一是” takes no punctuation.',
  },
  source: 'GB/T 15834-2011 附录B “‘第’‘其’字头序次语，或‘首先’类序次语，后用逗号” [S9 aissue][S9 5imtv]',
  examples: {
    correct: ['第一，加强统筹', '一是加强统筹'],
    incorrect: [
      { text: '第一、加强统筹', output: '第一，加强统筹' },
      { text: '第一：加强统筹', output: '第一，加强统筹' },
      { text: '一是、加强统筹', output: '一是加强统筹' },
    ],
  },
  check(ctx) {
    for (const e of ctx.parts.enumItems) {
      if (!e.punct || !isEnumerator(ctx.text, e)) continue;
      const mark = ctx.text.slice(e.punct[0], e.punct[1]);
      const raw = ctx.text.slice(startOf(e), e.punct[1]);
      if (e.style === 'shi') {
        ctx.report({
          range: [startOf(e), e.punct[1]],
          message: {
            zh: `列举序号${q(raw)}后不加标点，应为${q(e.raw)}`,
            en: `Enumerator ${q(raw)} takes no punctuation; expected ${q(e.raw)}`,
          },
          fix: { range: e.punct, text: '' },
        });
      } else if (mark !== '，' && mark !== ',') {
        const want = e.raw + '，';
        ctx.report({
          range: [startOf(e), e.punct[1]],
          message: {
            zh: `序次语${q(raw)}后应用逗号，应为${q(want)}`,
            en: `Enumerator ${q(raw)} takes a comma; expected ${q(want)}`,
          },
          fix: { range: e.punct, text: '，' },
        });
      }
    }
  },
});
