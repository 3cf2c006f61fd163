import type { Block } from '../../parse/types';
import { defineRule } from '../rule';
import { isHan } from '../../text/chars';
import { rareMarkHits } from '../../analysis/punct-scan';
import { q } from '../../analysis/finding';

// Corner brackets by character code: 「 」 『 』.
const CORNER: Record<number, string> = { 0x300c: '“', 0x300d: '”', 0x300e: '‘', 0x300f: '’' };

/**
 * P07 — Chinese quotations use “” (nested ‘’), not ASCII " ' or 「」『』. ASCII " in a block with
 * Chinese text is paired left to right (safe fix when the count is even); 「」 → “” and 『』 →
 * ‘’ always. ASCII ' is only taken as a quote when a pair of them encloses Chinese text.
 */
export default defineRule({
  id: 'straight-quotes',
  code: 'P07',
  category: 'punctuation',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '中文引号用“”，引号内再用引号时用‘’，不用半角引号"\'或直角引号「」『』。',
    en: 'Chinese quotations use “” (nested ‘’), not ASCII " \' or corner brackets 「」『』.',
  },
  source: 'GB/T 15834-2011 引号 [S12 taodocs]',
  examples: {
    correct: ['“创新飞地”'],
    incorrect: [
      { text: '"创新飞地"', output: '“创新飞地”' },
      { text: '「创新飞地」', output: '“创新飞地”' },
    ],
  },
  check(ctx) {
    const text = ctx.text;
    // The ASCII quotes of the current block, paired when the block is done.
    const dq: number[] = [];
    const sq: number[] = [];
    let block: Block | undefined;
    const endBlock = () => {
      pairUp(dq, '“', '”', false);
      if (sq.length >= 2 && sq.length % 2 === 0) pairUp(sq, '‘', '’', true);
      dq.length = 0;
      sq.length = 0;
    };
    // The quotes among the shared scan's hits (no loop over every character).
    const hits = rareMarkHits(ctx);
    for (let h = 0; h < hits.at.length; h++) {
      const c = hits.code[h];
      if (c !== 0x22 && c !== 0x27 && (c < 0x300c || c > 0x300f)) continue; // " ' 「」『』
      if (hits.block[h] !== block) {
        endBlock();
        block = hits.block[h];
      }
      const i = hits.at[h];
      if (c === 0x22) dq.push(i);
      else if (c === 0x27) sq.push(i);
      else {
        const ch = text[i];
        const want = CORNER[c];
        ctx.report({
          range: [i, i + 1],
          message: { zh: `直角引号${q(ch)}应为${q(want)}`, en: `Corner bracket ${q(ch)} should be ${q(want)}` },
          fix: { range: [i, i + 1], text: want },
        });
      }
    }
    endBlock();

    function pairUp(list: number[], open: string, close: string, needHan: boolean): void {
      const even = list.length % 2 === 0;
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        const isOpen = k % 2 === 0;
        const partner = isOpen ? list[k + 1] : list[k - 1];
        // Chinese context: the quoted span (or the neighbours of a lone mark) has Han text.
        const lo = partner === undefined ? i - 1 : Math.min(i, partner);
        const hi = partner === undefined ? i + 1 : Math.max(i, partner);
        // Chinese inside the quotes, or right around them (发展的"4+4+6"现代产业体系).
        let han = false;
        for (let j = lo; j <= hi && !han; j++) han = isHan(text.charCodeAt(j));
        if (!han && partner !== undefined) han = isHan(text.charCodeAt(lo - 1)) || isHan(text.charCodeAt(hi + 1));
        if (!han) continue;
        if (needHan && partner === undefined) continue;
        const want = isOpen ? open : close;
        const fixable = even;
        ctx.report({
          range: [i, i + 1],
          message: fixable
            ? { zh: `半角引号${q(text[i])}应为${q(want)}`, en: `Straight quote ${q(text[i])} should be ${q(want)}` }
            : { zh: `半角引号${q(text[i])}应改为中文引号${q(open + close)}`, en: `Straight quote ${q(text[i])} should be a Chinese quotation mark ${q(open + close)}` },
          fix: fixable ? { range: [i, i + 1], text: want } : undefined,
        });
      }
    }
  },
});
