/**
 * Offsets inside the engine are UTF-16 code units (what JS strings and LSP count).
 * This is the one place that turns them into 1-based line/column points.
 */
import { partitionPoint } from './search';
export interface Point {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 units
  offset: number; // 0-based, UTF-16 units
}

export class LineIndex {
  /** Offset at which each line starts; a line ends before \r\n, \n or \r. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    // Jump from line end to line end (a regex class scan is several times faster than a
    // charCodeAt loop over the whole text).
    const eol = /[\r\n]/g;
    while (eol.test(text)) {
      const i = eol.lastIndex - 1;
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) eol.lastIndex = i + 2;
      starts.push(eol.lastIndex);
    }
    this.lineStarts = starts;
  }

  /** Offset → point; offsets are clamped into [0, text.length]. */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = this.lineOf(o);
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1, offset: o };
  }

  /** The last line asked for: the parser and the rules mostly ask in text order. */
  private lastLine = 0;

  /** 0-based line of a clamped offset: the last line or the next one, else a binary search. */
  private lineOf(o: number): number {
    const starts = this.lineStarts;
    const n = starts.length;
    const last = this.lastLine;
    if (starts[last] <= o && (last + 1 >= n || o < starts[last + 1])) return last;
    if (last + 1 < n && starts[last + 1] <= o && (last + 2 >= n || o < starts[last + 2])) return (this.lastLine = last + 1);
    // The last line starting at or before o (line 0 starts at 0 <= o).
    return (this.lastLine = Math.max(0, partitionPoint(n, (i) => starts[i] <= o) - 1));
  }

  /** 1-based line/column → offset (clamped to the line's extent). */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.lineStarts.length));
    const start = this.lineStarts[l - 1];
    const next = l < this.lineStarts.length ? this.lineStarts[l] : this.text.length;
    return Math.max(start, Math.min(start + column - 1, next));
  }
}
