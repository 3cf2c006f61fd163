import { defineRule } from '../rule';
import { checkDocNumber } from '../../analysis/doc-number-checks';
import { rangeOf } from '../../text/spans';

/** H08 — no leading zeros in the serial number (不编虚位) in the letter's own 发文字号 (cited numbers: C03). */
export default defineRule({
  id: 'doc-number-no-leading-zero',
  code: 'H08',
  category: 'header',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '发文字号的序号不编虚位（1不编为01或001）。',
    en: 'The serial number of a document number has no leading zeros (1, not 01 or 001).',
  },
  source: '“序号不编虚位（即1不编为01或001）” [S2]',
  examples: {
    correct: ['〔2023〕5号'],
    incorrect: [
      { text: '厦工信函〔2023〕05号', in: 'doc-number', output: '厦工信函〔2023〕5号' },
      { text: '厦工信函〔2023〕005号', in: 'doc-number', output: '厦工信函〔2023〕5号' },
    ],
  },
  check(ctx) {
    const d = ctx.parts.docNumber;
    if (!d) return;
    for (const f of checkDocNumber(ctx.text, d)) {
      if (f.problem !== 'leading-zero') continue;
      ctx.report({ range: rangeOf(d), message: f.message, fix: f.fix });
    }
  },
});
