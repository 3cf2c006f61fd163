import { defineRule } from '../rule';
import { letterYear } from '../../analysis/dates';
import { CN_DIGITS, cnDigits, isDigit, isLatinCode } from '../../text/chars';
import { isMasked } from '../../analysis/prose';
import { literalHits, NIAN } from '../../analysis/number-scan';
import { q } from '../../analysis/finding';

/**
 * D03 — years are written in full. A two-digit number before 年 is a calendar year only when
 * the context says so (23年4月, 23年底/初/末/度, ’23年, 22-26年底); durations (5年, 连续10年,
 * 10-15年) are left alone. 九〇年 / 九O年 (a Chinese-numeral two-digit year) is flagged too.
 * The suggested century comes from the 成文日期 (else today).
 */
// The four patterns below all end in 年, so they are matched from each 年 of the shared indexOf
// scan, checking the few characters before it by code (a regex starting with a lookbehind would
// be tried at every character of the letter). Each comment gives the regex the code matches exactly.
//
// TWO_DIGIT /(?<![\d.A-Za-z%])(['’‘]?)(\d{2})(?:([-—–~～至])(\d{2}))?年(?=AFTER)/g, AFTER below.
const AFTER = /\d{1,2}月|底|初|末|年底|度|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度/y;
const APOSTROPHES = "'’‘";
const CONNECTORS = '-—–~～至';
/**
 * CUED: 22年，全市… / 截止22年 / 纳入23年大中修项目: a two-digit 年 that starts a clause and is followed
 * by a comma, or that follows a time cue (截至, 于, 在, 纳入…) and is not a duration (年来, 年内,
 * 年以上, 年间, 年多…).
 * /(?:(?<=^|[。；;，,：:！？!?\s])(\d{2})年(?=[，,]|[一二三四五六七八九十]{1,2}月)|(?<=截止到|截止|截至|纳入|列入|计划于|于|在|从|自|到)(\d{2})年(?![来内间以多余左右后前期里中半至—\-~～]))/g
 */
const CLAUSE_START = /[。；;，,：:！？!?\s]/;
const CN_MONTH = /[一二三四五六七八九十]{1,2}月/y;
const CUE_1 = '于在从自到'; // also the ends of 计划于, 截止到
const CUE_2 = ['截止', '截至', '纳入', '列入'];
const NOT_DURATION = '来内间以多余左右后前期里中半至—-~～';
// APOS /(?<![\dA-Za-z])['’‘](\d{2})年/g
// CN_TWO /(?<![〇○零一二三四五六七八九十百千万])([一二三四五六七八九])([〇○零O0Ｏ])年(?!代)/g
const CN_NOT_BEFORE = '〇○零一二三四五六七八九十百千万';
const CN_TENS = '一二三四五六七八九';
const CN_ZERO = '〇○零O0Ｏ';

function digits2(v: string, i: number): boolean {
  return i >= 0 && isDigit(v.charCodeAt(i)) && isDigit(v.charCodeAt(i + 1));
}

/** Not [\d.A-Za-z%] (TWO_DIGIT's lookbehind); true before the start of the block. */
function twoDigitMayFollow(v: string, i: number): boolean {
  const c = v.charCodeAt(i);
  return !(isDigit(c) || isLatinCode(c) || c === 46 || c === 37);
}

/** TWO_DIGIT's match ending at the 年 at `nian`: its start and whether it has ’ and a range. */
function twoDigitAt(v: string, nian: number): { start: number; apos: boolean; range: boolean } | undefined {
  AFTER.lastIndex = nian + 1;
  if (!AFTER.test(v)) return undefined;
  // Candidate starts, leftmost first, as the regex tries them: ’22-26年, 22-26年, ’26年, 26年.
  if (digits2(v, nian - 2)) {
    if (digits2(v, nian - 5) && CONNECTORS.includes(v[nian - 3])) {
      if (nian >= 6 && APOSTROPHES.includes(v[nian - 6]) && twoDigitMayFollow(v, nian - 7)) return { start: nian - 6, apos: true, range: true };
      if (twoDigitMayFollow(v, nian - 6)) return { start: nian - 5, apos: false, range: true };
    }
    if (nian >= 3 && APOSTROPHES.includes(v[nian - 3]) && twoDigitMayFollow(v, nian - 4)) return { start: nian - 3, apos: true, range: false };
    if (twoDigitMayFollow(v, nian - 3)) return { start: nian - 2, apos: false, range: false };
  }
  return undefined;
}

function cuedAt(v: string, nian: number): boolean {
  const p = nian - 2;
  if (!digits2(v, p)) return false;
  const next = v[nian + 1];
  if (p === 0 || CLAUSE_START.test(v[p - 1])) {
    if (next === '，' || next === ',') return true;
    CN_MONTH.lastIndex = nian + 1;
    if (CN_MONTH.test(v)) return true;
  }
  const cued = (p >= 1 && CUE_1.includes(v[p - 1])) || (p >= 2 && CUE_2.includes(v.slice(p - 2, p)));
  if (cued && (next === undefined || !NOT_DURATION.includes(next))) return true;
  return sinceYear(v, p, nian);
}

/**
 * 95年以来 / 98年起: a point in time from which something runs. Only 50–99 read as a year here
 * (as durations, 5年以来 and 10年起 are common; 95 years is not), and not after a measure of
 * time (近, 约, 成立…, 第).
 */
const SINCE_AFTER = ['以来', '起', '开始', '至今'];
const NOT_BEFORE_SINCE = '近约逾超达过了长第多余立国党放周';
function sinceYear(v: string, p: number, nian: number): boolean {
  if (p > 0 && (isDigit(v.charCodeAt(p - 1)) || NOT_BEFORE_SINCE.includes(v[p - 1]))) return false;
  if (+v.slice(p, p + 2) < 50) return false;
  return SINCE_AFTER.some((w) => v.startsWith(w, nian + 1));
}

