import { defineRule } from '../rule';
import { fieldsOf, footerAnchor, looksTruncated } from '../../analysis/footer';
import { q } from '../../analysis/finding';

/**
 * F01 — the reply names the leader who signed it (`领导署名：张三` / `签发人：张三`). A local
 * requirement: only when the profile asks for it (`require.signer`).
 */
export default defineRule({
  id: 'signer-required',
  code: 'F01',
  category: 'footer',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '答复应写明签发领导（如“领导署名：张三”或“签发人：张三”）；由配置方案决定是否要求。',
    en: 'The reply names the signing leader (e.g. “领导署名：张三” or “签发人：张三”) when the profile requires it.',
  },
  source: '负责人签发 [S18][S19][S20][S24]；条例第九条(六) [S8]',
  examples: {
    correct: ['领导署名：周桂良'],
    incorrect: [
      { text: '', in: 'signer', profile: 'xiamen', note: '没有领导署名或签发人 / no signer' },
      { text: '领导署名：', in: 'signer', profile: 'xiamen' },
    ],
  },
  check(ctx) {
    if (!ctx.profile.require.signer || looksTruncated(ctx)) return;
    const labels = ctx.profile.signerLabels;
    const signers = fieldsOf(ctx, ['signer']).filter((f) => labels.length === 0 || labels.includes(f.label) || f.kind === 'signer');
    const example = `${labels[0] ?? '领导署名'}：张三`;
    if (signers.length === 0) {
      ctx.report({
        range: footerAnchor(ctx),
        message: { zh: `缺少签发领导（如${q(example)}）`, en: `Missing the signing leader (e.g. ${q(example)})` },
      });
      return;
    }
    for (const f of signers) {
      if (f.fieldValue.trim() === '') {
        ctx.report({
          range: f.labelRange,
          message: { zh: `${q(f.label)}后缺少姓名（如${q(example)}）`, en: `${q(f.label)} has no name (e.g. ${q(example)})` },
        });
      }
    }
  },
});
