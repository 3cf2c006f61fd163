/**
 * Inline structures in every block of the letter (page residue left out): citations 《…》 with
 * their 文号, 文号 on their own, dates, and — in paragraphs, headings and closings — enumerations
 * (一是… 二是…, 首先…). Each goes on its block's `inlines` (in reading order) and on the parts'
 * letter-wide lists; 《 and 》 that do not pair are listed for the bracket rules.
 */
import type { CharIndex } from '../../text/char-index';
import { appendAll } from '../append';
import { DIGIT_SET, ENUM_START_SET, TITLE_MARK_SET, YEAR_OPEN_SET, scanCitations, scanDates, scanDocNumbers, scanEnumItems } from '../inline';
import type { EnumItem, Heading } from '../types';
import { end, start, type LetterDraft } from './draft';
import type { Positioned } from '../../text/spans';

export interface TitleMarks {
  /** 《 with no 》 before the sentence ends (offsets). */
  unclosedTitles: number[];
  /** 》 with no 《 (offsets). */
  strayTitleCloses: number[];
}

export function scanInlines(d: LetterDraft, index: CharIndex): TitleMarks {
  const { blocks, parts, text, lines } = d;
  const unclosedTitles: number[] = [];
  const strayTitleCloses: number[] = [];
  // One cursor per character set over the shared index, moving forward through the blocks.
  const yearOpen = index.cursor(YEAR_OPEN_SET);
  const titleMarks = index.cursor(TITLE_MARK_SET);
  const digits = index.cursor(DIGIT_SET);
  const enumStarts = index.cursor(ENUM_START_SET);
  for (const b of blocks) {
    if (b.type === 'boilerplate') continue;
    const s = start(b);
    const e = end(b);
    const docNumbers = scanDocNumbers(text, s, e, lines, yearOpen);
    const cites = scanCitations(text, s, e, lines, docNumbers, titleMarks);
    const dates = scanDates(text, s, e, lines, digits);
    // appendAll, not push(...): one long line can hold 100,000+ of each.
    for (const list of [cites.citations, docNumbers, dates]) appendAll(b.inlines, list);
    appendAll(parts.citations, cites.citations);
    appendAll(parts.docNumbers, docNumbers);
    appendAll(parts.dates, dates);
    appendAll(unclosedTitles, cites.unclosed);
    appendAll(strayTitleCloses, cites.strayClose);
    if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'closing') {
      const from = b.type === 'heading' ? (b as Heading).headingRange[0] : s;
      const items: EnumItem[] = scanEnumItems(text, from, e, lines, enumStarts);
      appendAll(b.inlines, items);
      appendAll(parts.enumItems, items);
    }
  }
  for (const b of blocks) if (b.inlines.length > 1) b.inlines.sort(byStart);
  return { unclosedTitles, strayTitleCloses };
}

const byStart = (x: Positioned, y: Positioned) => start(x) - start(y);
