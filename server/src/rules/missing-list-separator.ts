import { defineRule } from './rule';
import { proseBlocks } from './prose';
import { punctHits } from './punct-scan';
import { q } from './util';

/**
 * P08 — in a list joined with 、, a closing bracket followed directly by the next item's number
 * shows a missing 、: …企业（占全省总量50%）314家福建省… → …（占全省总量50%）、314家…. Only when
 * the clause already has a 、 before the bracket and the number is a count (a Han character
 * follows it); heading markers such as （一）1. are not lists.
 */
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
  examples: { correct: ['143家企业（占全省总量50%）、314家福建省专精特新中小企业'], incorrect: ['143家企业（占全省总量50%）314家福建省专精特新中小企业'] },
  check(ctx) {
    const text = ctx.text;
    const markerEnds = new Set<number>();
    for (const sec of ctx.parts.sections) markerEnds.add(sec.heading.marker.range[1] - 1);
    // The clause state only changes at 、 and the clause ends, and only ） ) can start a finding:
    // the shared scan's hits are enough, no loop over every character.
    const hits = punctHits(ctx);
    const blocks = proseBlocks(ctx);
    let block = -1;
    let clauseHasDun = false;
    for (let h = 0; h < hits.at.length; h++) {
      const c = hits.code[h];
      // 。 ； ; ！ ？ end the clause; 、 marks a list; ） ) may start a finding.
      const clauseEnd = c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f;
      if (!clauseEnd && c !== 0x3001 && c !== 0xff09 && c !== 0x29) continue;
      // The clause state starts afresh in each block.
      if (hits.block[h] !== block) {
        block = hits.block[h];
        clauseHasDun = false;
      }
      const i = hits.at[h];
      if (clauseEnd) clauseHasDun = false;
      else if (c === 0x3001) clauseHasDun = true;
      if ((c !== 0xff09 && c !== 0x29) || !clauseHasDun || markerEnds.has(i)) continue;
      const s = blocks[block].position.start.offset!;
      const e = blocks[block].position.end.offset!;
      let k = i + 1;
      while (k < e && k - i <= 8 && /\d/.test(text[k])) k++;
      if (k === i + 1 || !/[\u4e00-\u9fff]/.test(text[k] ?? '')) continue;
      // 1. after a bracket is a level-3 marker, not a count.
      if (text[k] === '.' ) continue;
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
