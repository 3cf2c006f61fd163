/**
 * The offsets of a positioned node (a unist `position`, as every node of the reply tree has):
 * its start, its end and its [start, end) range, written once for the parser, the analysis,
 * the rules and the fronts.
 */

/** Anything with a unist position whose offsets are set (every node the parser makes). */
export interface Positioned {
  position: { start: { offset?: number }; end: { offset?: number } };
}

export function startOf(n: Positioned): number {
  return n.position.start.offset!;
}

export function endOf(n: Positioned): number {
  return n.position.end.offset!;
}

/** The node's [start, end) offsets. */
export function rangeOf(n: Positioned): [number, number] {
  return [n.position.start.offset!, n.position.end.offset!];
}
