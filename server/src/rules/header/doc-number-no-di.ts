import { defineRule } from '../rule';
import { checkDocNumber } from '../../analysis/doc-number-checks';
import { rangeOf } from '../../text/spans';

/** H09 — no 第 before the serial number of the letter's own 发文字号 (not the suggestion number 第N号; cited numbers: C03). */
export default defineRule({
  id: 'doc-number-no-di',
  code: 'H09',
  category: 'header',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '发文字号的序号前不加“第”字。',
    en: 'No “第” before the serial number of a document number.',
  },
  source: '“不加‘第’字” [S2]',
  examples: { correct: ['〔2023〕25号'], incorrect: [{ text: '厦工信函〔2023〕第25号', in: 'doc-number', output: '厦工信函〔2023〕25号' }] },
  check(ctx) {
    const d = ctx.parts.docNumber;
    if (!d) return;
    for (const f of checkDocNumber(ctx.text, d)) {
      if (f.problem !== 'di') continue;
      ctx.report({ range: rangeOf(d), message: f.message, fix: f.fix });
    }
  },
});
