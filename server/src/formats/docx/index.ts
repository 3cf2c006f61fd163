/**
 * Word letters: read a .docx as text + position map, lint it with the ordinary engine (through a
 * callback, so this module knows no rule), write back safe fixes (`--fix`) or a reviewed copy
 * (findings as comments, safe fixes as tracked changes). Only the main document part
 * (word/document.xml), the comments part, the document's relationships and [Content_Types].xml
 * are ever rewritten.
 */
import type { ReplyMessage } from '../../engine/messages';
import { selectEdits, type FixData } from '../../engine/fixes';
import { addCommentsContentType, anchorComments, commentsRelationship, emptyCommentsPart, type CommentSpec } from './comments';
import { applyEdits, firstFreeId, type ChangeIds } from './edits';
import { extractText } from './extract';
import { locate, locationText, touchesNumber, type DocxText } from './map';
import { Numbering } from './numbering';
import { folderOf, partNames, resolveTarget, type PartNames } from './parts';
import { DEFAULT_LIMITS, readPackage, writePackage, type DocxPackage, type ZipLimits } from './zip';
import { parsePart, serializePart, type XmlDocument } from './xml';

export { DocxError, DEFAULT_LIMITS, type ZipLimits } from './zip';
export { locate, locationText, type DocxText, type Location } from './map';

export interface DocxLetter {
  pkg: DocxPackage;
  parts: PartNames;
  document: XmlDocument;
  map: DocxText;
}

const MAX_FIX_PASSES = 10;

function optionalPart(pkg: DocxPackage, name: string): XmlDocument | undefined {
  const bytes = pkg.entries.get(name);
  return bytes ? parsePart(bytes, name) : undefined;
}

function extract(pkg: DocxPackage, parts: PartNames, document: XmlDocument): DocxText {
  const part = (name?: string) => (name ? optionalPart(pkg, name) : undefined);
  return extractText(document, new Numbering(part(parts.numbering), part(parts.styles)));
}

/** Throws DocxError (one line for the user) for anything that is not a readable Word document. */
export function openDocx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): DocxLetter {
  const pkg = readPackage(bytes, limits);
  parsePart(pkg.entries.get('[Content_Types].xml')!, '[Content_Types].xml');
  const parts = partNames(pkg);
  const document = parsePart(pkg.entries.get(parts.document)!, parts.document);
  return { pkg, parts, document, map: extract(pkg, parts, document) };
}

export type LintText = (text: string) => ReplyMessage[];

const AUTO_NUMBER_NOTE = {
  zh: '（该编号是 Word 自动编号：请在 Word 中用“重新开始编号”或“继续编号”调整，而不是改文字）',
  en: ' (this is Word’s automatic numbering: use Restart Numbering or Continue Numbering in Word rather than editing the text)',
};

/**
 * Findings on a Word letter: one that touches an automatic number says so, and loses its fix and
 * suggestions (the number is not text to edit).
 */
export function adaptMessages(map: DocxText, messages: ReplyMessage[]): ReplyMessage[] {
  for (const m of messages) {
    const edits = m.fix?.edits;
    if (m.fix && edits && edits.length > 1) {
      // An aggregated fix (many places): only its edits inside automatic numbers are dropped.
      const kept = edits.filter((e) => !touchesNumber(map, e.range));
      if (kept.length === edits.length) continue;
      if (kept.length > 0) m.fix = { range: [kept[0].range[0], kept[kept.length - 1].range[1]], text: m.fix.text, edits: kept };
      else delete m.fix;
      addNote(m, AUTO_NUMBER_MARKS_NOTE);
      continue;
    }
    if (!touchesNumber(map, m.range)) continue;
    addNote(m, AUTO_NUMBER_NOTE);
    delete m.fix;
    delete m.suggestions;
  }
  return messages;
}

const AUTO_NUMBER_MARKS_NOTE = {
  zh: '（其中 Word 自动编号里的标点要在编号格式中修改）',
  en: ' (marks inside Word’s automatic numbers are changed in the numbering format, not in the text)',
};

function addNote(m: ReplyMessage, note: { zh: string; en: string }): void {
  const zh = m.reason === m.text.zh;
  m.text = { zh: m.text.zh + note.zh, en: m.text.en + note.en };
  m.reason = zh ? m.text.zh : m.text.en;
  m.message = m.reason;
}

function lintLetter(letter: DocxLetter, lint: LintText): ReplyMessage[] {
  return adaptMessages(letter.map, lint(letter.map.text));
}