function aposAt(v: string, nian: number): boolean {
  const p = nian - 3;
  if (p < 0 || !APOSTROPHES.includes(v[p]) || !digits2(v, p + 1)) return false;
  const c = v.charCodeAt(p - 1);
  return !(isDigit(c) || isLatinCode(c));
}

function cnTwoAt(v: string, nian: number): boolean {
  const p = nian - 2;
  if (p < 0 || !CN_TENS.includes(v[p]) || !CN_ZERO.includes(v[p + 1]) || v[nian + 1] === '代') return false;
  return p === 0 || !CN_NOT_BEFORE.includes(v[p - 1]);
}

function fullYear(yy: number, base: number): number {
  // The century that puts the year closest to the letter's own year, preferring the past.
  const century = Math.floor(base / 100) * 100;
  let y = century + yy;
  if (y > base + 10) y -= 100;
  return y;
}

export default defineRule({
  id: 'year-not-abbreviated',
  code: 'D03',
  category: 'date',
  severity: 'warning',
  fixable: 'suggest',
  docs: {
    zh: '年份应写全称，不简写为“23年”“九〇年”。',
    en: 'Years are written in full, not abbreviated to 23年 or 九〇年.',
  },
  source: 'GB/T 15835 (1995 5.1.1.1 “年份一般不用简写”) [S15]; [S3 wddqw]',
  examples: { correct: ['2023年底', '2022—2026年', '连续5年', '在10年内', '近10年以来'], incorrect: ['95年以来', '23年底', '22-26年底', '’23年', '九〇年', '截至22年，', '纳入23年计划'] },
  check(ctx) {
    const base = letterYear(ctx);
    const seen = new Set<number>();
    const flag = (at: number, len: number, raw: string, digitsAt: number[], years: number[]) => {
      if (seen.has(at)) return;
      seen.add(at);
      let want = raw;
      // Replace from the end so earlier offsets stay valid.
      for (let i = digitsAt.length - 1; i >= 0; i--) {
        const k = digitsAt[i] - at;
        want = want.slice(0, k) + String(fullYear(years[i], base)) + want.slice(k + 2);
      }
      want = want.replace(/^['’‘]/, '');
      ctx.report({
        range: [at, at + len],
        message: { zh: `年份${q(raw)}为简写，应写全称，如${q(want)}`, en: `Year ${q(raw)} is abbreviated; write it in full, e.g. ${q(want)}` },
        suggestions: [{ range: [at, at + len], text: want, title: { zh: `改为${q(want)}`, en: `Change to ${q(want)}` } }],
      });
    };
    const nians = literalHits(ctx, NIAN);
    /** Calls `fn(v, nian, at)` for each 年 where `start` finds a match (its start, else -1) that is not masked. */
    const each = (start: (v: string, nian: number) => number, fn: (v: string, nian: number, at: number) => void) => {
      for (const { block, base: blockAt, at: list } of nians) {
        const v = block.value;
        for (const nian of list) {
          const s = start(v, nian);
          if (s >= 0 && !isMasked(ctx, blockAt + s)) fn(v, nian, blockAt + s);
        }
      }
    };
    for (const { block, base: blockAt, at: list } of nians) {
      const v = block.value;
      for (const nian of list) {
        const m = twoDigitAt(v, nian);
        if (!m) continue;
        const at = blockAt + m.start;
        if (isMasked(ctx, at)) continue;
        const aAt = at + (m.apos ? 1 : 0);
        const a = +v.slice(aAt - blockAt, aAt - blockAt + 2);
        const len = nian - m.start; // without 年
        const raw = ctx.text.slice(at, at + len + 1);
        if (m.range) {
          const b = +v.slice(nian - 2, nian);
          if (!(b > a)) continue;
          flag(at, len + 1, raw, [aAt, aAt + 3], [a, b]);
        } else flag(at, len + 1, raw, [aAt], [a]);
      }
    }
    each(
      (v, nian) => (cuedAt(v, nian) ? nian - 2 : -1),
      (v, nian, at) => {
        if (isDigit(ctx.text.charCodeAt(at - 1))) return;
        flag(at, 3, ctx.text.slice(at, at + 3), [at], [+v.slice(nian - 2, nian)]);
      },
    );
    each(
      (v, nian) => (aposAt(v, nian) ? nian - 3 : -1),
      (v, nian, at) => {
        flag(at, 4, v.slice(nian - 3, nian + 1), [at + 1], [+v.slice(nian - 2, nian)]);
      },
    );
    each(
      (v, nian) => (cnTwoAt(v, nian) ? nian - 2 : -1),
      (v, nian, at) => {
        const raw = v.slice(nian - 2, nian + 1);
        const yy = cnDigits(raw.slice(0, 2));
        const full = String(fullYear(yy, base));
        const cn = [...full].map((c) => CN_DIGITS[+c]).join('');
        if (seen.has(at)) return;
        seen.add(at);
        ctx.report({
          range: [at, at + raw.length],
          message: { zh: `年份${q(raw)}为简写，应写全称，如${q(full + '年')}`, en: `Year ${q(raw)} is abbreviated; write it in full, e.g. ${q(full + '年')}` },
          suggestions: [
            { range: [at, at + raw.length], text: full + '年', title: { zh: `改为${q(full + '年')}`, en: `Change to ${q(full + '年')}` } },
            { range: [at, at + raw.length], text: cn + '年', title: { zh: `改为${q(cn + '年')}`, en: `Change to ${q(cn + '年')}` } },
          ],
        });
      },
    );
  },
});
