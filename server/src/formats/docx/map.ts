/**
 * The position map between the extracted letter and the Word document — the one place that knows
 * how an offset in the text (what the engine lints) relates to a paragraph, a character in it,
 * and the w:t node that holds it. The text has one line per paragraph (a line break inside a
 * paragraph, Shift+Enter, starts another line of the same paragraph).
 */
import type { Range } from '../../parse/types';
import { lastAtOrBefore } from '../../text/search';
import type { XmlElement } from './xml';

export type SegmentKind =
  /** characters of a w:t: editable */
  | 'text'
  /** Word's automatic number (computed, not in the text) */
  | 'number'
  /** w:tab, w:br, w:cr, w:noBreakHyphen …: one character, not editable as text */
  | 'mark';

export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
  /** 0-based paragraph index. */
  paragraph: number;
  /** The w:t (text) or the mark element; the w:p for a number. */
  node: XmlElement;
}

export interface Paragraph {
  /** Offsets of the paragraph's text in the extracted letter (end excludes the newline). */
  start: number;
  end: number;
  element: XmlElement;
  /** The automatic number shown before it, when Word numbers it. */
  number?: string;
}

export interface DocxText {
  text: string;
  paragraphs: Paragraph[];
  /** In text order, non-overlapping, non-empty. */
  segments: Segment[];
}

export interface Location {
  /** 1-based paragraph. */
  paragraph: number;
  /** 1-based character in the paragraph (UTF-16 code units, as offsets). */
  char: number;
}

export function locate(map: DocxText, offset: number): Location {
  const i = Math.max(
    0,
    lastAtOrBefore(map.paragraphs, offset, (p) => p.start),
  );
  const p = map.paragraphs[i];
  return { paragraph: i + 1, char: Math.min(offset, p ? p.end : offset) - (p?.start ?? 0) + 1 };
}

/** `第12段第5字` / `paragraph 12, char 5` */
export function locationText(loc: Location, locale: 'zh' | 'en'): string {
  return locale === 'zh' ? `第${loc.paragraph}段第${loc.char}字` : `paragraph ${loc.paragraph}, char ${loc.char}`;
}

/** Whether a range touches an automatic number (its fix is "restart/continue numbering"). */
export function touchesNumber(map: DocxText, range: Range): boolean {
  return piecesOf(map, range, true).some((p) => p.segment.kind === 'number');
}

export interface Piece {
  segment: Segment;
  /** Offsets inside the segment. */
  from: number;
  to: number;
}

/** The segments a range covers (partial at its ends); an empty range gives nothing. */
export function piecesOf(map: DocxText, range: Range, includeTouching = false): Piece[] {
  const out: Piece[] = [];
  const segs = map.segments;
  let i = Math.max(
    0,
    lastAtOrBefore(segs, range[0], (s) => s.start),
  );
  for (; i < segs.length && segs[i].start < range[1] + (includeTouching ? 1 : 0); i++) {
    const s = segs[i];
    const from = Math.max(range[0], s.start);
    const to = Math.min(range[1], s.end);
    if (to > from || (includeTouching && to === from && s.start <= range[0] && range[0] <= s.end && range[0] === range[1])) {
      out.push({ segment: s, from: from - s.start, to: to - s.start });
    }
  }
  return out;
}

/**
 * Where an edit can be made in the document: all its characters in w:t text of one paragraph
 * (an insertion goes into the text segment it touches, after the preceding character when it can).
 * undefined when it crosses a paragraph, a tab or break, or an automatic number.
 */
export function editablePieces(map: DocxText, range: Range): Piece[] | undefined {
  if (range[0] === range[1]) {
    const segs = map.segments;
    const i = lastAtOrBefore(segs, range[0], (s) => s.start);
    // After the character before the point, else before the character at it.
    const before = segs.find((s, k) => k <= i + 1 && k >= i - 1 && s.kind === 'text' && s.end === range[0]);
    const at = i >= 0 && segs[i].kind === 'text' && segs[i].start <= range[0] && range[0] < segs[i].end ? segs[i] : undefined;
    const s = before ?? at ?? segs.find((t, k) => k >= i && t.kind === 'text' && t.start === range[0]);
    return s ? [{ segment: s, from: range[0] - s.start, to: range[0] - s.start }] : undefined;
  }
  const pieces = piecesOf(map, range);
  const covered = pieces.reduce((n, p) => n + p.to - p.from, 0);
  if (covered !== range[1] - range[0]) return undefined;
  if (pieces.some((p) => p.segment.kind !== 'text' || p.segment.paragraph !== pieces[0].segment.paragraph)) return undefined;
  return pieces;
}
