import { defineRule } from '../rule';
import { halfWidthAt } from '../../analysis/half-width';
import { q } from '../../analysis/finding';
import type { Block } from '../../parse/types';
import { isCjk, isHan } from '../../text/chars';
import { rareMarkHits } from '../../analysis/punct-scan';
import { isTitleLineJoin } from '../../analysis/header';
import { matchLabel } from '../../parse/patterns';
import { endOf, startOf } from '../../text/spans';

/**
 * P09 — no spaces between two Chinese characters, or between a Chinese character and a Chinese
 * mark, inside a line (a paste or scraping artefact: 人大 一次会议). Indentation, spaces at line
 * ends, field lines (联 系 人：张 雷 is deliberate letter-spacing) and the signature block are
 * left alone, and the rule is off for scraped letters, where spaces separate blocks.
 */
export default defineRule({
  id: 'stray-space-cjk',
  code: 'P09',
  category: 'punctuation',
  severity: 'info',
  fixable: 'safe',
  docs: {
    zh: '汉字之间、汉字与中文标点之间不应有多余空格。',
    en: 'No stray spaces between Chinese characters or between a Chinese character and a Chinese mark.',
  },
  source: 'style',
  examples: {
    correct: ['第十七届人大一次会议'],
    incorrect: [
      { text: '第十七届人大 一次会议', output: '第十七届人大一次会议' },
      { text: '支持 。', output: '支持。' },
    ],
  },
  check(ctx) {
    if (ctx.scraped) return;
    const text = ctx.text;
    // A half-width mark that fullwidth-punct converts counts as a Chinese mark.
    // So do straight quotes, which straight-quotes turns into “” ‘’.
    const cjkAt = (i: number) => isCjk(text.charCodeAt(i)) || halfWidthAt(ctx).has(i) || text[i] === '"' || text[i] === "'";
    // docNumberLine: 文号, 类别 and 公开属性 written on one line are separated by spaces.
    const skip = new Set<string>(['field', 'issuer', 'issueDate', 'signature', 'letterhead', 'note', 'cc', 'docNumberLine']);
    let block: Block | undefined;
    const labelLines = new Map<Block, boolean>();
    const isLabelLine = (b: Block) => {
      let v = labelLines.get(b);
      if (v === undefined) {
        const line = b.value.trimStart();
        labelLines.set(b, (v = matchLabel(line, 0, line.length) !== null));
      }
      return v;
    };
    // Spaces before `next` are indentation or part of a run already looked at.
    let next = 0;
    // The spaces among the shared scan's hits (no loop over every character).
    const hits = rareMarkHits(ctx);
    for (let h = 0; h < hits.at.length; h++) {
      const c = hits.code[h];
      if (c !== 0x20 && c !== 0xa0) continue;
      const i = hits.at[h];
      const b = hits.block[h];
      const s = startOf(b);
      const e = endOf(b);
      if (b !== block) {
        block = b;
        next = s;
        while (next < e && (text[next] === ' ' || text[next] === '\u3000' || text[next] === '\t')) next++;
      }
      // A label line is letter-spaced on purpose (承 办 人：董雯雯, 签批：谢  高) even where the
      // parser could not place it in a footer (a page cut off before the date).
      if (i < next || skip.has(b.type) || isLabelLine(b)) continue;
      let k = i;
      while (k < e && (text[k] === ' ' || text[k] === '\u00a0')) k++;
      next = k;
      if (k >= e) continue;
      const before = i - 1;
      // At least one side is a Han character; the other Han or a Chinese mark.
      const ok = (isHan(text.charCodeAt(before)) && cjkAt(k)) || (cjkAt(before) && isHan(text.charCodeAt(k)));
      if (ok && !(b.type === 'title' && isTitleLineJoin(text, i, k))) {
        const shown = text.slice(Math.max(s, before - 3), Math.min(e, k + 4));
        const fixed = text.slice(Math.max(s, before - 3), i) + text.slice(k, Math.min(e, k + 4));
        ctx.report({
          range: [i, k],
          message: { zh: `${q(shown)}中有多余空格，应为${q(fixed)}`, en: `Stray space in ${q(shown)}; expected ${q(fixed)}` },
          fix: { range: [i, k], text: '' },
        });
      }
    }
  },
});
