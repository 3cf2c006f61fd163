import { defineRule } from '../rule';
import { numberRanges } from '../../analysis/number-ranges';
import { inTitle } from '../../analysis/prose';
import { q } from '../../analysis/finding';

const WRONG = new Set(['-', '–', '~', '－', '——']);

/**
 * D04 — ranges of time, place and ordinals take the 一字线 “—” (2022—2026年, 1—3月); numeric
 * ranges take the 浪纹线 “～” or “—”. A hyphen, en dash, ASCII tilde or 破折号 between two
 * numbers is flagged. Inside 《》 the official title may itself use another form: info and a
 * suggestion only. Phone numbers, ISO dates and code-like strings are not ranges (ranges.ts).
 */
export default defineRule({
  id: 'range-connector',
  code: 'D04',
  category: 'date',
  severity: 'warning',
  fixable: 'safe',
  docs: {
    zh: '表示时间、序数起止用一字线“—”（如“2022—2026年”“1—3月”），表示数值范围用浪纹线“～”或一字线，不用短横线“-”、“~”或破折号。',
    en: 'Ranges of time and ordinals use the 一字线 “—” (2022—2026年, 1—3月) and numeric ranges “～” or “—”, not a hyphen, “~” or a 破折号.',
  },
  source: 'GB/T 15834-2011 §4.13.3.2; GB/T 15835-2011 [S11]',
  examples: {
    correct: ['（2022—2026年）', '1—3月', '25～30℃'],
    incorrect: [
      { text: '（2022-2026年）', output: '（2022—2026年）' },
      { text: '1~3月', output: '1—3月' },
      { text: '2022——2026年', output: '2022—2026年' },
    ],
  },
  check(ctx) {
    const ranges = numberRanges(ctx);
    // A numeric range takes the connector the letter already uses for numbers, else “～”.
    let numericDash = 0;
    let numericWave = 0;
    for (const r of ranges) {
      if (r.kind !== 'numeric') continue;
      if (r.connText === '—') numericDash++;
      else if (r.connText === '～') numericWave++;
    }
    for (const r of ranges) {
      if (!WRONG.has(r.connText)) continue;
      const want = r.kind === 'numeric' ? (numericDash > numericWave ? '—' : '～') : '—';
      const whole = ctx.text.slice(r.a[0], r.b[1]) + (r.kind === 'year' && r.after === '年' ? '年' : '');
      const fixed = ctx.text.slice(r.a[0], r.conn[0]) + want + ctx.text.slice(r.conn[1], r.b[1]) + (r.kind === 'year' && r.after === '年' ? '年' : '');
      const kindZh = r.kind === 'numeric' ? '数值范围' : r.kind === 'ordinal' ? '序数起止' : '时间起止';
      const kindEn = r.kind === 'numeric' ? 'numeric range' : r.kind === 'ordinal' ? 'ordinal range' : 'time range';
      const title = inTitle(ctx, r.conn[0]);
      const fix = { range: r.conn, text: want };
      ctx.report({
        range: r.conn,
        severity: title ? 'info' : 'warning',
        message: {
          zh: `${kindZh}${q(whole)}的连接号${q(r.connText)}不规范，应为${q(fixed)}${title ? '（书名号内请以正式标题为准）' : ''}`,
          en: `The connector ${q(r.connText)} in the ${kindEn} ${q(whole)} is non-standard; expected ${q(fixed)}${title ? ' (inside 《》 follow the official title)' : ''}`,
        },
        fix: title ? undefined : fix,
        suggestions: title ? [{ ...fix, title: { zh: `改为${q(fixed)}`, en: `Change to ${q(fixed)}` } }] : undefined,
      });
    }
  },
});
