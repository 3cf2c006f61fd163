import { defineRule, type Fix } from '../rule';
import { q } from '../../analysis/finding';
import { endOf } from '../../text/spans';

/**
 * S02 — the number after the cited title is `（第N号）`: full-width round brackets and 第.
 * Only a number that directly follows the title is judged (`提出的第18号“…”` is prose).
 * ASCII brackets alone are a width question: fullwidth-punct reports them when it aggregates.
 */
export default defineRule({
  id: 'ack-number-format',
  code: 'S02',
  category: 'structure',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '建议（提案）标题后的编号写作“（第×号）”，用全角圆括号并带“第”字。',
    en: 'The number after the suggestion title is written “（第×号）”: full-width round brackets and 第.',
  },
  source: '复函开头格式 [S35]；全角括号 GB/T 15834 (P01)',
  examples: {
    correct: ['《关于××的建议》（第20230019号）收悉'],
    incorrect: [
      { text: '《关于××的建议》(第20230019号)收悉', output: '《关于××的建议》（第20230019号）收悉' },
      { text: '《关于××的建议》（20230019号）收悉', output: null },
      { text: '《关于××的建议》〔第20230019号〕收悉', output: '《关于××的建议》（第20230019号）收悉' },
    ],
  },
  check(ctx) {
    const ack = ctx.parts.acknowledgement;
    const num = ack?.number;
    if (!ack || !num) return;
    const titleEnd = ack.title ? endOf(ack.title) : ack.titleRange?.[1];
    if (titleEnd === undefined || num.rawRange[0] < titleEnd || !/^\s?$/.test(ctx.text.slice(titleEnd, num.rawRange[0]))) return;
    const [rs, re] = num.rawRange;
    const raw = ctx.text.slice(rs, re);
    const open = raw[0];
    const close = raw[raw.length - 1];
    const hasOpen = /[（(〔]/.test(open);
    const hasClose = /[）)〕]/.test(close);
    const inner = raw.slice(hasOpen ? 1 : 0, hasClose ? raw.length - 1 : raw.length);
    const hasDi = /^\s?第/.test(inner);
    const want = `（${hasDi ? inner : '第' + inner.replace(/^\s/, '')}）`;
    const widthOnly = hasOpen && hasClose && hasDi && /[(（]/.test(open) && /[)）]/.test(close);
    if (raw === want) return;
    if (widthOnly) {
      if (ctx.halfWidthAggregated) return;
      const edits: Fix['edits'] = [];
      if (open === '(') edits.push({ range: [rs, rs + 1], text: '（' });
      if (close === ')') edits.push({ range: [re - 1, re], text: '）' });
      ctx.report({
        range: [rs, re],
        message: {
          zh: `编号${q(raw)}的括号应为全角，应为${q(want)}`,
          en: `The brackets of the number ${q(raw)} should be full-width; expected ${q(want)}`,
        },
        fix: { range: [rs, re], text: want, edits },
      });
      return;
    }
    if (!hasDi) {
      // A missing 第 changes the wording: offered, not applied.
      ctx.report({
        range: [rs, re],
        message: { zh: `编号${q(raw)}缺少“第”字，应为${q(want)}`, en: `The number ${q(raw)} lacks 第; expected ${q(want)}` },
        suggestions: [{ range: [rs, re], text: want, title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
      });
      return;
    }
    ctx.report({
      range: [rs, re],
      message: {
        zh: `编号${q(raw)}应使用圆括号，应为${q(want)}`,
        en: `The number ${q(raw)} should be in round brackets; expected ${q(want)}`,
      },
      fix: { range: [rs, re], text: want },
    });
  },
});
