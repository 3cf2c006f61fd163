/**
 * The opening (开头): from the salutation to the transition (现答复如下：) — at most the first
 * three blocks, stopping at a numbered heading; with no transition there, the first block alone
 * when it acknowledges the suggestion (…收悉). What the opening says is read by acknowledgement.ts.
 */
import { formulaSource } from '../formulas';
import { matchMarker } from '../markers';
import type { LetterDraft } from './draft';

/** 答复如下： and its variants (formulas.ts), with the colon when there is one. */
export const TRANSITION = new RegExp(`(?:${formulaSource('transition')})\\s?[:：]?`);

/** Fills parts.opening with blocks [bodyFrom, end); returns `end` (the body's first block). */
export function findOpening(d: LetterDraft, bodyFrom: number, footerTop: number): number {
  const { blocks, parts } = d;
  let openingEnd = bodyFrom; // exclusive
  for (let i = bodyFrom; i < Math.min(footerTop, bodyFrom + 3); i++) {
    const v = blocks[i].value;
    if (matchMarker(v, 0, v.length)) break;
    if (TRANSITION.test(v)) {
      openingEnd = i + 1;
      break;
    }
  }
  if (openingEnd === bodyFrom && bodyFrom < footerTop && /收?悉/.test(blocks[bodyFrom].value) && !matchMarker(blocks[bodyFrom].value, 0, 4)) {
    openingEnd = bodyFrom + 1;
  }
  for (let i = bodyFrom; i < openingEnd; i++) parts.opening.push(blocks[i]);
  return openingEnd;
}
