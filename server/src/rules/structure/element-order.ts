import { defineRule } from '../rule';
import { matchLabel, fieldKind } from '../../parse/patterns';
import { matchMarker } from '../../parse/markers';
import { organAfterDate } from '../../analysis/footer';
import { q } from '../../analysis/finding';
import { endOf, rangeOf, startOf } from '../../text/spans';
import type { Block } from '../../parse/types';

const FOOTER_KINDS = new Set(['signer', 'contact', 'phone', 'contactPhone', 'cc']);

/**
 * S06 — the letter's elements follow the GB/T 9704 order. Only clear violations are reported:
 * 抄送 above the 成文日期 (it belongs to the 版记 at the end), the 发文机关署名 below the date,
 * and a signer/contact/抄送 line inside the body (more body text follows it). Contact data after
 * the date or in a bracketed 附注 before the signature is allowed: GB/T 9704 puts contact data
 * in the 附注, and local forms put it above the signature.
 */
export default defineRule({
  id: 'element-order',
  code: 'S06',
  category: 'structure',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '各要素按顺序排列：标题、文号、称谓、正文、结束语、附件说明、署名、成文日期、附注、抄送。',
    en: 'Elements follow the standard order: title, number, salutation, body, closing, attachment note, signature, date, notes, copy list.',
  },
  source: 'GB/T 9704-2012 §7.3.4–§7.4.2 [S1][S4][S5][S6]',
  examples: {
    correct: ['厦门市工业和信息化局\n2023年4月10日\n抄送：市人大常委会代表工作委员会。'],
    incorrect: ['抄送：市政府督查室。\n厦门市工业和信息化局\n2023年4月10日', { text: '2023年4月10日\n厦门市工业和信息化局', in: 'issuer', with: { date: '' } }],
  },
  check(ctx) {
    const p = ctx.parts;
    const dateAt = p.issueDateBlock ? startOf(p.issueDateBlock) : undefined;
    if (dateAt !== undefined) {
      for (const f of p.cc) {
        if (startOf(f) < dateAt) {
          ctx.report({
            range: f.labelRange,
            message: { zh: `${q(f.label)}应在成文日期之后（版记）`, en: `${q(f.label)} belongs after the date (in the 版记)` },
          });
        }
      }
    }
    const late = organAfterDate(ctx);
    if (late) {
      ctx.report({
        range: rangeOf(late),
        message: {
          zh: `发文机关署名${q(late.value.trim())}应在成文日期之前`,
          en: `The issuing organ ${q(late.value.trim())} should stand above the date`,
        },
      });
    }
    // A footer line with more body text after it: "after it" is "before the last block of body
    // text" (found once, from the end; a slice per footer line was quadratic on long documents).
    const bodyText = (x: Block) => x.type === 'heading' || (x.type === 'paragraph' && !matchLabel(ctx.text, startOf(x), endOf(x)) && x.value.length > 20);
    let lastBodyText: number | undefined;
    const lastWithBodyText = () => {
      if (lastBodyText === undefined) {
        lastBodyText = -1;
        for (let j = p.body.length - 1; j >= 0 && lastBodyText < 0; j--) if (bodyText(p.body[j])) lastBodyText = j;
      }
      return lastBodyText;
    };
    for (let i = 0; i < p.body.length - 1; i++) {
      const b = p.body[i];
      const s = startOf(b);
      const label = matchLabel(ctx.text, s, endOf(b));
      if (!label || matchMarker(b.value, 0, b.value.length)) continue;
      if (!FOOTER_KINDS.has(fieldKind(label.label))) continue;
      if (lastWithBodyText() <= i) continue;
      ctx.report({
        range: [s, label.colon + 1],
        message: {
          zh: `${q(label.label)}出现在正文中间，应移到署名处（或附注）`,
          en: `${q(label.label)} appears inside the body; move it to the signature block (or the notes)`,
        },
      });
    }
  },
});
