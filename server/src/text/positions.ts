/**
 * Offsets inside the engine are UTF-16 code units (what JS strings and LSP count).
 * This is the one place that turns them into 1-based line/column points.
 */
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
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1, offset: o };
  }

  /** 1-based line/column → offset (clamped to the line's extent). */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.lineStarts.length));
    const start = this.lineStarts[l - 1];
    const next = l < this.lineStarts.length ? this.lineStarts[l] : this.text.length;
    return Math.max(start, Math.min(start + column - 1, next));
  }
}
