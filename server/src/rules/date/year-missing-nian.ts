import { defineRule } from '../rule';
import { isDigit, isLatinCode } from '../../text/chars';
import { isMasked, proseBlocks } from '../../analysis/prose';
import { q } from '../../analysis/finding';
import { startOf } from '../../text/spans';

/**
 * D06 — a year written without 年. Two shapes:
 *  (a) a year, a measure word and another count with the same measure word: 其中2022家4家
 *      (the year of a breakdown, 2022年4家);
 *  (b) a year followed directly by a noun that cannot follow a count: 2021金砖创新基地.
 * Counts (1208家, 1990家, 2000多), 届/级/版/年 after a year, numbers inside longer digit runs
 * (第20230019号) and code-like strings are left alone.
 */
// Characters that may follow a number: measure words, units, approximations, comparisons.
const AFTER_COUNT = new Set([
  ...'年月日天周时分秒届级版期批次个家项件人名位户元角万亿千百十余多来强倍成折度号条款章节座所处栋幢套间张份本册部篇页字行台辆架艘列只头匹株棵亩顷米吨斤克升方瓦伏场轮组队支班团种类样枚颗粒片根块包箱袋盒瓶桶罐双对副把辆趟站段路线届左以至到之前后内外余型式号款代',
  '平',
  '公',
  '千',
  '毫',
  '厘',
  '立',
  '兆',
  '美',
  '欧',
  '港',
  '英',
  '日',
  '韩',
  '澳',
  '台',
  '人',
  '小',
  '周',
]);
// Both patterns start with a year 19xx/20xx that is not part of a longer number; the years are
// found with a literal-first regex and the rest is checked by code (the regexes started with a
// lookbehind, which is tried at every character):
// SAME_MEASURE /(?<![\d.A-Za-z第])((?:19|20)\d\d)([家个项件人名所座台户])(\d{1,5})\2/g
// BARE_YEAR /(?<![\d.A-Za-z第〔\[［【(（\-—/])((?:19|20)\d\d)(?=[\u4e00-\u9fff])/g
const YEAR = /(?:19|20)\d\d/g;
const MEASURES = '家个项件人名所座台户';
const NOT_BEFORE_BARE = '第〔[［【(（-—/';

function isCjkIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** End of the SAME_MEASURE match of the year at p (2022家4家), else -1. */
function sameMeasureEnd(v: string, p: number): number {
  const before = v.charCodeAt(p - 1);
  if (isLatinCode(before) || before === 46 || v[p - 1] === '第') return -1;
  const measure = v[p + 4];
  if (!MEASURES.includes(measure)) return -1;
  let k = p + 5;
  while (k < v.length && k < p + 11 && isDigit(v.charCodeAt(k))) k++;
  return k > p + 5 && k <= p + 10 && v[k] === measure ? k + 1 : -1;
}
export default defineRule({
  id: 'year-missing-nian',
  code: 'D06',
  category: 'date',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '表示年份的四位数字后应有“年”，如“2021年金砖创新基地”“其中2022年4家”。',
    en: 'A four-digit year is followed by 年: 2021年金砖创新基地, 其中2022年4家.',
  },
  source: 'D01/D03 (years are written YYYY年) [S3][S14]; heuristic from the seed',
  examples: { correct: ['其中2022年4家', '2021年金砖创新基地', '1990家'], incorrect: ['其中2022家4家', '2021金砖创新基地'] },
  check(ctx) {
    const seen = new Set<number>();
    /** `replace`: the character after the year is a slip for 年 (2022家4家); else 年 is inserted. */
    const flag = (at: number, shown: string, replace: boolean) => {
      if (seen.has(at)) return;
      seen.add(at);
      const fixed = shown.slice(0, 4) + '年' + shown.slice(replace ? 5 : 4);
      ctx.report({
        range: [at, at + shown.length],
        message: {
          zh: `${q(shown)}中的年份缺少“年”，应为${q(fixed)}`,
          en: `The year in ${q(shown)} lacks 年; expected ${q(fixed)}`,
        },
        suggestions: [{ range: [at + 4, at + (replace ? 5 : 4)], text: '年', title: { zh: `改为${q(fixed)}`, en: `Change to ${q(fixed)}` } }],
      });
    };
    // Years (block index, index in the block's value) not preceded by a digit, followed by a Han character.
    const years: number[] = [];
    const blocks = proseBlocks(ctx);
    for (let b = 0; b < blocks.length; b++) {
      const v = blocks[b].value;
      YEAR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = YEAR.exec(v))) {
        if (!isDigit(v.charCodeAt(m.index - 1)) && isCjkIdeograph(v.charCodeAt(m.index + 4))) years.push(b, m.index);
      }
    }
    // Matches do not overlap: after 2021家2022家 the 2022 is not tried again.
    for (let k = 0, block = -1, end = 0; k < years.length; k += 2) {
      if (years[k] !== block) {
        block = years[k];
        end = 0;
      }
      const p = years[k + 1];
      if (p < end) continue;
      const v = blocks[block].value;
      const e = sameMeasureEnd(v, p);
      if (e < 0) continue;
      end = e;
      const at = startOf(blocks[block]) + p;
      if (!isMasked(ctx, at)) flag(at, v.slice(p, e), true);
    }
    for (let k = 0; k < years.length; k += 2) {
      const v = blocks[years[k]].value;
      const p = years[k + 1];
      const before = v.charCodeAt(p - 1);
      if (isLatinCode(before) || before === 46 || NOT_BEFORE_BARE.includes(v[p - 1])) continue;
      const at = startOf(blocks[years[k]]) + p;
      if (isMasked(ctx, at)) continue;
      const next = ctx.text[at + 4];
      if (AFTER_COUNT.has(next)) continue;
      // Show the year and the word after it (up to 4 Han characters).
      let e = at + 4;
      while (e < at + 8 && /[\u4e00-\u9fff]/.test(ctx.text[e] ?? '')) e++;
      flag(at, ctx.text.slice(at, e), false);
    }
  },
});
