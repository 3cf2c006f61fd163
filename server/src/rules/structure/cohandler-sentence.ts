import { defineRule } from '../rule';
import { isCohandlerLetter } from '../../analysis/addressee';
import { metaValue } from '../../analysis/meta';
import { sameOrgan } from '../../analysis/organs';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

/**
 * S03 — a 主办 reply to a co-handled suggestion says so in the opening and names every
 * co-handler: `我局作为主办单位，现综合A、B意见，答复如下：`. The co-handlers come from the
 * front matter (`cohandlers` / `协办单位` / `会办单位`); without metadata only an opening that
 * claims the 主办 role but names nobody is reported.
 */
export default defineRule({
  id: 'cohandler-sentence',
  code: 'S03',
  category: 'structure',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '主办单位答复协办（会办）的建议时，开头应说明“现综合××、××意见”，并列出全部协办单位。',
    en: 'A lead unit’s reply to a co-handled suggestion states in the opening that it combines the co-handlers’ opinions and names each of them.',
  },
  source: '主办单位答复时说明协办单位意见 [S19][S20][S26][S27]',
  examples: {
    correct: ['我局作为主办单位，现综合市发改委、市科技局意见，答复如下：'],
    incorrect: [
      {
        text: '---\n协办单位: 市发改委、市科技局\n---',
        in: 'front-matter',
        format: 'md',
        with: { ack: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下：' },
        note: '开头：…收悉。现答复如下：',
      },
      { text: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。我局作为主办单位，现答复如下：', in: 'ack' },
    ],
  },
  check(ctx) {
    const p = ctx.parts;
    if (isCohandlerLetter(ctx) || p.opening.length === 0) return;
    const configured = listOf(metaValue(ctx, ['cohandlers', '协办单位', '会办单位']));
    const openingRange: [number, number] = [startOf(p.opening[0]), endOf(p.opening[p.opening.length - 1])];
    const openingText = ctx.text.slice(openingRange[0], openingRange[1]);
    const found = p.cohandlers;
    if (configured.length === 0) {
      const claim = /作为主办单位/.exec(openingText);
      if (claim && !found) {
        const s = openingRange[0] + claim.index;
        ctx.report({
          range: [s, s + claim[0].length],
          message: {
            zh: '开头称“作为主办单位”，但未说明综合了哪些协办单位的意见（如“现综合××、××意见”）',
            en: 'The opening claims the lead role but does not name the co-handlers whose opinions it combines (e.g. “现综合××、××意见”)',
          },
        });
      }
      return;
    }
    if (!found) {
      const at = p.transition ?? p.acknowledgement?.range ?? openingRange;
      ctx.report({
        range: at,
        message: {
          zh: `开头未说明综合协办单位意见（如“我局作为主办单位，现综合${configured.join('、')}意见，答复如下：”）`,
          en: `The opening does not state that the co-handlers’ opinions were combined (e.g. “我局作为主办单位，现综合${configured.join('、')}意见，答复如下：”)`,
        },
      });
      return;
    }
    const named = found.units.map((u) => u.name);
    const missing = configured.filter((c) => !named.some((n) => sameOrgan(n, c)) && !openingText.includes(c));
    if (missing.length > 0) {
      ctx.report({
        range: found.range,
        message: {
          zh: `协办单位${missing.map(q).join('、')}未在开头列出`,
          en: `Co-handler${missing.length > 1 ? 's' : ''} ${missing.map(q).join(', ')} not named in the opening`,
        },
      });
    }
  },
});

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  if (typeof v === 'string')
    return v
      .split(/[、，,；;\s]+/)
      .map((x) => x.trim())
      .filter(Boolean);
  return [];
}
