import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { endOf, rangeOf } from '../../text/spans';
import type { Range } from '../../parse/types';
import { asciiDigits } from '../../text/chars';

/**
 * S01 — the opening acknowledges the suggestion: `《标题》（第N号）收悉`. Reported: no
 * acknowledgement at all (error); a title cited with its number but without 书名号; 悉 without
 * 收; and, as a hint, a 《》 title without the number the letter's own title gives. Letters that
 * name the suggestion and say it was 交我局办理 instead of 收悉 are accepted.
 */
export default defineRule({
  id: 'ack-sentence',
  code: 'S01',
  category: 'structure',
  severity: 'error',
  fixable: 'suggest',
  docs: {
    zh: '答复开头引述建议（提案）标题和编号，并写明“收悉”：《关于××的建议》（第×号）收悉。',
    en: 'The opening cites the suggestion’s title and number and acknowledges receipt: 《关于××的建议》（第×号）收悉.',
  },
  source: '复函开头引述来函标题和编号并用“收悉” [S35]',
  examples: {
    correct: ['《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。'],
    incorrect: ['您提出的关于加快停车场建设的建议，现答复如下：', '您的建议收悉。', '关于××的建议（第20230019号）收悉。', '《关于××的建议》（第088号）悉。'],
  },
  check(ctx) {
    const p = ctx.parts;
    if (!p.salutation && p.opening.length === 0 && p.body.length === 0) return;
    // A co-handler's opinion goes to the lead unit: it need not acknowledge like a reply.
    if (!p.kind.requires.acknowledgement) return;
    const ack = p.acknowledgement;
    // 您提出的加大对…的建议已收悉 names the suggestion too (without 关于).
    const before = ack ? ctx.text.slice(ack.range[0], ack.received ? ack.received[0] : ack.range[1]) : '';
    const named = ack && (ack.title || ack.titleRange || ack.number || /[^\s，,。：:]{6,}(?:建议|提案|议案|意见)(?:的提案)?\s?(?:已|,|，)?$/.test(before.slice(-80)));
    if (!ack || (!named && !ack.received)) {
      const at = p.opening[0] ?? p.body[0] ?? p.salutation;
      if (!at) return;
      ctx.report({
        range: ack ? ack.range : rangeOf(at),
        message: {
          zh: '开头缺少对建议（提案）的引述和“收悉”（如“《关于××的建议》（第×号）收悉。”）',
          en: 'The opening does not acknowledge the suggestion (e.g. “《关于××的建议》（第×号）收悉。”)',
        },
      });
      return;
    }
    if (!named) {
      ctx.report({
        range: ack.received ?? ack.range,
        severity: 'warning',
        message: {
          zh: '“收悉”前未引述建议（提案）标题和编号（如“《关于××的建议》（第×号）收悉”）',
          en: 'Receipt is acknowledged without citing the suggestion’s title and number (e.g. “《关于××的建议》（第×号）收悉”)',
        },
      });
    }
    // The suggestion is named but its receipt is not acknowledged (…的建议，现答复如下：), and
    // the letter does not say how it came instead (交由我局办理, 转来…).
    if (named && !ack.received) {
      const opening = ctx.text.slice(ack.range[0], p.transition ? p.transition[0] : ack.range[1]);
      if (!/交由|交给|交我|转交|转来|转办|交办|办理|责成|分办|来函|已阅/.test(opening)) {
        // The name: the cited title (with its number when the number follows it), else the number.
        const nameRange: Range | undefined = ack.title ? rangeOf(ack.title) : ack.titleRange;
        let range: Range = nameRange ?? (ack.number ? ack.number.rawRange : ack.range);
        if (nameRange && ack.number && ack.number.rawRange[0] >= nameRange[1] && ack.number.rawRange[0] - nameRange[1] <= 2) range = [nameRange[0], ack.number.rawRange[1]];
        const nameEnd = range === ack.range ? undefined : range[1];
        ctx.report({
          range,
          severity: 'warning',
          message: {
            zh: '引述建议（提案）后缺少“收悉”（如“《关于××的建议》（第×号）收悉。”）',
            en: 'The suggestion is named but its receipt is not acknowledged with “收悉” (e.g. “《关于××的建议》（第×号）收悉。”)',
          },
          suggestions: nameEnd !== undefined ? [{ range: [nameEnd, nameEnd], text: '收悉', title: { zh: '补“收悉”', en: 'Insert “收悉”' } }] : undefined,
        });
      }
    }
    // A title cited with its bracketed number is a citation and takes 书名号.
    const num = ack.number;
    if (!ack.title && ack.titleRange && num && /^[（(〔]/.test(num.raw)) {
      const gap = ctx.text.slice(ack.titleRange[1], num.rawRange[0]);
      if (/^\s?$/.test(gap)) {
        const [s, e] = ack.titleRange;
        const quoted = /^[“"]/.test(ctx.text[s]) && /[”"]$/.test(ctx.text[e - 1]);
        const inner = quoted ? ctx.text.slice(s + 1, e - 1) : ctx.text.slice(s, e);
        ctx.report({
          range: [s, e],
          severity: 'warning',
          message: {
            zh: `建议标题${q(ctx.text.slice(s, e))}未加书名号，应为${q(`《${inner}》`)}`,
            en: `The suggestion title ${q(ctx.text.slice(s, e))} lacks 书名号; expected ${q(`《${inner}》`)}`,
          },
          suggestions: [{ range: [s, e], text: `《${inner}》`, title: { zh: `改为${q(`《${inner}》`)}`, en: `Change to ${q(`《${inner}》`)}` } }],
        });
      }
    }
    if (ack.received && ctx.text.slice(ack.received[0], ack.received[1]) === '悉') {
      const r = ack.received;
      ctx.report({
        range: r,
        severity: 'warning',
        message: { zh: `${q('悉')}前缺少${q('收')}，应为${q('收悉')}`, en: `${q('悉')} lacks ${q('收')}; expected ${q('收悉')}` },
        suggestions: [{ range: [r[0], r[0]], text: '收', title: { zh: `改为${q('收悉')}`, en: `Change to ${q('收悉')}` } }],
      });
    }
    // 《title》 without a number, when the letter's own title gives the number.
    if (ack.title && !num && p.kind.requires.number) {
      const t = /第\s?([0-9０-９]{1,12})\s?号/.exec(p.title?.value ?? '');
      if (t) {
        const n = asciiDigits(t[1]);
        const after = endOf(ack.title);
        const want = `（第${n}号）`;
        ctx.report({
          range: rangeOf(ack.title),
          severity: 'info',
          message: {
            zh: `建议标题后未注明编号，应补${q(want)}`,
            en: `The suggestion title is not followed by its number; add ${q(want)}`,
          },
          suggestions: [{ range: [after, after], text: want, title: { zh: `补${q(want)}`, en: `Add ${q(want)}` } }],
        });
      }
    }
  },
});