/** Fix passes until nothing more can be made (like the engine's fixUntilStable); returns the edits made. */
function fixPasses(letter: DocxLetter, lint: LintText, ids?: ChangeIds): number {
  let made = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes: FixData[] = [];
    const aggregated: FixData[] = [];
    for (const m of lintLetter(letter, lint)) if (m.fix) (m.fix.edits ? aggregated : fixes).push(m.fix);
    const edits = selectEdits([...fixes, ...aggregated], letter.map.text.length);
    const done = applyEdits(letter.document, letter.map, edits, ids);
    if (done.length === 0) break;
    made += done.length;
    letter.map = extract(letter.pkg, letter.parts, letter.document);
  }
  return made;
}

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

export interface FixOutcome {
  /** The fixed package, or undefined when nothing changed. */
  output?: Uint8Array;
  edits: number;
  /** Findings on the fixed letter. */
  messages: ReplyMessage[];
  map: DocxText;
}

/**
 * `--fix` on a .docx: the safe fixes made directly in the runs (formatting kept). `letter` is
 * these bytes already opened (openDocx), when the caller has it; it is changed in place.
 */
export function fixDocx(bytes: Uint8Array, lint: LintText, opts: { limits?: ZipLimits; letter?: DocxLetter } = {}): FixOutcome {
  const letter = opts.letter ?? openDocx(bytes, opts.limits);
  const edits = fixPasses(letter, lint);
  const messages = lintLetter(letter, lint);
  const output = edits > 0 ? writePackage(letter.pkg, new Map([[letter.parts.document, serializePart(letter.document)]]), bytes) : undefined;
  return { output, edits, messages, map: letter.map };
}

export interface ReviewOptions {
  locale: 'zh' | 'en';
  /** The date on comments and changes (default: now). */
  date?: string;
  limits?: ZipLimits;
}

export interface ReviewOutcome {
  output: Uint8Array;
  /** The findings on the letter as given (one comment each). */
  messages: ReplyMessage[];
  map: DocxText;
  comments: number;
  /** Edits made as tracked changes. */
  changes: number;
}

/** `replylint review`: every finding a comment, every safe fix a tracked change, in a copy. */
export function reviewDocx(bytes: Uint8Array, lint: LintText, opts: ReviewOptions): ReviewOutcome {
  const letter = openDocx(bytes, opts.limits);
  const { pkg, parts, document } = letter;
  const map = letter.map;
  const messages = lintLetter(letter, lint);
  const ids: ChangeIds = { next: firstFreeId(document), date: opts.date ?? nowIso() };

  const changed = new Map<string, Uint8Array>();
  const relsName = parts.rels;
  const rels =
    optionalPart(pkg, relsName) ??
    parsePart(
      new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'),
      relsName,
    );
  const rel = commentsRelationship(rels);
  const commentsName = resolveTarget(folderOf(parts.document), rel.target) ?? 'word/comments.xml';
  const commentsDoc = optionalPart(pkg, commentsName) ?? emptyCommentsPart();
  if (messages.length > 0) {
    const specs: CommentSpec[] = messages.map((m) => ({ range: m.range, lines: [m.text[opts.locale], `${m.ruleId} · ${m.url ?? ''}`.trim()] }));
    for (const c of anchorComments(document, map, specs, ids, commentsDoc)) commentsDoc.documentElement!.appendChild(c);
    changed.set(commentsName, serializePart(commentsDoc));
    if (rel.added) changed.set(relsName, serializePart(rels));
    const types = parsePart(pkg.entries.get('[Content_Types].xml')!, '[Content_Types].xml');
    if (addCommentsContentType(types, `/${commentsName}`)) changed.set('[Content_Types].xml', serializePart(types));
    letter.map = extract(pkg, parts, document);
  }
  const changes = fixPasses(letter, lint, ids);
  changed.set(parts.document, serializePart(document));
  return { output: writePackage(pkg, changed, bytes), messages, map, comments: messages.length, changes };
}

/** letter.docx → letter.reviewed.docx (the review's default copy, beside the letter). */
export function reviewedName(file: string): string {
  return /\.docx$/i.test(file) ? file.replace(/\.docx$/i, '.reviewed.docx') : `${file}.reviewed.docx`;
}

/** Paragraph and readable place of a finding (for reports). */
export function placeOf(map: DocxText, offset: number, locale: 'zh' | 'en'): { paragraph: number; location: string } {
  const loc = locate(map, offset);
  return { paragraph: loc.paragraph, location: locationText(loc, locale) };
}
