import { defineRule } from '../rule';
import { metaText } from '../../analysis/meta';
import { ROLE_KEYS } from '../../parse/kind';
import { q } from '../../analysis/finding';
import { rangeOf } from '../../text/spans';

/**
 * S08 — a co-handler (会办/协办) does not answer the deputy directly: its letter goes to the
 * lead unit, titled `…的会办意见`. Reported when the front matter says `role: cohandler` (or
 * 会办/协办) and the letter is addressed to a deputy/member, or when a title says 会办意见 /
 * 协办意见 but the salutation is to a deputy/member.
 */
export default defineRule({
  id: 'cohandler-letter-variant',
  code: 'S08',
  category: 'structure',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '会办（协办）单位不直接答复代表委员，其意见致主办单位，标题用“……的会办意见”。',
    en: 'A co-handling unit does not answer the deputy directly: its opinion goes to the lead unit under a “…的会办意见” title.',
  },
  source: '会办单位不直接答复建议人 [S26]；会办意见标题和文号 [S23]',
  examples: {
    correct: ['黔东南州人民政府关于…第560号建议的会办意见\n省教育厅：'],
    incorrect: [{ text: '---\nrole: cohandler\n---', in: 'front-matter', format: 'md', note: '会办单位的函，称谓“郭海峰代表：” / a co-handler’s letter to a deputy' }],
  },
  check(ctx) {
    const p = ctx.parts;
    const sal = p.salutation;
    const toDeputy = !!sal && /代表|委员/.test(sal.value);
    const role = metaText(ctx, ROLE_KEYS);
    const cohandler = !!role && /cohandler|co-handler|会办|协办/i.test(role);
    const title = p.title?.value.trim() ?? '';
    const titled = /(?:会办|协办)意见$/.test(title);
    if (cohandler && toDeputy) {
      ctx.report({
        range: rangeOf(sal!),
        message: {
          zh: `会办（协办）意见不应直接答复${q(sal!.value.trim())}，应致主办单位`,
          en: `A co-handler’s opinion should not answer ${q(sal!.value.trim())} directly; address the lead unit`,
        },
      });
      return;
    }
    if (cohandler && p.title && !titled) {
      ctx.report({
        range: rangeOf(p.title),
        message: {
          zh: `会办（协办）单位的标题${q(title)}应为“……的会办意见”`,
          en: `A co-handler’s title ${q(title)} should read “…的会办意见”`,
        },
      });
      return;
    }
    if (titled && toDeputy) {
      ctx.report({
        range: rangeOf(sal!),
        message: {
          zh: `标题为会办（协办）意见，但称谓${q(sal!.value.trim())}是代表委员，应致主办单位`,
          en: `The title is a co-handler’s opinion but ${q(sal!.value.trim())} addresses a deputy; address the lead unit`,
        },
      });
    }
  },
});
