/**
 * Marker helpers shared by the numbering rules and the renumbering actions (engine/renumber.ts):
 * canonical markers, numerals in a marker's own style, sibling groups of sections, and runs of
 * inline enumerators (一是…二是…, 第一，第二，, 其一，其二，) per section.
 */
import { CN_DIGITS, toChineseNumeral } from '../text/chars';
import type { EnumItem, Marker, Range, ReplyRoot, Section } from '../parse/types';
import type { Report, RuleContext } from './rule';
import { q } from './util';
import { lastAtOrBefore } from './prose';

/** The canonical marker text for a level and ordinal: 一、 （一） 1. （1） */
export function canonicalMarker(level: number, ordinal: number): string {
  switch (level) {
    case 1: return toChineseNumeral(ordinal) + '、';
    case 2: return '（' + toChineseNumeral(ordinal) + '）';
    case 3: return ordinal + '.';
    case 4: return '（' + ordinal + '）';
    default: return String(ordinal);
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

export function childSections(s: { children: unknown[] }): Section[] {
  const out: Section[] = [];
  for (const c of s.children as Array<{ type: string }>) if (c.type === 'section') out.push(c as Section);
  return out;
}

/**
 * Sibling groups: the sections under each parent (and at top level), in order. Siblings of one
 * parent may mix levels when a level was skipped (一、 → 1. 2. → （一）); each level is its own group.
 */
export function siblingGroupsOf(tree: ReplyRoot): Section[][] {
  const groups: Section[][] = [];
  const walk = (list: Section[]) => {
    if (list.length === 0) return;
    const byDepth = new Map<number, Section[]>();
    for (const s of list) {
      const g = byDepth.get(s.depth) ?? [];
      g.push(s);
      byDepth.set(s.depth, g);
    }
    for (const g of byDepth.values()) groups.push(g);
    for (const s of list) walk(childSections(s));
  };
  walk(childSections(tree));
  return groups;
}

/** siblingGroupsOf, computed once per lint and shared by the numbering rules (read only). */
export function siblingGroups(ctx: RuleContext): Section[][] {
  const cache = ctx.tree.data as unknown as { _siblingGroups?: Section[][] };
  return (cache._siblingGroups ??= siblingGroupsOf(ctx.tree));
}

/** The parent of every section (undefined for top-level ones). */
export function parentsOf(tree: ReplyRoot): Map<Section, Section | undefined> {
  const out = new Map<Section, Section | undefined>();
  const walk = (list: Section[], parent: Section | undefined) => {
    for (const s of list) {
      out.set(s, parent);
      walk(childSections(s), s);
    }
  };
  walk(childSections(tree), undefined);
  return out;
}

/** The edits that renumber a sibling group 1..n from index `from` on (numerals only). */
export function renumberGroupEdits(text: string, group: Section[], from = 0): Array<{ range: Range; text: string }> {
  const edits: Array<{ range: Range; text: string }> = [];
  for (let i = from; i < group.length; i++) {
    const m = group[i].heading.marker;
    const want = numeralFor(m, i + 1);
    if (text.slice(m.numeralRange[0], m.numeralRange[1]) !== want) edits.push({ range: [m.numeralRange[0], m.numeralRange[1]], text: want });
  }
  return edits;
}

// ---- inline enumerators ----------------------------------------------------------------------

export type SequencedStyle = 'shi' | 'di' | 'qi';

export function startOf(n: { position: { start: { offset?: number } } }): number {
  return n.position.start.offset!;
}
export function endOf(n: { position: { end: { offset?: number } } }): number {
  return n.position.end.offset!;
}

/** Every enumerator the parser found (parts.enumItems and the blocks' inlines), in text order. */
export function allEnumItems(tree: ReplyRoot): EnumItem[] {
  const seen = new Map<number, EnumItem>();
  for (const e of tree.data.parts.enumItems) seen.set(startOf(e), e);
  for (const b of tree.data.blocks) {
    for (const x of b.inlines) if (x.type === 'enumItem' && !seen.has(startOf(x))) seen.set(startOf(x), x as EnumItem);
  }
  return [...seen.values()].sort((a, b) => startOf(a) - startOf(b));
}

/**
 * Whether an item really enumerates. 第二、三季度 / 第一、第二批 list ordinals ("the second and
 * third quarters"): a 、 followed by another numeral or 第 is prose, not an enumerator.
 */
export function isEnumerator(text: string, e: EnumItem): boolean {
  if (e.punct && text[e.punct[0]] === '、') {
    const next = text[e.punct[1]] ?? '';
    if (CN_DIGITS.includes(next) || next === '第' || next === '两') return false;
  }
  return true;
}

/** The numeral's range in 三是 / 第三 / 其三. */
export function enumNumeralRange(e: EnumItem): Range {
  const s = startOf(e);
  const end = endOf(e);
  return e.style === 'shi' ? [s, end - 1] : [s + 1, end];
}

/** The enumerator as it reads with another ordinal: 二是, 第二, 其二. */
export function enumWith(e: EnumItem, ordinal: number): string {
  const n = toChineseNumeral(ordinal);
  return e.style === 'shi' ? n + '是' : e.style === 'di' ? '第' + n : e.style === 'qi' ? '其' + n : e.raw;
}

export interface EnumRun {
  style: SequencedStyle;
  items: EnumItem[];
  /** The section the run belongs to (undefined before the first and after the last section). */
  section?: Section;
  /** Where the run's segment starts (the section start, or the start of the text). */
  segmentStart: number;
}

/** The deepest section whose range contains `offset`. */
export function sectionAt(tree: ReplyRoot, offset: number): Section | undefined {
  return sectionLocator(tree)(offset);
}

/**
 * A lookup offset → deepest enclosing section, in O(log n + depth): the last section starting at
 * or before the offset, then up its parents until one contains the offset.
 */
export function sectionLocator(tree: ReplyRoot): (offset: number) => Section | undefined {
  const parents = parentsOf(tree);
  const ordered = [...parents.keys()].sort((a, b) => startOf(a) - startOf(b));
  return (offset) => {
    const i = lastAtOrBefore(ordered, offset, startOf);
    let s: Section | undefined = i >= 0 ? ordered[i] : undefined;
    while (s && !(offset < endOf(s))) s = parents.get(s);
    return s;
  };
}

/** A lookup offset → start of the block holding it (-1 when none). */
function blockLocator(tree: ReplyRoot): (offset: number) => number {
  const blocks = tree.data.blocks;
  return (offset) => {
    const i = lastAtOrBefore(blocks, offset, startOf);
    return i >= 0 && offset < endOf(blocks[i]) ? startOf(blocks[i]) : -1;
  };
}

/**
 * Runs of inline enumerators. A run lives in one section (every heading marker starts afresh) and
 * continues across paragraphs (items are often one per line); a new 一是 / 第一 / 其一 starts a new
 * run, except right after a lone 一是 in the same paragraph (一是…一是 is a repeat, not two runs).
 * 首先/其次 are not sequenced.
 */
export function enumRuns(tree: ReplyRoot, text: string): EnumRun[] {
  const runs: EnumRun[] = [];
  const items = allEnumItems(tree);
  // The section and block lookups below cost O(sections) to build: not for a letter without enumerators.
  if (items.length === 0) return runs;
  const last = new Map<string, EnumRun>();
  const top = childSections(tree);
  const locate = sectionLocator(tree);
  const blockStartOf = blockLocator(tree);
  const lastTopEnd = top.length > 0 ? endOf(top[top.length - 1]) : 0;
  for (const e of items) {
    if (e.style === 'shouxian' || !isEnumerator(text, e)) continue;
    const at = startOf(e);
    const section = locate(at);
    const segKey = section ? `s${startOf(section)}` : at >= lastTopEnd && top.length > 0 ? 'post' : 'pre';
    const key = `${segKey}:${e.style}`;
    const cur = last.get(key);
    let startNew = !cur;
    if (cur && e.ordinal === 1) {
      const lone = cur.items.length === 1 && cur.items[0].ordinal === 1 && blockStartOf(startOf(cur.items[0])) === blockStartOf(at);
      startNew = !lone;
    }
    if (startNew) {
      const run: EnumRun = {
        style: e.style as SequencedStyle,
        items: [e],
        section,
        segmentStart: section ? startOf(section) : segKey === 'post' ? lastTopEnd : 0,
      };
      runs.push(run);
      last.set(key, run);
    } else cur!.items.push(e);
  }
  return runs;
}

/**
 * Whether the enumerators numbered expected..e.ordinal-1 stand, in order, in the text between
 * `from` and `e`: the parser only takes enumerators at a clause start, so 我局一是…，二是… has
 * an 一是 it did not take. Such a run is complete, not broken.
 */
export function missedByParser(text: string, e: EnumItem, expected: number, from: number): boolean {
  if (e.ordinal - expected > 20) return false;
  const between = text.slice(from, startOf(e));
  let at = 0;
  for (let n = expected; n < e.ordinal; n++) {
    const k = between.indexOf(enumWith(e, n), at);
    if (k < 0) return false;
    at = k + 1;
  }
  return true;
}

/** The number each item of a run should carry: 1..n, skipping numbers the parser missed. */
export function runNumbers(text: string, run: EnumRun): number[] {
  const out: number[] = [];
  let expected = 1;
  let prevEnd = run.segmentStart;
  for (const e of run.items) {
    if (e.ordinal > expected && missedByParser(text, e, expected, prevEnd)) expected = e.ordinal;
    out.push(expected);
    expected++;
    prevEnd = endOf(e);
  }
  return out;
}

/** The edits that renumber a run (numerals only). */
export function renumberRunEdits(text: string, run: EnumRun): Array<{ range: Range; text: string }> {
  const edits: Array<{ range: Range; text: string }> = [];
  const want = runNumbers(text, run);
  for (let i = 0; i < run.items.length; i++) {
    const r = enumNumeralRange(run.items[i]);
    const n = toChineseNumeral(want[i]);
    if (text.slice(r[0], r[1]) !== n) edits.push({ range: r, text: n });
  }
  return edits;
}

/** One fix made of several edits: `range`/`text` show the whole span as it will read. */
export function combinedFix(text: string, edits: Array<{ range: Range; text: string }>): { range: Range; text: string; edits: Array<{ range: Range; text: string }> } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0].range[0];
  const end = sorted[sorted.length - 1].range[1];
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  out += text.slice(at, end);
  return { range: [start, end], text: out, edits: sorted };
}

// ---- bracket width (N02, N04) ------------------------------------------------------------------

const FW_BRACKET: Record<string, string> = { '(': '（', ')': '）' };

/**
 * ASCII or mixed brackets around a marker's numeral. Both ASCII: a width-only defect, silent
 * when fullwidth-punct aggregates the letter's ASCII marks. Mixed （一): always reported.
 */
export function bracketWidthFinding(ctx: RuleContext, m: Marker, zhWhat: string, enWhat: string): Report | undefined {
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
export function missingOpeningFinding(ctx: RuleContext, m: Marker, alternativeMark: string): Report {
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
