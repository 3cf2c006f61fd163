import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { eachPositionInBlocks, proseBlocks, proseChars } from '../../analysis/prose';
import { charSet } from '../../text/char-index';

const ORGAN_AFTER = '局单委办厅部处院府司';
const PRONOUNS = charSet('您你');

/**
 * T05 — the letter calls its addressee one way: 您 (one deputy, polite) or 你们 / 您们 (several).
 * Mixing 您 with 你 / 你们 in one letter (你们提出的…收悉 … 感谢您…) is reported once, at the first
 * form that differs from the one the letter uses most (a hint: the writer chooses).
 */
export default defineRule({
  id: 'addressee-pronoun-consistency',
  code: 'T05',
  category: 'typo',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '全文对来信人的称呼应一致：致一人用“您”，致多人用“你们”，不混用“您”“你”“你们”。',
    en: 'The addressee is called one way throughout: 您 for one person, 你们 for several, not a mix of 您, 你 and 你们.',
  },
  source: '复函惯例 [S35]; 称谓一致',
  examples: {
    correct: [{ text: '您提出的《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下：', in: 'ack', with: { closing: '感谢您对我们工作的关心和支持。' } }],
    incorrect: [
      {
        text: '你们提出的《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下：',
        in: 'ack',
        with: { closing: '感谢您对我们工作的关心和支持。' },
        note: '结尾：感谢您对我们工作的关心和支持。',
      },
    ],
  },
  check(ctx) {
    const sal = ctx.parts.salutation;
    if (!sal) return;
    // (sal.title is 代表/委员/同志 alone; a 们 after it stands in its range: 各位代表们：)
    const several = sal.names.length > 1 || sal.more || (!!sal.titleRange && ctx.text.slice(sal.titleRange[0], sal.titleRange[1]).endsWith('们'));
    const blocks = proseBlocks(ctx).filter((b) => b.type !== 'field' && b.type !== 'boilerplate' && b.type !== 'appendix');
    if (blocks.length === 0) return;
    const chars = proseChars(ctx);
    const t = chars.text;
    type Form = '您' | '你们' | '你';
    const hits: Array<{ at: number; form: Form }> = [];
    const count: Record<Form, number> = { 您: 0, 你们: 0, 你: 0 };
    // Every 您 and 你 inside the blocks, in text order (the parser's character index).
    eachPositionInBlocks(chars.positions(PRONOUNS), blocks, (i) => {
      const next = t[i + 1] ?? '';
      let form: Form;
      if (t[i] === '您') {
        // 您们 is typo-lexicon's (a non-standard form), not a second way of calling.
        if (next === '们') return;
        form = '您';
      } else {
        // 你局 / 你单位 / 你委 name an organ, not the addressee; 你(们) is a template's 你们.
        if (ORGAN_AFTER.includes(next)) return;
        form = next === '们' || ((next === '(' || next === '（') && t[i + 2] === '们') ? '你们' : '你';
      }
      hits.push({ at: i, form });
      count[form]++;
    });
    const forms = (['您', '你们', '你'] as const).filter((f) => count[f] > 0);
    if (forms.length < 2) return;
    // Several addressees are 你们; one is called by the form the letter uses most.
    const main = several ? '你们' : [...forms].sort((a, b) => count[b] - count[a])[0];
    const odd = hits.find((h) => h.form !== main);
    if (!odd) return;
    const len = ctx.text[odd.at + 1] === '们' ? 2 : 1;
    const raw = ctx.text.slice(odd.at, odd.at + len);
    ctx.report({
      range: [odd.at, odd.at + len],
      message: {
        zh: `对来信人的称呼不一致：文中多用${q(main)}，此处为${q(raw)}`,
        en: `The addressee is called two ways: mostly ${q(main)}, here ${q(raw)}`,
      },
      suggestions: [{ range: [odd.at, odd.at + len], text: main, title: { zh: `改为${q(main)}`, en: `Change to ${q(main)}` } }],
    });
  },
});
