import { defineRule } from '../rule';
import { fieldsOf, footerAnchor, looksTruncated } from '../../analysis/footer';
import { q } from '../../analysis/finding';

/**
 * F02 — a contact person is named: `联系人：张三` in the signature block or the 附注
 * `（联系人：张三，电话：…）`; `联系人及电话：张三 1512…` counts too. Only when the profile
 * requires it (`require.contact`).
 */
export default defineRule({
  id: 'contact-person-required',
  code: 'F02',
  category: 'footer',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '答复应写明联系人（如“联系人：张三”）；由配置方案决定是否要求。',
    en: 'The reply names a contact person (e.g. “联系人：张三”) when the profile requires it.',
  },
  source: '经办人员的姓名、联系电话 [S26]；附注 [S6]',
  examples: {
    correct: ['联系人：邱忠强', '（联系人：张三，电话：2896599）'],
    incorrect: [
      { text: '', in: 'contact', profile: 'xiamen', note: '没有联系人 / no contact person' },
      { text: '联系人：', in: 'contact', profile: 'xiamen' },
    ],
  },
  check(ctx) {
    if (!ctx.profile.require.contact || looksTruncated(ctx)) return;
    const contacts = fieldsOf(ctx, ['contact', 'contactPhone']);
    if (contacts.length === 0) {
      ctx.report({
        range: footerAnchor(ctx),
        message: { zh: `缺少联系人（如${q('联系人：张三')}）`, en: `Missing contact person (e.g. ${q('联系人：张三')})` },
      });
      return;
    }
    for (const f of contacts) {
      // 联系人及电话：6211754 may name the office only; a bare 联系人： names nobody.
      if (f.kind !== 'contact' || f.fieldValue.replace(/[\d\s\-—－()（）]+/g, '') !== '') continue;
      ctx.report({
        range: f.labelRange,
        message: { zh: `${q(f.label)}后缺少姓名（如${q('联系人：张三')}）`, en: `${q(f.label)} has no name (e.g. ${q('联系人：张三')})` },
      });
    }
  },
});
