/**
 * Shared scan for the number and date rules: where a literal (年, 月) occurs in each prose block,
 * from the parser's character index, grouped by block once per lint (the per-lint memo).
 * Those rules' patterns start with a lookbehind or a character class, which a regex engine tries
 * at every position of the letter; anchoring on the rare literal they all contain and checking
 * the few characters around it by code gives the same matches at a small fraction of the cost.
 */
import type { Block } from '../parse/types';
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import { startOf } from '../text/spans';
import { eachPositionInBlocks, proseBlocks, proseChars } from './prose';
import { charSet, type CharSet } from '../text/char-index';

/** The literals the number and date rules anchor on (sets of the parser's character index). */
export const NIAN = charSet('年');
export const YUE = charSet('月');

const LITERAL_HITS = memoKey<Map<number, LiteralHits[]>>('literalHits');

export interface LiteralHits {
  block: Block;
  /** The block's start offset in the text. */
  base: number;
  /** Offsets of the literal within `block.value`, ascending. */
  at: number[];
}

/** Every occurrence of the literal in the prose blocks, grouped by block (blocks without one are left out). */
export function literalHits(ctx: LetterContext, literal: CharSet): LiteralHits[] {
  const scans = memo(ctx, LITERAL_HITS, () => new Map<number, LiteralHits[]>());
  let hits = scans.get(literal.id);
  if (hits) return hits;
  const out: LiteralHits[] = [];
  let cur: LiteralHits | undefined;
  eachPositionInBlocks(proseChars(ctx).positions(literal), proseBlocks(ctx), (i, block) => {
    if (cur?.block !== block) out.push((cur = { block, base: startOf(block), at: [] }));
    cur.at.push(i - cur.base);
  });
  scans.set(literal.id, (hits = out));
  return hits;
}
