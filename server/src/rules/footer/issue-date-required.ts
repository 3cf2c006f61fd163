import { defineRule } from '../rule';
import { footerAnchor, issuerBlock, looksTruncated } from '../../analysis/footer';

/**
 * F05 — the 成文日期 closes the letter, under the 发文机关署名. Missing: error. Its written form
 * (`20241018`, `2023-4-10`, `二〇二三年四月十日`, zero padding) is date-format-cn's (D01) and
 * date-no-leading-zero's (D02), which fix it; this rule does not report it twice.
 */
export default defineRule({
  id: 'issue-date-required',
  code: 'F05',
  category: 'footer',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '发文机关署名后应有成文日期，用阿拉伯数字写作“2023年4月10日”。',
    en: 'The issuing organ’s signature is followed by the date, written in Arabic numerals as “2023年4月10日”.',
  },
  source: '条例第九条(十二) [S8]；GB/T 9704-2012 §7.3.5 [S3]',
  examples: { correct: ['厦门市工业和信息化局\n2023年4月10日'], incorrect: ['厦门市工业和信息化局\n（没有成文日期）'] },
  check(ctx) {
    if (!ctx.profile.require.issueDate) return;
    const p = ctx.parts;
    if (!p.issueDateBlock) {
      if (looksTruncated(ctx) || p.body.length === 0) return;
      ctx.report({
        range: footerAnchor(ctx),
        message: {
          zh: issuerBlock(ctx) ? '发文机关署名后缺少成文日期（如“2023年4月10日”）' : '缺少成文日期（如“2023年4月10日”）',
          en: issuerBlock(ctx) ? 'Missing the date under the issuing organ (e.g. “2023年4月10日”)' : 'Missing the date of the letter (e.g. “2023年4月10日”)',
        },
      });
      return;
    }
  },
});
