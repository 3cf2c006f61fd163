import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

const MOBILE = /(?<![\d\-—－])1[3-9]\d(?:[ -]?\d{4}){2}(?![\d\-—－])/g;
const ADDRESS = /(?:家庭住址|住址|家住|通讯地址|通信地址)\s?[:：]?/g;
const DEPUTY_NEAR = /代表|委员|您|你|贵/;

/**
 * F08 — a letter marked 主动公开 must not publish the deputy's or member's private contact data:
 * a mobile number or a home address in the salutation or the opening, or in a body sentence
 * about the deputy. The letter's own 联系人/联系电话 lines are not checked.
 */
export default defineRule({
  id: 'no-deputy-private-contact-in-public',
  code: 'F08',
  category: 'footer',
  severity: 'warning',
  fixable: false,
  docs: {
    zh: '主动公开的答复不应包含代表委员的手机号码、住址等个人联系方式。',
    en: 'A reply marked for publication does not contain the deputy’s or member’s mobile number or address.',
  },
  source: '公开时除代表委员联系方式外 [S22]',
  examples: { correct: ['郭海峰代表：…（此件主动公开）'], incorrect: [{ text: '郭海峰代表（13812345678）：', in: 'salutation', note: '（此件主动公开）' }] },
  check(ctx) {
    const pub = ctx.parts.disclosures.some((d) => /主动公开/.test(d.value ?? ''));
    if (!pub) return;
    const p = ctx.parts;
    const scan = (s: number, e: number, near: boolean) => {
      const v = ctx.text.slice(s, e);
      for (const re of [MOBILE, ADDRESS]) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(v))) {
          const before = v.slice(Math.max(0, m.index - 24), m.index);
          if (!near && !DEPUTY_NEAR.test(before)) continue;
          const at = s + m.index;
          ctx.report({
            range: [at, at + m[0].length],
            message:
              re === MOBILE
                ? { zh: `主动公开的答复中出现代表委员的手机号码${q(m[0])}，应删除`, en: `The published reply contains the deputy’s mobile number ${q(m[0])}; remove it` }
                : { zh: `主动公开的答复中出现代表委员的住址${q(m[0])}，应删除`, en: `The published reply contains the deputy’s address ${q(m[0])}; remove it` },
          });
        }
      }
    };
    if (p.salutation) scan(startOf(p.salutation), endOf(p.salutation), true);
    for (const b of p.opening) scan(startOf(b), endOf(b), true);
    for (const b of p.body) scan(startOf(b), endOf(b), false);
  },
});
