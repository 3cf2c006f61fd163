import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

/**
 * S09 — after the 成文日期 only 附注, 抄送 and 附件 may follow. Web-page residue (`|`, 相关阅读,
 * 版权声明, 分享到, 责任编辑…) is one finding covering all of it; the suggestion truncates the
 * text after the last letter element. Nothing is deleted by a safe fix.
 */
export default defineRule({
  id: 'trailing-boilerplate',
  code: 'S09',
  category: 'structure',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '成文日期之后只能有附注、抄送和附件，不能有网页残留内容（相关阅读、版权声明、分享到等）。',
    en: 'After the date only notes, the copy list and attachments may follow; no web-page residue (相关阅读, 版权声明, 分享到…).',
  },
  source: 'GB/T 9704-2012 §7.3.6–§7.4.2 (S06)；scrapers strip these blocks [S34]',
  examples: { correct: ['2023年4月10日\n抄送：市政府督查室。'], incorrect: ['2023年4月10日 |\n相关阅读\n版权声明：…'] },
  check(ctx) {
    const residue = ctx.parts.boilerplate;
    if (residue.length === 0) return;
    const first = residue[0];
    const last = residue[residue.length - 1];
    const rs = startOf(first);
    const re = endOf(last);
    // Keep everything up to the last block before the residue.
    const idx = ctx.blocks.indexOf(first);
    let keepEnd = 0;
    for (let i = idx - 1; i >= 0; i--) {
      if (!residue.includes(ctx.blocks[i])) {
        keepEnd = endOf(ctx.blocks[i]);
        break;
      }
    }
    const removed = ctx.text.slice(keepEnd);
    // Residue followed by letter text (a later block) is left for the author to sort out.
    const tailAfter = ctx.text.slice(re).trim();
    const snippet = ctx.text
      .slice(rs, Math.min(re, rs + 12))
      .replace(/\s+/g, ' ')
      .trim();
    const more = re - rs > 12 ? '…' : '';
    const where = ctx.parts.issueDateBlock ? { zh: '成文日期后', en: 'after the date' } : { zh: '正文后', en: 'after the letter' };
    const nl = ctx.text.includes('\r\n') ? '\r\n' : '\n';
    ctx.report({
      range: [rs, re],
      message: {
        zh: `${where.zh}有网页残留内容${q(snippet + more)}，应删除`,
        en: `Web-page residue ${q(snippet + more)} ${where.en}; delete it`,
      },
      suggestions:
        tailAfter === ''
          ? [
              {
                range: [keepEnd, ctx.text.length],
                text: /[\r\n]/.test(removed) || /\n$/.test(ctx.text) ? nl : '',
                title: { zh: '删除成文日期后的网页残留内容', en: 'Delete the web-page residue after the date' },
              },
            ]
          : undefined,
    });
  },
});
