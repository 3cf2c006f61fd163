import { defineRule } from '../rule';
import { blockSeparator, footerAnchor, footerInsertPoint, looksTruncated } from '../../analysis/footer';
import { sameOrgan } from '../../analysis/organs';
import { letterKind } from '../../analysis/addressee';
import { q } from '../../analysis/finding';

/**
 * F09 — a `抄送：` line exists and names the profile's recipients (`profile.cc.npc` for
 * suggestions, `profile.cc.cppcc` for proposals). Only when the profile requires it
 * (`require.cc`); a scraped page usually loses the 版记, so there the finding is a hint.
 */
export default defineRule({
  id: 'cc-required',
  code: 'F09',
  category: 'footer',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '按配置方案要求列出抄送机关（如“抄送：市人大常委会代表工作委员会，市政府督查室。”）。',
    en: 'Lists the copy recipients the profile requires (e.g. “抄送：市人大常委会代表工作委员会，市政府督查室。”).',
  },
  source: '抄送 [S18][S19b][S19c][S28]；GB/T 9704-2012 §7.4.2 [S5]',
  examples: {
    correct: ['抄送：市人大常委会代表工作委员会，市政府督查室。'],
    incorrect: [
      { text: '', in: 'cc', profile: 'xiamen', note: '没有抄送 / no copy line' },
      { text: '抄送：市政府督查室。', in: 'cc', profile: 'xiamen', note: '缺少代表工作委员会' },
    ],
  },
  check(ctx) {
    if (!ctx.profile.require.cc || looksTruncated(ctx)) return;
    const kind = letterKind(ctx);
    // Kind unknown: only the recipients both kinds share.
    const wanted = kind ? ctx.profile.cc[kind] : ctx.profile.cc.npc.filter((x) => ctx.profile.cc.cppcc.includes(x));
    const severity = ctx.scraped ? 'info' : undefined;
    const cc = ctx.parts.cc;
    const template = `抄送：${wanted.length > 0 ? wanted.join('，') : '××，××'}。`;
    if (cc.length === 0) {
      const at = footerInsertPoint(ctx);
      ctx.report({
        range: footerAnchor(ctx),
        severity,
        message: { zh: `缺少抄送（如${q(template)}）`, en: `Missing the copy list (e.g. ${q(template)})` },
        suggestions: wanted.length > 0 ? [{ range: [at, at], text: blockSeparator(ctx) + template, title: { zh: `补${q(template)}`, en: `Add ${q(template)}` } }] : undefined,
      });
      return;
    }
    const names = cc.flatMap((f) =>
      f.fieldValue
        .split(/[，,、；;\s]+/)
        .map((x) => x.replace(/[。.]$/, ''))
        .filter(Boolean),
    );
    const missing = wanted.filter((w) => !names.some((n) => sameOrgan(n, w)));
    if (missing.length === 0) return;
    const last = cc[cc.length - 1];
    ctx.report({
      range: last.labelRange,
      severity,
      message: {
        zh: `抄送缺少${missing.map(q).join('、')}`,
        en: `The copy list lacks ${missing.map(q).join(', ')}`,
      },
    });
  },
});
