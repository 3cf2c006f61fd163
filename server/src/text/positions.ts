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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
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
