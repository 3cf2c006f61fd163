import { defineRule } from '../rule';
import { blockSeparator, footerInsertPoint, looksTruncated } from '../../analysis/footer';
import { q } from '../../analysis/finding';
import { endOf, rangeOf } from '../../text/spans';

/**
 * F07 — the 公开属性 is stated, normally as 附注 `（此件主动公开）` under the date; required by
 * the profile (`require.disclosure`, e.g. Xiamen). A stated value must be one of the profile's
 * values (any profile), and 不予公开 should give its reason.
 */
export default defineRule({
  id: 'disclosure-attribute',
  code: 'F07',
  category: 'footer',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '按配置方案要求注明公开属性，一般在成文日期下一行以附注“（此件主动公开）”标注。',
    en: 'States the disclosure attribute where the profile requires it, normally as the note “（此件主动公开）” under the date.',
  },
  source: 'GB/T 9704 附注 [S6]；国办发〔2014〕46号 [S22]；厦府办〔2015〕175号 [S21]',
  examples: {
    correct: ['2023年4月10日\n（此件主动公开）'],
    incorrect: [
      { text: '', in: 'disclosure', profile: 'xiamen', note: '成文日期后无公开属性 / no disclosure line' },
      { text: '（此件内部公开）', in: 'disclosure', profile: 'xiamen' },
    ],
  },
  check(ctx) {
    const stated = ctx.parts.disclosures;
    const values = ctx.profile.disclosureValues;
    for (const { block: b, value: v } of stated) {
      const bare = (x: string) => x.replace(/^此件/, '');
      if (v && values.length > 0 && !values.some((x) => bare(x) === bare(v))) {
        ctx.report({
          range: rangeOf(b),
          message: {
            zh: `公开属性${q(v)}不在配置的取值中（${values.map(q).join('、')}）`,
            en: `Disclosure attribute ${q(v)} is not one of the configured values (${values.map(q).join(', ')})`,
          },
        });
      } else if (v && /不予公开|不公开/.test(v) && !/涉密|秘密|隐私|敏感|保密/.test(b.value)) {
        ctx.report({
          range: rangeOf(b),
          severity: 'info',
          message: {
            zh: `公开属性为${q(v)}时宜注明理由（涉密、商业秘密或个人隐私等）`,
            en: `When the attribute is ${q(v)}, give the reason (secrecy, trade secrets or privacy)`,
          },
        });
      }
    }
    if (stated.length > 0 || !ctx.profile.require.disclosure || looksTruncated(ctx)) return;
    const anchor = ctx.parts.issueDateBlock ?? ctx.parts.issuer;
    const at = ctx.parts.issueDateBlock ? endOf(ctx.parts.issueDateBlock) : footerInsertPoint(ctx);
    const note = values.find((x) => /主动公开/.test(x)) ?? '此件主动公开';
    const text = `（${note}）`;
    const r = anchor ? rangeOf(anchor) : ([Math.max(0, at - 1), at] as [number, number]);
    ctx.report({
      range: r,
      message: { zh: `缺少公开属性（如${q(text)}）`, en: `Missing disclosure attribute (e.g. ${q(text)})` },
      suggestions: [{ range: [at, at], text: blockSeparator(ctx) + text, title: { zh: `补${q(text)}`, en: `Add ${q(text)}` } }],
    });
  },
});
