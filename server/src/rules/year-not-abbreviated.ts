import { defineRule } from './rule';
import { cnDigits, eachMatch, letterYear } from './prose';
import { q } from './util';

/**
 * D03 — years are written in full. A two-digit number before 年 is a calendar year only when
 * the context says so (23年4月, 23年底/初/末/度, ’23年, 22-26年底); durations (5年, 连续10年,
 * 10-15年) are left alone. 九〇年 / 九O年 (a Chinese-numeral two-digit year) is flagged too.
 * The suggested century comes from the 成文日期 (else today).
 */
const TWO_DIGIT = /(?<![\d.A-Za-z%])(['’‘]?)(\d{2})(?:([-—–~～至])(\d{2}))?年(?=\d{1,2}月|底|初|末|年底|度|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度)/g;
const APOS = /(?<![\dA-Za-z])['’‘](\d{2})年/g;
/**
 * 22年，全市… / 截止22年 / 纳入23年大中修项目: a two-digit 年 that starts a clause and is followed
 * by a comma, or that follows a time cue (截至, 于, 在, 纳入…) and is not a duration (年来, 年内,
 * 年以上, 年间, 年多…).
 */
const CUED = /(?:(?<=^|[。；;，,：:！？!?\s])(\d{2})年(?=[，,]|[一二三四五六七八九十]{1,2}月)|(?<=截止到|截止|截至|纳入|列入|计划于|于|在|从|自|到)(\d{2})年(?![来内间以多余左右后前期里中半至—\-~～]))/g;
const CN_TWO = /(?<![〇○零一二三四五六七八九十百千万])([一二三四五六七八九])([〇○零O0Ｏ])年(?!代)/g;

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
  examples: { correct: ['2023年底', '2022—2026年', '连续5年', '在10年内'], incorrect: ['23年底', '22-26年底', '’23年', '九〇年', '截至22年，', '纳入23年计划'] },
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
    eachMatch(ctx, TWO_DIGIT, (m, at) => {
      const a = +m[2];
      const hasRange = m[3] !== undefined && m[4] !== undefined;
      if (m[3] !== undefined && m[4] === undefined) return;
      const len = m[0].length - 1; // without 年
      const raw = ctx.text.slice(at, at + len + 1);
      const aAt = at + m[1].length;
      if (hasRange) {
        const b = +m[4];
        if (!(b > a)) return;
        flag(at, len + 1, raw, [aAt, aAt + 2 + m[3].length], [a, b]);
      } else flag(at, len + 1, raw, [aAt], [a]);
    });
    eachMatch(ctx, CUED, (m, at) => {
      if (ctx.text.charCodeAt(at - 1) >= 48 && ctx.text.charCodeAt(at - 1) <= 57) return;
      flag(at, 3, ctx.text.slice(at, at + 3), [at], [+(m[1] ?? m[2])]);
    });
    eachMatch(ctx, APOS, (m, at) => {
      flag(at, m[0].length, m[0], [at + 1], [+m[1]]);
    });
    eachMatch(ctx, CN_TWO, (m, at) => {
      const yy = cnDigits(m[1] + m[2]);
      const raw = m[0];
      const full = String(fullYear(yy, base));
      const cn = [...full].map((c) => '〇一二三四五六七八九'[+c]).join('');
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
    });
  },
});
