/**
 * Inline enumerators (一是…二是…, 第一，第二，, 其一，其二，): every one the parser found, runs of
 * them per section, the number each should carry, and the edits that renumber a run. Shared by
 * inline-enum-sequence and the renumbering actions (engine/renumber.ts).
 */
import { CN_DIGITS, toChineseNumeral } from '../text/chars';
import type { EnumItem, Range, ReplyRoot, Section } from '../parse/types';
import { childSections, sectionLocator } from './sections';
import { endOf, startOf } from '../text/spans';
import { lastAtOrBefore } from '../text/search';

export type SequencedStyle = 'shi' | 'di' | 'qi';

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
