import type { Position } from 'unist';
import type { LineIndex } from '../text/positions';

/** A unist position for an offset range; the only place the parser turns offsets into points. */
export function pos(lines: LineIndex, start: number, end: number): Position {
  return { start: lines.point(start), end: lines.point(end) };
}
