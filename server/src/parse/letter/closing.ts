/**
 * The closing (结束语: 感谢您对我们工作的关心和支持… / 特此函复): up to three plain paragraphs
 * directly above the signature block that read as a closing formula (CLOSING_ANY), are no
 * numbered heading and are at most 160 characters. The footer starts at the topmost of them.
 */
import { matchMarker } from '../markers';
import { CLOSING_ANY } from '../patterns';
import { setType, type LetterDraft } from './draft';

/** Types the closing blocks above block `k` + 1; returns the footer's first block index. */
export function findClosing({ blocks }: LetterDraft, k: number, bodyFrom: number): number {
  let closingStart = k + 1;
  while (k >= bodyFrom && closingStart - k <= 3) {
    const b = blocks[k];
    if (b.type === 'paragraph' && CLOSING_ANY.test(b.value) && !matchMarker(b.value, 0, b.value.length) && b.value.length <= 160) {
      setType(b, 'closing');
      closingStart = k;
      k--;
    } else break;
  }
  return closingStart;
}
