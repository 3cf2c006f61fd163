import { defineRule } from '../rule';
import type { Block } from '../../parse/types';
import { isDigit } from '../../text/chars';
import { bracketHits } from '../../analysis/punct-scan';
import { q } from '../../analysis/finding';
import { endOf, startOf } from '../../text/spans';

/**
 * P08 — in a list joined with 、, a closing bracket followed directly by the next item's number
 * shows a missing 、: …企业（占全省总量50%）314家福建省… → …（占全省总量50%）、314家…. Only when
 * the clause already has a 、 before the bracket and the number is a count (a Han character
 * follows it); heading markers such as （一）1. are not lists.
 */
/** U+4E00–U+9FFF, as /[\u4e00-\u9fff]/ (NaN outside the text is not). */
function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

export default defineRule({
  id: 'missing-list-separator',
  code: 'P08',
  category: 'punctuation',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '用顿号分隔的并列成分中，括注后紧接下一项时不能漏掉顿号。',
    en: 'In a list separated by 、, the 、 after a bracketed note before the next item is not dropped.',
  },
  source: 'GB/T 15834-2011 顿号 [S10]; heuristic from the seed',
  examples: {
    correct: ['培育31家“小巨人”企业（占全省总量47%）、143家企业（占全省总量50%）、314家福建省专精特新中小企业'],
    incorrect: ['培育31家“小巨人”企业（占全省总量47%）、143家企业（占全省总量50%）314家福建省专精特新中小企业'],
  },
  check(ctx) {
    const text = ctx.text;
    // Ends of the heading markers, looked up only at a bracket followed by a number.
    let ends: Set<number> | undefined;
    const markerEnds = () => (ends ??= new Set(ctx.parts.sections.map((sec) => sec.heading.marker.range[1] - 1)));
    // A finding needs a ） or ) (from the shared scan) followed by a number. Only there is the
    // clause looked at: is there a 、 since the clause began (。；;！？ or the block start)? The
    // look goes back to the last 、 or clause end, but never past the previous such bracket,
    // whose answer it reuses: each character is looked at once at most.
    const hits = bracketHits(ctx);
    let block: Block | undefined;
    let s = 0;
    let e = 0;
    let known = -1; // the clause state is known at this offset…
    let knownHasDun = false; // …and is this
    for (let h = 0; h < hits.at.length; h++) {
      const c = hits.code[h];
      if (c !== 0xff09 && c !== 0x29) continue;
      if (hits.block[h] !== block) {
        block = hits.block[h];
        s = startOf(block);
        e = endOf(block);
        known = s - 1;
        knownHasDun = false;
      }
      const i = hits.at[h];
      // A number, then a Han character (by character code: text[k] would make a string).
      let k = i + 1;
      while (k < e && k - i <= 8 && isDigit(text.charCodeAt(k))) k++;
      if (k === i + 1 || !isHanCode(text.charCodeAt(k)) || markerEnds().has(i)) continue;
      // 1. after a bracket is a level-3 marker, not a count.
      if (text[k] === '.') continue;
      let hasDun: boolean = knownHasDun;
      for (let j = i - 1; j > known; j--) {
        const cj = text.charCodeAt(j);
        if (cj === 0x3001) hasDun = true;
        else if (cj === 0x3002 || cj === 0xff1b || cj === 0x3b || cj === 0xff01 || cj === 0xff1f) hasDun = false;
        else continue;
        break;
      }
      known = i;
      knownHasDun = hasDun;
      if (!hasDun) continue;
      const shown = text.slice(Math.max(s, i - 6), i + 1) + text.slice(i + 1, k + 2);
      const fixed = text.slice(Math.max(s, i - 6), i + 1) + '、' + text.slice(i + 1, k + 2);
      ctx.report({
        range: [i, k],
        message: { zh: `并列成分之间缺少顿号：${q(shown)}应为${q(fixed)}`, en: `Missing 、 between list items: ${q(shown)} should be ${q(fixed)}` },
        suggestions: [{ range: [i + 1, i + 1], text: '、', title: { zh: '插入顿号“、”', en: 'Insert 、' } }],
      });
    }
  },
});
