import { defineRule } from '../rule';
import { footerAnchor, issuerBlock, looksTruncated } from '../../analysis/footer';
import { letterheadOrgan, sameOrgan } from '../../analysis/organs';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';

/**
 * F04 — the 发文机关署名 is present (error when missing) and names the organ the title (or the
 * letterhead) names, in full or as a standard short name (warning when they plainly differ).
 * Titles that start with 关于/对 name no organ: nothing to compare.
 */
export default defineRule({
  id: 'issuer-signature-matches',
  code: 'F04',
  category: 'footer',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '成文日期前应有发文机关署名，并与标题中的发文机关一致（全称或规范化简称）。',
    en: 'The issuing organ signs above the date, and it is the organ named in the title (full name or standard short name).',
  },
  source: '条例第九条(十一)(十三) [S8]',
  examples: {
    correct: ['厦门市工业和信息化局关于…的函 … 厦门市工业和信息化局\n2023年4月10日'],
    incorrect: [
      { text: '', in: 'issuer', note: '正文后直接写成文日期，没有发文机关署名 / the date follows the body with no issuer' },
      { text: '厦门市科学技术局', in: 'issuer', note: '标题：厦门市工业和信息化局关于…的函' },
    ],
  },
  check(ctx) {
    if (!ctx.profile.require.issuer) return;
    const found = issuerBlock(ctx);
    if (!found) {
      if (looksTruncated(ctx) || ctx.parts.body.length === 0) return;
      const eg = q(ctx.parts.title?.organ ?? letterheadOrgan(ctx) ?? '××市××局');
      ctx.report({
        range: footerAnchor(ctx),
        message: {
          zh: ctx.parts.issueDateBlock ? `成文日期前缺少发文机关署名（如${eg}）` : `缺少发文机关署名（如${eg}）`,
          en: ctx.parts.issueDateBlock ? `Missing the issuing organ’s signature above the date (e.g. ${eg})` : `Missing the issuing organ’s signature (e.g. ${eg})`,
        },
      });
      return;
    }
    const issuer = found.block.value.trim();
    const named = ctx.parts.title?.organ;
    const head = letterheadOrgan(ctx);
    const other = named ?? head;
    if (!other || sameOrgan(issuer, other)) return;
    ctx.report({
      range: rangeOf(found.block),
      severity: 'warning',
      message: {
        zh: `发文机关署名${q(issuer)}与${named ? '标题' : '版头'}中的${q(other)}不一致`,
        en: `The signing organ ${q(issuer)} differs from ${q(other)} in the ${named ? 'title' : 'letterhead'}`,
      },
    });
  },
});
