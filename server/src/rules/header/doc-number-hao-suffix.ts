import { defineRule } from '../rule';
import { checkDocNumber } from '../../analysis/doc-number-checks';
import { rangeOf } from '../../text/spans';

/** H10 — the letter's own 发文字号 ends with 号 (cited numbers: C03). */
export default defineRule({
  id: 'doc-number-hao-suffix',
  code: 'H10',
  category: 'header',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '发文字号由发文机关代字、年份、发文顺序号加“号”组成。',
    en: 'A document number ends with “号” after the serial number.',
  },
  source: '“发文字号由发文机关代字、年份、发文顺序号加‘号’组成” [S2]',
  examples: { correct: ['厦工信函〔2023〕25号'], incorrect: [{ text: '厦工信函〔2023〕25', output: '厦工信函〔2023〕25号' }] },
  check(ctx) {
    const d = ctx.parts.docNumber;
    if (!d) return;
    for (const f of checkDocNumber(ctx.text, d)) {
      if (f.problem !== 'hao') continue;
      ctx.report({ range: rangeOf(d), message: f.message, fix: f.fix });
    }
  },
});
