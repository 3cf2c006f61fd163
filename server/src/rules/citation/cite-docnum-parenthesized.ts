import { defineRule } from '../rule';
import type { Fix } from '../rule';
import type { DocNumber } from '../../parse/types';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

const OTHER_OPEN = '〔[［【';
const PARTNER: Record<string, string> = { '〔': '〕', '[': ']', '［': '］', '【': '】' };

/**
 * C04 — a 文号 cited after a title sits in full-width round brackets right after 》:
 * 《…》（厦府规〔2022〕2号）. ASCII ( ) around it is a width-only defect: when the letter's
 * half-width marks are aggregated, fullwidth-punct owns it; otherwise this rule reports it.
 * 〔…〕/【…】 around the number, or a comma instead of brackets, are this rule's in both modes.
 */
export default defineRule({
  id: 'cite-docnum-parenthesized',
  code: 'C04',
  category: 'citation',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '引用公文时，标题后的发文字号用全角圆括号“（）”括入，紧跟在“》”之后。',
    en: 'A document number cited after a title goes in full-width round brackets （） right after 》.',
  },
  source: '“当引用公文时，标题后面的发文字号要用圆括号括起” [S2 021yin]',
  examples: {
    correct: ['《…》（厦府规〔2022〕2号）'],
    incorrect: [
      { text: '《…》(厦府规〔2022〕2号)', output: '《…》（厦府规〔2022〕2号）' },
      { text: '《…》〔厦府规〔2022〕2号〕', output: '《…》（厦府规〔2022〕2号）' },
      { text: '《…》，厦府规〔2022〕2号', output: null },
    ],
  },
  check(ctx) {
    const t = ctx.text;
    const byStart = new Map<number, DocNumber>();
    for (const d of ctx.parts.docNumbers) byStart.set(startOf(d), d);
    for (const c of ctx.parts.citations) {
      const close = c.titleRange[1]; // the 》
      if (c.docNumber && c.docNumberBrackets) {
        if (ctx.halfWidthAggregated) continue;
        const { open, close: cl } = c.docNumberBrackets;
        const edits: Fix['edits'] = [];
        if (t[open[0]] === '(') edits.push({ range: open, text: '（' });
        if (t[cl[0]] === ')') edits.push({ range: cl, text: '）' });
        if (edits.length === 0) continue;
        const raw = t.slice(open[0], cl[1]);
        ctx.report({
          range: [open[0], cl[1]],
          message: {
            zh: `引用的发文字号${q(raw)}应使用全角圆括号“（）”`,
            en: `The cited document number ${q(raw)} takes full-width round brackets “（）”`,
          },
          fix: edits.length === 1 ? { ...edits[0] } : { range: [open[0], cl[1]], text: `（${c.docNumber.raw}）`, edits },
        });
        continue;
      }
      const b = t[close + 1];
      if (b && OTHER_OPEN.includes(b)) {
        // 《…》〔厦府规〔2022〕2号〕 / 《…》【厦府规〔2022〕2号】
        const d = byStart.get(close + 2);
        if (d) {
          const after = endOf(d);
          if (t[after] === PARTNER[b] || (b === '〔' && t[after] === '〕')) {
            const raw = t.slice(close + 1, after + 1);
            ctx.report({
              range: [close + 1, after + 1],
              message: {
                zh: `引用的发文字号${q(raw)}应使用圆括号，改为${q(`（${d.raw}）`)}`,
                en: `The cited document number ${q(raw)} takes round brackets; expected ${q(`（${d.raw}）`)}`,
              },
              fix: {
                range: [close + 1, after + 1],
                text: `（${d.raw}）`,
                edits: [
                  { range: [close + 1, close + 2], text: '（' },
                  { range: [after, after + 1], text: '）' },
                ],
              },
            });
          }
          continue;
        }
        // 《…》〔厦府规2022-2号〕: a 文号 written without its own year brackets.
        const m = /^[〔[［【]([\u4e00-\u9fff]{1,12})(\d{4})[-－—–](\d{1,5})号?[〕\]］】]/.exec(t.slice(close + 1, close + 32));
        if (m) {
          const want = `（${m[1]}〔${m[2]}〕${m[3]}号）`;
          ctx.report({
            range: [close + 1, close + 1 + m[0].length],
            message: {
              zh: `引用的发文字号${q(m[0])}格式不规范，应为${q(want)}`,
              en: `The cited document number ${q(m[0])} is malformed; expected ${q(want)}`,
            },
            suggestions: [{ range: [close + 1, close + 1 + m[0].length], text: want, title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
          });
        }
        continue;
      }
      if (b === '，' || b === ',') {
        // 《…》，厦府规〔2022〕2号 — the number set off by a comma instead of brackets.
        const d = byStart.get(close + 2);
        if (!d) continue;
        const after = endOf(d);
        const next = t[after];
        // Only a number that ends the clause; 《…》，厦府办〔2023〕5号文件… may cite another document.
        if (next !== undefined && !'，,。；;、）)\n'.includes(next)) continue;
        const want = `（${d.raw}）`;
        ctx.report({
          range: [close + 1, after],
          message: {
            zh: `引用的发文字号${q(d.raw)}应紧跟书名号并用圆括号括入，改为${q(want)}`,
            en: `The cited document number ${q(d.raw)} follows the title in round brackets; expected ${q(want)}`,
          },
          suggestions: [
            {
              range: [close + 1, after],
              text: want,
              title: { zh: `改为${q('》' + want)}`, en: `Change to ${q('》' + want)}` },
            },
          ],
        });
      }
    }
  },
});
