import { defineRule } from '../rule';
import { addressee } from '../../analysis/addressee';
import { looksTruncated } from '../../analysis/footer';
import { endOf, startOf } from '../../text/spans';

const THANKS = /感谢|谢意|谢谢/;

/**
 * S05 — the last paragraph before the signature block is a closing formula (感谢…关心和支持 /
 * 欢迎继续… / 敬请…提出宝贵意见). Not judged for 会办意见 (addressed to the lead unit) or for a
 * text that stops mid-sentence with no footer (cut off when published). When the thanks stands
 * only in the opening, the finding is a hint.
 */
export default defineRule({
  id: 'closing-thanks',
  code: 'S05',
  category: 'structure',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '正文最后（署名之前）应有结束语，如“感谢您对我们工作的关心和支持。”',
    en: 'The body ends, before the signature block, with a closing formula such as “感谢您对我们工作的关心和支持。”',
  },
  source: '复函惯例 [S35 cusdn]',
  examples: {
    correct: ['感谢对我们工作的关心和支持，敬请继续提出宝贵意见。'],
    incorrect: ['（正文最后一段后直接署名，没有结束语）'],
  },
  check(ctx) {
    const p = ctx.parts;
    if (p.closing.length > 0 || p.body.length === 0) return;
    if (!p.kind.requires.closing || looksTruncated(ctx)) return;
    const last = p.body[p.body.length - 1];
    const e = endOf(last);
    const thanked = p.opening.some((b) => THANKS.test(b.value));
    const sentence = `感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见。`;
    const sep = ctx.text.slice(startOf(last), e).length > 0 && ctx.text.slice(0, e).includes('\n') ? '\n' : ' ';
    ctx.report({
      range: [Math.max(startOf(last), e - 1), e],
      severity: thanked ? 'info' : undefined,
      message: thanked
        ? {
            zh: `正文最后缺少结束语（开头已致谢；如“感谢您对我们工作的关心和支持。”）`,
            en: `The body has no closing formula (thanks appear only in the opening; e.g. “感谢您对我们工作的关心和支持。”)`,
          }
        : {
            zh: `正文最后缺少结束语（如“感谢您对我们工作的关心和支持。”）`,
            en: `Missing closing formula after the body (e.g. “感谢您对我们工作的关心和支持。”)`,
          },
      suggestions: [
        {
          range: [e, e],
          text: sep + sentence,
          title: { zh: `补结束语（致${addressee(ctx)}）`, en: 'Insert a closing formula' },
        },
      ],
    });
  },
});
