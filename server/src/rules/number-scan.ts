/**
 * Shared scan for the number and date rules: where a literal (年, 月, 方面 …) occurs in each prose
 * block, found once per lint with indexOf and cached on the tree. Those rules' patterns start
 * with a lookbehind or a character class, which a regex engine tries at every position of the
 * letter; anchoring on the rare literal they all contain and checking the few characters around
 * it by code gives the same matches at a small fraction of the cost.
 */
import type { Block } from '../parse/types';
import type { RuleContext } from './rule';
import { proseBlocks } from './prose';

export interface LiteralHits {
  block: Block;
  /** The block's start offset in the text. */
  base: number;
  /** Offsets of the literal within `block.value`, ascending (overlapping occurrences included). */
  at: number[];
}

/** Every occurrence of `literal` in the prose blocks (blocks without one are left out). */
export function literalHits(ctx: RuleContext, literal: string): LiteralHits[] {
  const cache = ctx.tree.data as unknown as { _numberScan?: Map<string, LiteralHits[]> };
  const scans = (cache._numberScan ??= new Map());
  let hits = scans.get(literal);
  if (hits) return hits;
  hits = [];
  for (const block of proseBlocks(ctx)) {
    const v = block.value;
    let i = v.indexOf(literal);
    if (i < 0) continue;
    const at: number[] = [];
    while (i >= 0) {
      at.push(i);
      i = v.indexOf(literal, i + 1);
    }
    hits.push({ block, base: block.position.start.offset!, at });
  }
  scans.set(literal, hits);
  return hits;
}
