import { defineRule } from '../rule';
import { isMasked } from '../../analysis/prose';
import { eachCharInProse } from '../../analysis/punct-scan';
import { q } from '../../analysis/finding';

/**
 * P10 — 顿号 misuse: a 、 before the conjunction that already joins the last item (A、和B →
 * A和B, safe), a 、 after a sentence adverb where a comma belongs (在此、对你们… → 在此，),
 * and the radical 丶 typed in place of 、 (应用丶发现 → 应用、发现, safe). 、 after bracketed
 * markers (N05) and between titles (C06) are those rules'.
 */
const CONJUNCTIONS = ['和', '与', '及', '以及', '或者', '或', '并且'];
const ADVERBS = ['在此', '此外', '同时', '另外', '因此', '所以', '但是', '然而', '目前', '近年来', '下一步', '总之', '综上'];
const CONJ = CONJUNCTIONS.join('|');
// 及时, 和谐, 与会, 或许… are words, not conjunctions.
const BEFORE_CONJ = new RegExp(`[、丶](?=(?:${CONJ})(?![\\u3001，,])(?<!、(?:及(?=[时早格])|和(?=[谐平睦美气蔼煦])|与(?=[会其时])|或(?=许))))`, 'y');
const AFTER_ADVERB = new RegExp(`(?<=(?:^|[，。；：,;:\\s])(?:${ADVERBS.join('|')}))、`, 'y');
const RADICAL = new RegExp(`(?<=[\\u4e00-\\u9fff])丶(?![）)》”])(?!(?:${CONJ})(?![\\u3001，,]))`, 'y');

// Where one of them can match: a 、 before a conjunction's first character or after an adverb's
// last one, and every 丶. Literal first, so V8 only stops at a 、 or 丶 (the regexes above start
// with a lookbehind or a class and would be tried at every character of the letter).
const CANDIDATE = new RegExp(`、(?=[${CONJUNCTIONS.map((w) => w[0]).join('')}])|、(?<=[${ADVERBS.map((w) => w[w.length - 1]).join('')}]、)|丶`, 'g');

export default defineRule({
  id: 'dunhao-misuse',
  code: 'P10',
  category: 'punctuation',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '顿号只用于并列词语之间：已用连词“和”“与”“及”的地方不再用顿号，句首状语后用逗号，不用“丶”代替顿号。',
    en: 'The 顿号 only separates coordinate items: not before 和/与/及, not after a sentence adverb (use ，), and never the radical 丶.',
  },
  source: 'GB/T 15834-2011 顿号 [S13 stanmaklan]',
  examples: {
    correct: ['企业和高校', '在此，对你们', '应用、发现'],
    incorrect: [
      { text: '企业、和高校', output: '企业和高校' },
      { text: '在此、对你们', output: null },
      { text: '应用丶发现', output: '应用、发现' },
    ],
  },
  check(ctx) {
    // The matches of each regex, in text order (they are reported regex by regex).
    const beforeConj: number[] = [];
    const afterAdverb: number[] = [];
    const radicals: number[] = [];
    eachCharInProse(ctx, CANDIDATE, (at, s, _e, b) => {
      if (isMasked(ctx, at)) return;
      // The block's text, where Markdown syntax is blanked out.
      const v = b.value;
      const j = at - s;
      const radical = v[j] === '丶';
      if (matchesAt(BEFORE_CONJ, v, j)) beforeConj.push(at);
      if (!radical && matchesAt(AFTER_ADVERB, v, j)) afterAdverb.push(at);
      if (radical && matchesAt(RADICAL, v, j)) radicals.push(at);
    });
    for (const at of beforeConj) {
      const conj = /^(以及|或者|并且|和|与|及|或)/.exec(ctx.text.slice(at + 1, at + 3))![1];
      ctx.report({
        range: [at, at + 1],
        message: { zh: `连词${q(conj)}前不用顿号，${q('、' + conj)}应为${q(conj)}`, en: `No 顿号 before the conjunction ${q(conj)}; ${q('、' + conj)} should be ${q(conj)}` },
        fix: { range: [at, at + 1], text: '' },
      });
    }
    for (const at of afterAdverb) {
      let k = at;
      while (k > 0 && at - k < 3 && /[\u4e00-\u9fff]/.test(ctx.text[k - 1])) k--;
      const word = ctx.text.slice(k, at);
      ctx.report({
        range: [at, at + 1],
        severity: 'warning',
        message: { zh: `${q(word + '、')}中的顿号用法不当，应为逗号${q(word + '，')}`, en: `The 顿号 in ${q(word + '、')} is misused; use a comma: ${q(word + '，')}` },
        suggestions: [{ range: [at, at + 1], text: '，', title: { zh: '改为逗号“，”', en: 'Change to “，”' } }],
      });
    }
    for (const at of radicals) {
      ctx.report({
        range: [at, at + 1],
        message: { zh: '“丶”不是标点符号，应为顿号“、”', en: '“丶” is not a punctuation mark; use the 顿号 “、”' },
        fix: { range: [at, at + 1], text: '、' },
      });
    }
  },
});

/** Does the sticky regex `re` match `s` at `i`? */
function matchesAt(re: RegExp, s: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(s);
}
