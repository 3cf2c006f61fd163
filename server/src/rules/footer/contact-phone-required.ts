import { defineRule } from '../rule';
import { fieldsOf, footerAnchor, looksTruncated } from '../../analysis/footer';
import { q } from '../../analysis/finding';

const PHONE = /\d[\d\-—－ ]{5,}\d/;

/**
 * F03 — a contact phone is given: `联系电话：…` / `电话：…`, or a number inside the contact
 * line (`联系人及电话：张三 1512…`). Its format is contact-phone-format's (D12). Only when the
 * profile requires it (`require.phone`).
 */
export default defineRule({
  id: 'contact-phone-required',
  code: 'F03',
  category: 'footer',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '答复应写明联系电话（如“联系电话：2896599”）；由配置方案决定是否要求。',
    en: 'The reply gives a contact phone number (e.g. “联系电话：2896599”) when the profile requires it.',
  },
  source: '经办人员的姓名、联系电话 [S26]；附注 [S6]',
  examples: {
    correct: ['联系电话：2896599', '联系人及电话：杨谦堂 15126801666'],
    incorrect: [
      { text: '', in: 'phone', profile: 'xiamen', note: '没有联系电话 / no phone number' },
      { text: '联系电话：', in: 'phone', profile: 'xiamen' },
    ],
  },
  check(ctx) {
    if (!ctx.profile.require.phone || looksTruncated(ctx)) return;
    const phones = fieldsOf(ctx, ['phone', 'contactPhone']);
    const inContact = fieldsOf(ctx, ['contact']).some((f) => PHONE.test(f.fieldValue));
    if (phones.length === 0 && !inContact) {
      ctx.report({
        range: footerAnchor(ctx),
        message: { zh: `缺少联系电话（如${q('联系电话：2896599')}）`, en: `Missing contact phone (e.g. ${q('联系电话：2896599')})` },
      });
      return;
    }
    for (const f of phones) {
      if (!/\d{3,}/.test(f.fieldValue.replace(/[\s\-—－]/g, ''))) {
        ctx.report({
          range: f.labelRange,
          message: { zh: `${q(f.label)}后缺少号码（如${q('联系电话：2896599')}）`, en: `${q(f.label)} has no number (e.g. ${q('联系电话：2896599')})` },
        });
      }
    }
  },
});
