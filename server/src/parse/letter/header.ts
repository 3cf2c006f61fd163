/**
 * The header (版头): every block above the salutation — or, with no salutation, the leading
 * run (at most four) of header-shaped blocks. Each header block is typed by its shape: the
 * printed result category (A类), the 公开属性 line, the 文号 line, a date, a labelled field, the
 * title (the first line that ends like one or names 关于/建议/提案), the letterhead organ.
 */
import { formulaSource } from '../formulas';
import { matchMarker } from '../markers';
import { CATEGORY_WHOLE, DATE_WHOLE, DOC_NUMBER_LINE, DOC_NUMBER_WHOLE, NOTE_WHOLE, ORGAN_WHOLE, TITLE_END, matchLabel } from '../patterns';
import type { DateNode, Title } from '../types';
import { titleCore } from './title';
import { setType, type LetterDraft } from './draft';

/** The acknowledgement or the transition: the opening sentence of the letter, never a title. */
const OPENING_FORMULA = new RegExp(`${formulaSource('acknowledgement')}|${formulaSource('transition')}`);

/** Index of the first block after the header (the salutation itself when there is one). */
export function headerEnd({ blocks }: LetterDraft, sal: number): number {
  if (sal >= 0) return sal;
  // No salutation: the header is the leading run of header-shaped blocks.
  let i = 0;
  while (i < blocks.length && i < 4 && isHeaderShaped(blocks[i].value, i)) i++;
  return i;
}

/** Types blocks [0, end) and fills parts.header, parts.title and parts.resultCategory. */
export function classifyHeader(d: LetterDraft, end: number): void {
  const { blocks, parts } = d;
  for (let i = 0; i < end; i++) {
    const b = blocks[i];
    const v = b.value;
    if (CATEGORY_WHOLE.test(v)) setType(b, 'resultCategory');
    else if (NOTE_WHOLE.test(v) || /^公开属性/.test(v)) setType(b, 'disclosure');
    else if (DOC_NUMBER_WHOLE.test(v) || DOC_NUMBER_LINE.test(v.trim())) setType(b, 'docNumberLine');
    else if (DATE_WHOLE.test(v)) setType(b, 'headerDate');
    else if (matchLabel(v, 0, v.length)) setType(b, 'field');
    else if (!parts.title && (TITLE_END.test(titleCore(v)) || /关于|建议|提案/.test(v)) && !/[。；]/.test(titleCore(v))) setType(b, 'title');
    else if (ORGAN_WHOLE.test(v)) setType(b, 'letterhead');
    else if (!parts.title && !/[。；]/.test(titleCore(v)) && v.length <= 100) setType(b, 'title');
    parts.header.push(b);
    if (b.type === 'title') parts.title = b as Title;
    if (b.type === 'resultCategory') parts.resultCategory = b;
  }
}

/** A block that can stand in a header with no salutation below it (the `i`-th block). */
export function isHeaderShaped(v: string, i: number): boolean {
  if (OPENING_FORMULA.test(v)) return false;
  if (CATEGORY_WHOLE.test(v) || DOC_NUMBER_WHOLE.test(v) || DOC_NUMBER_LINE.test(v.trim()) || DATE_WHOLE.test(v) || NOTE_WHOLE.test(v)) return true;
  const t = titleCore(v);
  if (/[。；]/.test(t) || v.length > 100) return false;
  if (matchMarker(v, 0, v.length)) return false;
  return i === 0 ? TITLE_END.test(t) || /关于|建议|提案/.test(t) || ORGAN_WHOLE.test(v) : ORGAN_WHOLE.test(v) || TITLE_END.test(t);
}

/** The dates on the header's date lines (after the inline scan). */
export function readHeaderDates({ parts }: LetterDraft): void {
  for (const b of parts.header) {
    if (b.type === 'headerDate') parts.headerDates.push(...b.inlines.filter((x): x is DateNode => x.type === 'date'));
  }
}
