/** The half-width marks of a letter (found by the parser) and their full-width forms. */
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';

const HALF_WIDTH = memoKey<Map<number, string>>('halfWidthAt');

/** The half-width marks fullwidth-punct found, keyed by offset. */
export function halfWidthAt(ctx: LetterContext): Map<number, string> {
  return memo(ctx, HALF_WIDTH, () => {
    const m = new Map<number, string>();
    for (const h of ctx.tree.data.halfWidth) m.set(h.offset, h.replacement);
    return m;
  });
}
