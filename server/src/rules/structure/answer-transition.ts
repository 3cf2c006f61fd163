import { defineRule } from '../rule';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

/**
 * S04 — the opening ends with `答复如下：` (现答复如下： / 现将办理情况答复如下：) and a
 * full-width colon. An ASCII colon there is a width question: fullwidth-punct reports it when
 * it aggregates the letter's half-width marks; otherwise this rule does.
 */
export default defineRule({
  id: 'answer-transition',
  code: 'S04',
  category: 'structure',
  severity: 'info',
  fixable: 'safe',
  docs: {
    zh: '开头段以“现答复如下：”之类的过渡语结束，并使用全角冒号。',
    en: 'The opening paragraph ends with a transition such as “现答复如下：” and a full-width colon.',
  },
  source: '复函惯例 [S35]；全角冒号 GB/T 15834 (P01)',
  examples: {
    correct: ['…收悉。现答复如下：'],
    incorrect: [
      {
        text: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下:',
        in: 'ack',
        output: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下：',
      },
      {
        text: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下。',
        in: 'ack',
        output: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。现答复如下：',
      },
      { text: '《关于构建产业链成长良好生态、助推先进制造业倍增发展的建议》（第20230019号）收悉。', in: 'ack', output: null },
    ],
  },
  check(ctx) {
    const p = ctx.parts;
    // Without a salutation the opening is a guess (it may be a title-like first line): not judged.
    if (!p.salutation || p.opening.length === 0 || p.body.length === 0) return;
    if (!p.kind.requires.transition) return;
    const tr = p.transition;
    if (!tr) {
      const last = p.opening[p.opening.length - 1];
      const e = endOf(last);
      ctx.report({
        range: [Math.max(startOf(last), e - 1), e],
        message: { zh: '开头段缺少过渡语（如“现答复如下：”）', en: 'The opening has no transition to the answer (e.g. “现答复如下：”)' },
      });
      return;
    }
    const [s, e] = tr;
    const raw = ctx.text.slice(s, e);
    const last = raw[raw.length - 1];
    if (last === '：') return;
    if (last === ':') {
      if (ctx.halfWidthAggregated) return;
      ctx.report({
        range: [e - 1, e],
        message: { zh: `${q(raw)}后的冒号应为全角${q('：')}`, en: `The colon after ${q(raw.slice(0, -1))} should be full-width ${q('：')}` },
        fix: { range: [e - 1, e], text: '：' },
      });
      return;
    }
    // No colon: replace a sentence mark right after the transition, or insert one.
    const next = ctx.text[e];
    const replace = next === '。' || next === '，' || next === '.' || next === ',' || next === '；';
    const word = raw.trimEnd();
    const at = s + word.length;
    const fix = replace ? { range: [at, e + 1] as [number, number], text: '：' } : { range: [at, at] as [number, number], text: '：' };
    const message = {
      zh: `${q(replace ? word + next : word)}应以冒号结束，应为${q(word + '：')}`,
      en: `${q(replace ? word + next : word)} should end with a colon; expected ${q(word + '：')}`,
    };
    // Right before a closing bracket or quote (答复如下》…: damaged text) a colon would sit where
    // punct-before-closing-bracket (P03) deletes it, and the two fixes would undo each other:
    // offered as a suggestion only.
    const after = ctx.text[fix.range[1]];
    if (after !== undefined && '）)》”'.includes(after)) {
      ctx.report({ range: replace ? [s, e + 1] : [s, at], message, suggestions: [{ ...fix, title: { zh: `改为${q(word + '：')}`, en: `Change to ${q(word + '：')}` } }] });
    } else ctx.report({ range: replace ? [s, e + 1] : [s, at], message, fix });
  },
});
