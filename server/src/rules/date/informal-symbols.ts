import { defineRule } from '../rule';
import { eachPositionInBlocks, isMasked, proseBlocks, proseChars } from '../../analysis/prose';
import { isDigit, isLatinCode, isHan } from '../../text/chars';
import { charSet } from '../../text/char-index';
import { q } from '../../analysis/finding';
import { startOf } from '../../text/spans';

/**
 * D10 — informal symbols in running text: 3000+ (for 3000余 / 3000多), 10W (for 10万), & and →
 * between Chinese words, an ASCII ~ outside a number range. 4+4+6 and 5G+工业互联网 are names,
 * not approximations, and are left alone.
 */
// The character index gives every +, W/w and &→~; each pattern is then checked by code
// around that character (the regexes below started with a lookbehind, tried at every character).
/** The characters of the three patterns, from the parser's character index. */
const SYMBOLS = charSet('+Ww&→~');

/** Start of the run of ASCII digits ending right before `end` in `v`. */
function digitsBack(v: string, end: number): number {
  let k = end;
  while (k > 0 && isDigit(v.charCodeAt(k - 1))) k--;
  return k;
}

/** PLUS /(?<![\dA-Za-z+.])(\d{1,9})\+(?![\dA-Za-z+])/g: the number's start for the + at i, else -1. */
function plusAt(v: string, i: number): number {
  const start = digitsBack(v, i);
  if (start === i || i - start > 9) return -1;
  const before = v.charCodeAt(start - 1);
  if (isLatinCode(before) || before === 43 || before === 46) return -1;
  const after = v.charCodeAt(i + 1);
  if (isDigit(after) || isLatinCode(after) || after === 43) return -1;
  return start;
}

/**
 * WAN /(?<![\dA-Za-z.])(\d{1,6}(?:\.\d{1,3})?)([Ww])(?=[元人户家条个名次+])/g: 10W元 / 10W人, W for 万
 * before a counted unit (10W alone is ten watts). The number's start for the W at i, else -1.
 */
function wanAt(v: string, i: number): number {
  if (i + 1 >= v.length || !'元人户家条个名次+'.includes(v[i + 1])) return -1;
  let start = digitsBack(v, i);
  if (start === i) return -1;
  if (v.charCodeAt(start - 1) === 46) {
    // 1.5W: up to 3 decimals after up to 6 digits.
    if (i - start > 3) return -1;
    const dot = start - 1;
    start = digitsBack(v, dot);
    if (start === dot || dot - start > 6) return -1;
  } else if (i - start > 6) return -1;
  const before = v.charCodeAt(start - 1);
  return isLatinCode(before) || before === 46 ? -1 : start;
}

export default defineRule({
  id: 'informal-symbols',
  code: 'D10',
  category: 'date',
  severity: 'info',
  fixable: 'suggest',
  docs: {
    zh: '正文不用“3000+”“10W”“&”“→”等非正式符号，约数用“余”“多”“约”表示。',
    en: 'Running text avoids informal symbols such as 3000+, 10W, & and →; approximate numbers use 余, 多 or 约.',
  },
  source: 'GB/T 15835-2011 (approximate numbers in words) [S14]; style',
  examples: { correct: ['3000余家供应商', '10万元'], incorrect: ['3000+的供应商', '10W元'] },
  check(ctx) {
    // Candidates per pattern as pairs (block index, index in the block's value), in text order.
    const pluses: number[] = [];
    const wans: number[] = [];
    const symbols: number[] = [];
    const blocks = proseBlocks(ctx);
    eachPositionInBlocks(proseChars(ctx).positions(SYMBOLS), blocks, (i, block, b) => {
      const at = i - startOf(block);
      const c = block.value[at];
      (c === '+' ? pluses : c === 'W' || c === 'w' ? wans : symbols).push(b, at);
    });
    for (let k = 0; k < pluses.length; k += 2) {
      const v = blocks[pluses[k]].value;
      const base = startOf(blocks[pluses[k]]);
      const start = plusAt(v, pluses[k + 1]);
      if (start < 0 || isMasked(ctx, base + start)) continue;
      const at = base + start;
      const plus = base + pluses[k + 1];
      const num = v.slice(start, pluses[k + 1]);
      const raw = num + '+';
      // Only in Chinese prose: a Han character or a CJK mark after the +, or the number follows Han.
      if (!isHan(ctx.text.charCodeAt(plus + 1)) && !isHan(ctx.text.charCodeAt(at - 1))) continue;
      // Inside quotes (“4+”) it is usually a name: skip when a closing quote follows.
      if (ctx.text[plus + 1] === '”') continue;
      ctx.report({
        range: [at, plus + 1],
        message: { zh: `${q(raw)}为非正式写法，应写作${q(num + '余')}或${q(num + '多')}`, en: `${q(raw)} is informal; write ${q(num + '余')} or ${q(num + '多')}` },
        suggestions: [
          { range: [plus, plus + 1], text: '余', title: { zh: `改为${q(num + '余')}`, en: `Change to ${q(num + '余')}` } },
          { range: [plus, plus + 1], text: '多', title: { zh: `改为${q(num + '多')}`, en: `Change to ${q(num + '多')}` } },
        ],
      });
    }
    for (let k = 0; k < wans.length; k += 2) {
      const v = blocks[wans[k]].value;
      const base = startOf(blocks[wans[k]]);
      const start = wanAt(v, wans[k + 1]);
      if (start < 0 || isMasked(ctx, base + start)) continue;
      const at = base + start;
      const w = base + wans[k + 1];
      const num = v.slice(start, wans[k + 1]);
      const raw = v.slice(start, wans[k + 1] + 1);
      ctx.report({
        range: [at, w + 1],
        message: { zh: `${q(raw)}为非正式写法，应为${q(num + '万')}`, en: `${q(raw)} is informal; expected ${q(num + '万')}` },
        suggestions: [{ range: [w, w + 1], text: '万', title: { zh: `改为${q(num + '万')}`, en: `Change to ${q(num + '万')}` } }],
      });
    }
    for (let k = 0; k < symbols.length; k += 2) {
      const at = startOf(blocks[symbols[k]]) + symbols[k + 1];
      if (isMasked(ctx, at)) continue;
      const before = ctx.text.charCodeAt(at - 1);
      const after = ctx.text.charCodeAt(at + 1);
      if (!isHan(before) || !isHan(after)) continue;
      const sym = ctx.text[at];
      const want = sym === '&' ? '和' : sym === '→' ? '至' : '～';
      ctx.report({
        range: [at, at + 1],
        message: { zh: `正文中的符号${q(sym)}为非正式写法，宜改用文字（如${q(want)}）`, en: `The symbol ${q(sym)} is informal in running text; use words (e.g. ${q(want)})` },
        suggestions: [{ range: [at, at + 1], text: want, title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
      });
    }
  },
});
