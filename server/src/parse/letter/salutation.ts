/**
 * The salutation (称谓, 郭海峰代表：): the line that ends the header. Found among the first eight
 * blocks by its shape (SALUTATION_WHOLE: 尊敬的 … 代表/委员/同志 …：), never past the
 * acknowledgement; failing that, a short colon-ended line to an organ (会办意见 to the 主办 unit)
 * right before the acknowledgement or right under header-shaped lines.
 */
import { SALUTATION_WHOLE, matchLabel } from '../patterns';
import { isHeaderShaped } from './header';
import { setType, type LetterDraft } from './draft';

/** The salutation's block index, or -1; types the block and sets parts.salutation. */
export function findSalutation(d: LetterDraft): number {
  const sal = salutationIndex(d);
  if (sal >= 0) {
    setType(d.blocks[sal], 'salutation');
    d.parts.salutation = d.blocks[sal];
  }
  return sal;
}

function salutationIndex({ blocks }: LetterDraft): number {
  const n = blocks.length;
  for (let i = 0; i < Math.min(n, 8); i++) {
    const v = blocks[i].value;
    if (SALUTATION_WHOLE.test(v) && v.length <= 48) return i;
    if (/收悉|答复如下/.test(v)) break;
  }
  // A salutation to an organ (会办意见 to the 主办 unit): a short line ending with a colon
  // right before the acknowledgement.
  for (let i = 0; i < Math.min(n - 1, 6); i++) {
    const v = blocks[i].value;
    // …whose next line acknowledges the suggestion, or, with that sentence missing, any short
    // colon-ended line right under the header that is neither a field nor an announcement.
    const short = /^[^\s，。；,;]{2,30}[:：]$/.test(v) && !matchLabel(v, 0, v.length);
    if (short && (/收悉|悉|答复|意见如下/.test(blocks[i + 1].value) || (i > 0 && i <= 4 && !/如下|答复|意见|通知|说明/.test(v) && isHeaderShaped(blocks[i - 1].value, i - 1)))) return i;
  }
  return -1;
}
