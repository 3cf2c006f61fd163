/**
 * The letter being built: the blocks (typed as each step recognises them), the parts record the
 * steps fill in, and the few block helpers every step uses. buildLetter (letter/index.ts) makes
 * one draft and hands it to the steps in reading order.
 */
import type { LineIndex } from '../../text/positions';
import type { Block, BlockType, LetterParts } from '../types';

export interface LetterDraft {
  /** The prose the blocks were cut from (the Markdown view's prose for .md). */
  text: string;
  lines: LineIndex;
  /** Every block in document order; a step retypes a block when it recognises it. */
  blocks: Block[];
  parts: LetterParts;
}

/** A block's start and end offsets (the one node-to-offset helper, text/spans.ts, under short names). */
export { startOf as start, endOf as end } from '../../text/spans';

export function setType(b: Block, t: BlockType): void {
  b.type = t;
}

/** Add a block to a part list and give it that part's type. */
export function assign(list: Block[], b: Block, t: BlockType): void {
  setType(b, t);
  list.push(b);
}

/** The block without a trailing page-table bar (`2023年4月10日 |`); no regex: /\s*\|$/ backtracks on long runs of spaces. */
export function stripPipe(v: string): string {
  const last = v[v.length - 1];
  if (last !== '|' && last !== '｜') return v;
  let e = v.length - 1;
  while (e > 0 && /\s/.test(v[e - 1])) e--;
  return v.slice(0, e);
}
