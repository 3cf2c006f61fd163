import { defineRule } from '../rule';
import { checkDocNumber } from '../../analysis/doc-number-checks';
import { rangeOf } from '../../text/spans';

/**
 * H07 — the year in the letter's own 发文字号 has four Arabic digits (cited numbers:
 * cite-docnum-format, C03). The suggestion takes the century from the 成文日期.
 */
export default defineRule({
  id: 'doc-number-year-full',
  code: 'H07',
  category: 'header',
  severity: 'error',
  fixable: 'suggest',
  docs: {
    zh: '发文字号的年份用阿拉伯数字标全称（四位），如“〔2023〕”。',
    en: 'The year in a document number is written in full with four Arabic digits, e.g. “〔2023〕”.',
  },
  source: '“年份应标全称” [S2]; “如‘87’‘93’等均属标识不正确” [S2 021yin]',
  examples: {
    correct: ['〔2023〕'],
    incorrect: [
      { text: '厦工信函〔23〕25号', in: 'doc-number' },
      { text: '厦工信函〔二〇二三〕25号', in: 'doc-number' },
    ],
  },
  check(ctx) {
    const d = ctx.parts.docNumber;
    if (!d) return;
    for (const f of checkDocNumber(ctx.text, d, { issueYear: ctx.parts.issueDate?.year })) {
      if (f.problem !== 'year-full') continue;
      ctx.report({ range: rangeOf(d), message: f.message, suggestions: f.suggestion ? [{ ...f.suggestion, title: { zh: '写全年份', en: 'Write the full year' } }] : undefined });
    }
  },
});
