/**
 * Blocks → the parts of a reply letter, in the order a reader finds them: the salutation ends
 * the header (the title, 文号, category above it); the footer is read from the bottom (the
 * 成文日期 anchors it; appended 附 material and page residue lie below it; the signature block
 * and the closing above it); the opening runs from the salutation to 答复如下; what lies between
 * is the body, whose markers build the section tree. Then the inline scan, and the parts read
 * from inlines (文号, dates, the acknowledgement). Classification uses each block's shape and
 * its place, never its wording alone. One module per part, each saying how it finds it.
 */
import type { CharIndex } from '../../text/char-index';
import type { LineIndex } from '../../text/positions';
import { UNKNOWN_KIND } from '../kind';
import { pos } from '../position';
import type { RawBlock } from '../segment';
import type { Block, LetterParts, Section } from '../types';
import { readOpening } from './acknowledgement';
import { buildBody } from './body';
import { findClosing } from './closing';
import { readDocNumber } from './doc-number';
import { collectFooter, signatureBlock } from './footer';
import { classifyHeader, headerEnd, readHeaderDates } from './header';
import { scanInlines } from './inlines';
import { findIssueDate, readIssueDate } from './issue-date';
import { findOpening } from './opening';
import { belowIssueDate, trailingResidue } from './residue';
import { findSalutation } from './salutation';
import { joinWrappedTitle, readTitle } from './title';
import { readPrintedCategory } from './category';
import { readDisclosures } from './disclosure';
import type { LetterDraft } from './draft';

export interface Built {
  children: Array<Section | Block>;
  blocks: Block[];
  parts: LetterParts;
  unclosedTitles: number[];
  strayTitleCloses: number[];
}

/**
 * `text`: the prose the blocks were cut from; `index`: its character index (parse/index.ts builds
 * it once per parse); `source`: the text as written (differs from the prose for Markdown).
 */
export function buildLetter(text: string, raw: RawBlock[], lines: LineIndex, index: CharIndex, source = text): Built {
  const blocks: Block[] = raw.map((r) => ({ type: 'paragraph', value: text.slice(r.range[0], r.range[1]), inlines: [], position: pos(lines, r.range[0], r.range[1]) }));
  const d: LetterDraft = { text, lines, blocks, parts: emptyParts() };
  const n = blocks.length;

  // Header, down to the salutation.
  const sal = findSalutation(d);
  const headEnd = headerEnd(d, sal);
  classifyHeader(d, headEnd);
  joinWrappedTitle(d, headEnd);
  readTitle(d);
  const bodyFrom = sal >= 0 ? sal + 1 : headEnd;

  // Footer, from the bottom: the issue date, what lies below it, the signature block, the closing.
  const dateIdx = findIssueDate(d, bodyFrom);
  if (dateIdx >= 0) belowIssueDate(d, dateIdx);
  const footerEnd = dateIdx >= 0 ? dateIdx : trailingResidue(d, bodyFrom);
  const aboveSignature = signatureBlock(d, footerEnd, bodyFrom);
  const footerTop = findClosing(d, aboveSignature, bodyFrom);

  // Opening and body between them.
  const openingEnd = findOpening(d, bodyFrom, footerTop);
  const children: Array<Section | Block> = blocks.slice(0, openingEnd);
  children.push(...buildBody(d, openingEnd, footerTop));
  for (let i = footerTop; i < n; i++) {
    if (blocks[i].type === 'closing') d.parts.closing.push(blocks[i]);
    children.push(blocks[i]);
  }
  collectFooter(d, footerTop);
  readPrintedCategory(d, source);
  readDisclosures(d);

  // Inline structures, then the parts read from them.
  const marks = scanInlines(d, index);
  readDocNumber(d);
  readHeaderDates(d);
  readIssueDate(d);
  readOpening(d);
  return { children, blocks, parts: d.parts, ...marks };
}

function emptyParts(): LetterParts {
  return {
    kind: UNKNOWN_KIND, // parseReply sets it once the front matter is read
    header: [],
    headerDates: [],
    opening: [],
    body: [],
    sections: [],
    closing: [],
    attachments: [],
    fields: [],
    notes: [],
    cc: [],
    disclosures: [],
    boilerplate: [],
    appendix: [],
    citations: [],
    docNumbers: [],
    dates: [],
    enumItems: [],
  };
}
