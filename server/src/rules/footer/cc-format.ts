import { defineRule } from '../rule';
import { q } from '../../analysis/finding';

/**
 * F10 — `抄送：A，B。`: recipients separated by `，` (not `、` or spaces) and the last one
 * followed by `。`. The colon after 抄送 is the label rule's (F12); ASCII commas are
 * fullwidth-punct's.
 */
export default defineRule({
  id: 'cc-format',
  code: 'F10',
  category: 'footer',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '抄送机关之间用逗号分隔，最后一个抄送机关后标句号。',
    en: 'Copy recipients are separated by “，” and the last one is followed by “。”.',
  },
  source: 'GB/T 9704-2012 §7.4.2 [S5]',
  examples: {
    correct: ['抄送：市人大常委会代表工作委员会，市政府督查室。'],
    incorrect: [{ text: '抄送：市人大常委会代表工作委员会、市政府督查室', output: '抄送：市人大常委会代表工作委员会，市政府督查室。' }],
  },
  check(ctx) {
    for (const f of ctx.parts.cc) {
      const [vs, ve] = f.valueRange;
      if (ve <= vs) continue;
      const v = ctx.text.slice(vs, ve);
      // Separators: 、 or a run of spaces between two names.
      const edits: Array<{ range: [number, number]; text: string }> = [];
      const sep = /、|[ \u3000]+(?=[\u4e00-\u9fff])/g;
      let m: RegExpExecArray | null;
      while ((m = sep.exec(v))) {
        if (m.index === 0) continue;
        if (m[0] !== '、' && !/[\u4e00-\u9fff）)]$/.test(v.slice(0, m.index))) continue;
        edits.push({ range: [vs + m.index, vs + m.index + m[0].length], text: '，' });
      }
      if (edits.length > 0) {
        let fixed = '';
        let from = vs;
        for (const e of edits) {
          fixed += ctx.text.slice(from, e.range[0]) + e.text;
          from = e.range[1];
        }
        fixed += ctx.text.slice(from, ve);
        const bad = [...new Set(edits.map((e) => (ctx.text.slice(e.range[0], e.range[1]).trim() === '' ? '空格' : ctx.text.slice(e.range[0], e.range[1]))))];
        ctx.report({
          range: [vs, ve],
          message: {
            zh: `抄送机关之间应用逗号分隔，不用${bad.map(q).join('、')}`,
            en: `Separate copy recipients with “，”, not ${bad.map((b) => q(b === '空格' ? 'spaces' : b)).join(', ')}`,
          },
          fix: { range: [vs, ve], text: fixed, edits },
        });
      }
      // The closing 。 (the field value may hold it, or the extractor trimmed marks off its end).
      if (/。$/.test(v)) continue;
      let e = ve;
      while (e < ctx.text.length && e < ve + 3 && /[，,；;.]/.test(ctx.text[e])) e++;
      let ts = ve;
      if (e === ve && /\.$/.test(v)) ts = ve - 1;
      const tail = ctx.text.slice(ts, e);
      if (ctx.text[e] === '。') continue;
      if (tail === '') {
        ctx.report({
          range: [Math.max(vs, ve - 1), ve],
          message: { zh: '最后一个抄送机关后应标句号“。”', en: 'The last copy recipient is followed by “。”' },
          fix: { range: [ve, ve], text: '。' },
        });
      } else {
        ctx.report({
          range: [ts, e],
          message: { zh: `抄送末尾的${q(tail)}应为句号“。”`, en: `The copy list ends with ${q(tail)}; expected “。”` },
          fix: { range: [ts, e], text: '。' },
        });
      }
    }
  },
});
