import { defineRule } from '../rule';
import { bracketHits } from '../../analysis/punct-scan';
import { startOf } from '../../text/spans';

/**
 * C01 — every 《 closes with 》 before the sentence ends, every 》 has its 《, and the single
 * marks 〈〉 appear only inside a 《…》 title (a 〈 that opens a 文号 year is H06/C03's).
 */
export default defineRule({
  id: 'cite-title-balanced',
  code: 'C01',
  category: 'citation',
  severity: 'error',
  fixable: false,
  docs: {
    zh: '书名号“《》”须成对使用，单书名号“〈〉”只用于书名号内的嵌套书名。',
    en: 'Title marks 《》 come in pairs, and the single marks 〈〉 appear only inside a 《》 title.',
  },
  source: 'GB/T 15834-2011 书名号 [S12]',
  examples: { correct: ['《厦门经济特区数据条例》'], incorrect: ['《厦门经济特区数据条例。', '厦门经济特区数据条例》', '〈数据条例〉'] },
  check(ctx) {
    const d = ctx.tree.data;
    // One finding per sentence: a run of unmatched marks is one defect to look at.
    let until = -1;
    for (const o of [...d.unclosedTitles].sort((a, b) => a - b)) {
      if (o < until) continue;
      const end = sentenceEnd(ctx.text, o);
      until = end;
      const shown = ctx.text.slice(o, Math.min(end, o + 20));
      ctx.report({
        range: [o, o + 1],
        message: {
          zh: `书名号“《”没有配对的“》”（${shown}…），应在书名结束处补上“》”`,
          en: `Title mark “《” has no matching “》” (${shown}…); close the title with “》”`,
        },
      });
    }
    until = -1;
    for (const o of [...d.strayTitleCloses].sort((a, b) => a - b)) {
      if (o < until) continue;
      until = sentenceEnd(ctx.text, o);
      ctx.report({
        range: [o, o + 1],
        message: { zh: '书名号“》”没有配对的“《”，应在书名开始处补上“《”', en: 'Title mark “》” has no matching “《”; open the title with “《”' },
      });
    }
    // 〈 outside every 《…》, not a 文号 year bracket.
    const inside: Array<[number, number]> = ctx.parts.citations.map((c) => [c.titleRange[0], c.titleRange[1]]);
    const yearMarks = new Set<number>();
    for (const n of ctx.parts.docNumbers) {
      yearMarks.add(n.yearOpen[0]);
      yearMarks.add(n.yearClose[0]);
    }
    let ci = 0;
    // The 〈〉 among the shared scan's hits (in the letter's prose, block by block).
    const hits = bracketHits(ctx);
    for (let h = 0; h < hits.at.length; h++) {
      if (hits.code[h] !== 0x3008 && hits.code[h] !== 0x3009) continue;
      const b = hits.block[h];
      const o = hits.at[h];
      // The block's text, where Markdown syntax is blanked out.
      const ch = b.value[o - startOf(b)];
      if (ch !== '〈' && ch !== '〉') continue;
      if (yearMarks.has(o)) continue;
      while (ci < inside.length && inside[ci][1] <= o) ci++;
      if (ci < inside.length && inside[ci][0] <= o && o < inside[ci][1]) continue;
      ctx.report({
        range: [o, o + 1],
        message: {
          zh: `单书名号${ch === '〈' ? '“〈”' : '“〉”'}只用于书名号内的嵌套书名，单独使用应为${ch === '〈' ? '“《”' : '“》”'}`,
          en: `The single title mark ${ch === '〈' ? '“〈”' : '“〉”'} belongs inside a 《》 title; on its own use ${ch === '〈' ? '“《”' : '“》”'}`,
        },
      });
    }
  },
});

function sentenceEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length && i < from + 200; i++) {
    const c = text[i];
    if (c === '。' || c === '\n' || c === '！' || c === '？' || c === '；') return i;
  }
  return Math.min(text.length, from + 200);
}
