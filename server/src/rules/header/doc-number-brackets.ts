import { defineRule } from '../rule';
import { checkDocNumber } from '../../analysis/doc-number-checks';
import { rangeOf } from '../../text/spans';

/** H06 — the year of the letter's own 发文字号 goes in 六角括号 〔〕 (cited numbers: C03). */
export default defineRule({
  id: 'doc-number-brackets',
  code: 'H06',
  category: 'header',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '发文字号的年份用六角括号“〔〕”括入，不用方括号、圆括号或其他形近符号。',
    en: 'The year in a document number is enclosed in 六角括号 〔〕, not square or round brackets or look-alikes.',
  },
  source: 'GB/T 9704-2012 §7.2.5; 《党政机关公文处理工作条例》第九条(五) [S2]',
  examples: {
    correct: ['厦工信函〔2023〕25号'],
    incorrect: [
      { text: '厦工信函[2023]25号', output: '厦工信函〔2023〕25号' },
      { text: '厦工信函（2023）25号', output: '厦工信函〔2023〕25号' },
      { text: '厦工信函【2023】25号', output: '厦工信函〔2023〕25号' },
    ],
  },
  check(ctx) {
    const d = ctx.parts.docNumber;
    if (!d) return;
    for (const f of checkDocNumber(ctx.text, d)) {
      if (f.problem === 'brackets') ctx.report({ range: rangeOf(d), message: f.message, fix: f.fix });
    }
  },
});
