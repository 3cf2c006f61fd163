import { defineRule } from '../rule';
import { headRange } from '../../analysis/header';

/**
 * H05 — the header carries a 发文字号 (机关代字〔YYYY〕n号). A local requirement: only when the
 * profile asks for it (many published copies, and many county letters, have none).
 */
export default defineRule({
  id: 'doc-number-required',
  code: 'H05',
  category: 'header',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '答复函的版头应有发文字号（机关代字〔年份〕序号号）。',
    en: 'The letter header carries a document number (agency code〔year〕serial号).',
  },
  source: '《党政机关公文处理工作条例》第九条(五) [S8]; GB/T 9704-2012 §7.2.5 [S1][S2]',
  examples: { correct: ['厦工信函〔2023〕25号'], incorrect: [{ text: '', in: 'doc-number', profile: 'xiamen', note: '版头无发文字号 / no doc number in the header' }] },
  check(ctx) {
    if (!ctx.profile.require.docNumber) return;
    if (ctx.blocks.length === 0) return;
    if (ctx.parts.docNumber) return;
    if (ctx.parts.header.some((b) => b.inlines.some((x) => x.type === 'docNumber'))) return;
    ctx.report({
      range: headRange(ctx),
      message: { zh: '缺少发文字号（如“厦工信函〔2023〕25号”）', en: 'Missing document number (e.g. “厦工信函〔2023〕25号”)' },
    });
  },
});
