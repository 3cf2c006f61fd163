/**
 * Heading markers (一、 （一） 1. （1）): the canonical marker for a level and ordinal, a
 * numeral in a marker's own style, and the findings the heading-marker rules share (bracket
 * width, a missing opening bracket).
 */
import { toChineseNumeral } from '../text/chars';
import type { Marker } from '../parse/types';
import type { LetterContext } from './context';
import { q, type Report } from './finding';

/** Heading levels by number, in messages: 一级 / level-1 (index 0 unused). */
export const LEVEL_ZH = ['', '一级', '二级', '三级', '四级'];
export const LEVEL_EN = ['', 'level-1', 'level-2', 'level-3', 'level-4'];

/** The canonical marker text for a level and ordinal: 一、 （一） 1. （1） */
export function canonicalMarker(level: number, ordinal: number): string {
  switch (level) {
    case 1:
      return toChineseNumeral(ordinal) + '、';
    case 2:
      return '（' + toChineseNumeral(ordinal) + '）';
    case 3:
      return ordinal + '.';
    case 4:
      return '（' + ordinal + '）';
    default:
      return String(ordinal);
  }
}

const FW_DIGIT0 = 0xff10;

/** The numeral as it should read for `ordinal`, in the style the marker uses (一 / 1 / １ / ① / ⑴). */
export function numeralFor(m: Marker, ordinal: number): string {
  if (m.kind === 'cn-dun' || m.kind === 'cn-paren') return toChineseNumeral(ordinal);
  if (m.kind === 'circled') {
    const base = m.level === 4 ? 0x2473 : 0x245f; // ⑴… or ①…
    return ordinal >= 1 && ordinal <= 20 ? String.fromCharCode(base + ordinal) : String(ordinal);
  }
  const raw = m.raw;
  const fullWidth = raw.length > 0 && /[０-９]/.test(raw.slice(m.numeralRange[0] - m.range[0], m.numeralRange[1] - m.range[0]));
  const s = String(ordinal);
  return fullWidth ? s.replace(/[0-9]/g, (d) => String.fromCharCode(FW_DIGIT0 + Number(d))) : s;
}

/** The marker text with its numeral replaced, e.g. （三） → （二）. */
export function markerWith(text: string, m: Marker, ordinal: number): string {
  return text.slice(m.range[0], m.numeralRange[0]) + numeralFor(m, ordinal) + text.slice(m.numeralRange[1], m.range[1]);
}

// ---- bracket width (N02, N04) ------------------------------------------------------------------

const FW_BRACKET: Record<string, string> = { '(': '（', ')': '）' };

/**
 * ASCII or mixed brackets around a marker's numeral. Both ASCII: a width-only defect, silent
 * when fullwidth-punct aggregates the letter's ASCII marks. Mixed （一): always reported.
 */
export function bracketWidthFinding(ctx: LetterContext, m: Marker, zhWhat: string, enWhat: string): Report | undefined {
  const open = m.open ?? '';
  const close = m.close ?? '';
  const openAscii = open === '(';
  const closeAscii = close === ')';
  if (!openAscii && !closeAscii) return undefined;
  const mixed = openAscii !== closeAscii;
  if (!mixed && ctx.halfWidthAggregated) return undefined;
  const o = m.range[0];
  const c = m.numeralRange[1];
  const want = (FW_BRACKET[open] ?? open) + ctx.text.slice(m.numeralRange[0], c) + (FW_BRACKET[close] ?? close);
  const raw = ctx.text.slice(o, c + 1);
  return {
    range: [o, c + 1],
    message: mixed
      ? { zh: `${zhWhat}${q(raw)}的括号全角半角混用，应为${q(want)}`, en: `${enWhat} ${q(raw)} mixes full- and half-width brackets; expected ${q(want)}` }
      : { zh: `${zhWhat}${q(raw)}使用了半角括号，应为全角${q(want)}`, en: `${enWhat} ${q(raw)} uses half-width brackets; expected full-width ${q(want)}` },
    fix: { range: [o, c + 1], text: want },
  };
}

/**
 * 一） / 1) with no opening bracket: the bracketed form is the likely intent, `alternative` (一、 or
 * 1.) the other reading, so both are suggestions and neither is a safe fix.
 */
export function missingOpeningFinding(ctx: LetterContext, m: Marker, alternativeMark: string): Report {
  const num = ctx.text.slice(m.numeralRange[0], m.numeralRange[1]);
  const paren = `（${num}）`;
  const other = num + alternativeMark;
  return {
    range: m.range,
    message: {
      zh: `序号${q(m.raw)}缺少左括号，应为${q(paren)}或${q(other)}`,
      en: `Marker ${q(m.raw)} lacks its opening bracket; expected ${q(paren)} or ${q(other)}`,
    },
    suggestions: [
      { range: m.range, text: paren, title: { zh: `改为${q(paren)}`, en: `Change to ${q(paren)}` } },
      { range: m.range, text: other, title: { zh: `改为${q(other)}`, en: `Change to ${q(other)}` } },
    ],
  };
}
