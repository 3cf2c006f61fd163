import { defineRule } from '../rule';
import { mixedPairs, scanBrackets } from '../../analysis/brackets';
import { q } from '../../analysis/finding';

const NAME: Record<string, string> = {
  '(': '圆括号',
  '（': '圆括号',
  ')': '圆括号',
  '）': '圆括号',
  '“': '双引号',
  '”': '双引号',
  '‘': '单引号',
  '’': '单引号',
  '〈': '单书名号',
  '〉': '单书名号',
  '〔': '六角括号',
  '〕': '六角括号',
  '【': '方头括号',
  '】': '方头括号',
};
const EN: Record<string, string> = {
  圆括号: 'bracket',
  双引号: 'quotation mark',
  单引号: 'single quotation mark',
  单书名号: 'angle bracket',
  六角括号: 'tortoise-shell bracket',
  方头括号: 'lenticular bracket',
};

/**
 * P02 — brackets and quotes are balanced and paired with the same width and type: (…） and
 * （…) are errors (the half-width member is converted), an opening or closing mark with no
 * partner is an error with no fix, and a round bracket nested in a round bracket is an info
 * (use 〔（…）〕). 《》 balance is the citation rules' (C01/C02); 1) / a) enumerators are fine.
 */
export default defineRule({
  id: 'bracket-pairs',
  code: 'P02',
  category: 'punctuation',
  severity: 'error',
  fixable: 'safe',
  docs: {
    zh: '括号、引号应成对使用，前后宽度和形式一致（不用“(…）”“（…)”）；括号套用时外用六角括号、内用圆括号。',
    en: 'Brackets and quotes come in pairs of the same width and type (not (…） or （…)); nested round brackets become 〔（…）〕.',
  },
  source: 'GB/T 15834-2011 括号、引号 [S12 taodocs][S13 yd166]',
  examples: {
    correct: ['（占40%）', '“创新飞地”'],
    incorrect: [
      { text: '（一)', output: '（一）' },
      { text: '(占40%）', output: '（占40%）' },
      { text: '“创新飞地', output: null },
      { text: '（A（B）C）', output: null },
    ],
  },
  check(ctx) {
    const text = ctx.text;
    for (const { pair, half } of mixedPairs(ctx)) {
      const raw = text.slice(pair.open, pair.close + 1);
      const shown = raw.length > 24 ? raw.slice(0, 10) + '…' + raw.slice(-10) : raw;
      const full = text[half] === '(' ? '（' : '）';
      ctx.report({
        range: [half, half + 1],
        message: {
          zh: `括号${q(shown)}前后宽度不一致，半角${q(text[half])}应为全角${q(full)}`,
          en: `Brackets ${q(shown)} mix widths; half-width ${q(text[half])} should be full-width ${q(full)}`,
        },
        fix: { range: [half, half + 1], text: full },
      });
    }
    const scan = scanBrackets(ctx);
    // A run of unmatched marks in one sentence is one finding, not thousands.
    const unmatched = [
      { offsets: scan.unclosed, zh: '后半个', en: (n: string, ch: string) => `Opening ${n} ${q(ch)} is never closed` },
      { offsets: scan.stray, zh: '前半个', en: (n: string, ch: string) => `Closing ${n} ${q(ch)} has no opening` },
    ];
    for (const u of unmatched) {
      for (const at of firstOfRuns(text, u.offsets)) {
        const ch = text[at];
        const name = NAME[ch] ?? '括号';
        ctx.report({ range: [at, at + 1], message: { zh: `${name}${q(ch)}没有对应的${u.zh}`, en: u.en(EN[name] ?? 'bracket', ch) } });
      }
    }
    for (const p of scan.pairs) {
      // Report the first nesting level only: deeper levels repeat the same advice.
      if (p.kind !== 'round' || p.depth !== 1) continue;
      ctx.report({
        range: [p.open, p.close + 1],
        severity: 'info',
        message: {
          zh: `圆括号${q(text.slice(p.open, Math.min(p.close + 1, p.open + 20)))}套在圆括号内，外层宜改用六角括号“〔〕”`,
          en: `Round brackets ${q(text.slice(p.open, Math.min(p.close + 1, p.open + 20)))} are nested in round brackets; use 〔〕 outside`,
        },
      });
    }
  },
});

/** The first offset of each run of offsets not separated by a sentence end (sorted input). */
function firstOfRuns(text: string, offsets: number[]): number[] {
  const out: number[] = [];
  let last = -1;
  for (const at of offsets) {
    if (last < 0 || /[。！？\n]/.test(text.slice(last, at)) || at - last > 200) out.push(at);
    last = at;
  }
  return out;
}
