/**
 * Blocks → the parts of a reply letter. Header from the top until the salutation; the footer
 * from the bottom (the 成文日期 anchors it; page residue after it is boilerplate); the opening
 * runs from the salutation to 答复如下; what lies between is the body, whose markers build the
 * section tree. Classification uses each block's shape and its place, never its wording alone.
 */
import type { LineIndex } from '../text/positions';
import { matchMarker } from './markers';
import { formulaSource } from './formulas';
import { UNKNOWN_KIND } from './kind';
import { validDate } from '../text/calendar';
import {
  LABEL_NO_COLON, BOILERPLATE_START, CATEGORY_WHOLE, CLOSING_ANY, DATE_BROKEN_WHOLE, DATE_WHOLE, DOC_NUMBER_LINE, DOC_NUMBER_WHOLE, NOTE_WHOLE, ORGAN_WHOLE,
  SALUTATION_WHOLE, TITLE_END, fieldKind, matchLabel,
} from './patterns';
import { pos } from './position';
import { appendAll } from './append';
import { DIGIT_SET, ENUM_START_SET, TITLE_MARK_SET, YEAR_OPEN_SET, scanCitations, scanDates, scanDocNumbers, scanEnumItems } from './inline';
import type { CharIndex } from '../text/char-index';
import type { RawBlock } from './segment';
import type {
  Acknowledgement, Block, BlockType, Citation, DateNode, DocNumber, EnumItem, Field, Heading, LetterParts, Range, Section,
} from './types';

export interface Built {
  children: Array<Section | Block>;
  blocks: Block[];
  parts: LetterParts;
  unclosedTitles: number[];
  strayTitleCloses: number[];
}

/** 收悉 and its forms (formulas.ts, kind 'acknowledgement'). */
const RECEIVED = new RegExp(formulaSource('acknowledgement'));

/** 附：… after the date (formulas.ts, kind 'appendix'). */
const APPENDIX_START = new RegExp(`^(?:${formulaSource('appendix')})`);

/** Page elements that never occur in a letter: where they start, the letter has ended. */
const RESIDUE_START = /^(?:\||｜|相关阅读|相关链接|版权声明|分享到|打印本页|【打印|关闭窗口|上一篇|下一篇|扫一扫)/;

/** 答复如下： and its variants (formulas.ts), with the colon when there is one. */
const TRANSITION = new RegExp(`(?:${formulaSource('transition')})\\s?[:：]?`);
const LABEL_ANYWHERE = /(领导署名|签发人|分管领导|联\s?系\s?人(?:及电话)?|承办人|经办人|单位联系电话|联系电话|联系方式|电\s?话|手\s?机|抄\s?送|抄\s?报)\s{0,2}[:：]/g;

/** `index`: the character index of `text` (parse/index.ts builds it once per parse). */
export function buildLetter(text: string, raw: RawBlock[], lines: LineIndex, index: CharIndex): Built {
  const blocks: Block[] = raw.map((r) => ({
    type: 'paragraph',
    value: text.slice(r.range[0], r.range[1]),
    inlines: [],
    position: pos(lines, r.range[0], r.range[1]),
  }));
  const start = (b: Block) => b.position.start.offset!;
  const end = (b: Block) => b.position.end.offset!;
  const n = blocks.length;
  const parts: LetterParts = {
    kind: UNKNOWN_KIND, // parseReply sets it once the front matter is read
    header: [], headerDates: [], opening: [], body: [], sections: [], closing: [], attachments: [],
    fields: [], notes: [], cc: [], boilerplate: [], appendix: [], citations: [], docNumbers: [], dates: [], enumItems: [],
  };

  // ---- header and salutation -------------------------------------------------------------
  let sal = -1;
  for (let i = 0; i < Math.min(n, 8); i++) {
    const v = blocks[i].value;
    if (SALUTATION_WHOLE.test(v) && v.length <= 48) {
      sal = i;
      break;
    }
    if (/收悉|答复如下/.test(v)) break;
  }
  // A salutation to an organ (会办意见 to the 主办 unit): a short line ending with a colon
  // right before the acknowledgement.
  if (sal < 0) {
    for (let i = 0; i < Math.min(n - 1, 6); i++) {
      const v = blocks[i].value;
      // …whose next line acknowledges the suggestion, or, with that sentence missing, any short
      // colon-ended line right under the header that is neither a field nor an announcement.
      const short = /^[^\s，。；,;]{2,30}[:：]$/.test(v) && !matchLabel(v, 0, v.length);
      if (short && (/收悉|悉|答复|意见如下/.test(blocks[i + 1].value) || (i > 0 && i <= 4 && !/如下|答复|意见|通知|说明/.test(v) && isHeaderShaped(blocks[i - 1].value, i - 1)))) {
        sal = i;
        break;
      }
    }
  }
  let headerEnd = sal >= 0 ? sal : 0;
  if (sal < 0) {
    // No salutation: the header is the leading run of header-shaped blocks.
    while (headerEnd < n && headerEnd < 4 && isHeaderShaped(blocks[headerEnd].value, headerEnd)) headerEnd++;
  }
  for (let i = 0; i < headerEnd; i++) {
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
    if (b.type === 'title') parts.title = b;
    if (b.type === 'resultCategory') parts.resultCategory = b;
  }
  // A long title wrapped onto a second line (…人大二次会议 / 第N号建议办理情况答复的函): the
  // lines are both typed title and parts.title spans them.
  const ti = parts.title ? blocks.indexOf(parts.title) : -1;
  if (ti >= 0 && ti + 1 < headerEnd) {
    const next = blocks[ti + 1];
    // (a word letter-spaced on its own line, 答 复, is read without its spaces)
    const nv = titleCore(next.value.trim().replace(/[ \u3000]+/g, ''));
    if (next.type === 'paragraph' && !TITLE_END.test(titleCore(parts.title!.value.trim())) && TITLE_END.test(nv) && !/[。；，,]/.test(nv) && nv.length <= 60) {
      setType(next, 'title');
      const s0 = start(parts.title!);
      const e1 = end(next);
      parts.title = { type: 'title', value: text.slice(s0, e1), inlines: [], position: pos(lines, s0, e1) };
    }
  }
  if (sal >= 0) {
    setType(blocks[sal], 'salutation');
    parts.salutation = blocks[sal];
  }

  // ---- footer, from the bottom -------------------------------------------------------------
  const bodyFrom = sal >= 0 ? sal + 1 : headerEnd;
  let dateIdx = -1;
  for (let i = n - 1; i >= bodyFrom; i--) {
    const v = stripPipe(blocks[i].value);
    if (DATE_WHOLE.test(v)) {
      dateIdx = i;
      break;
    }
  }
  // No well-formed date: a date line typed wrong among the last lines is still the 成文日期.
  if (dateIdx < 0) {
    for (let i = n - 1; i >= Math.max(bodyFrom, n - 8); i--) {
      const v = stripPipe(blocks[i].value).trim();
      const digits = v.replace(/\D/g, '').length;
      if (digits >= 6 && digits <= 8 && DATE_BROKEN_WHOLE.test(v)) {
        dateIdx = i;
        break;
      }
    }
  }
  let footerStart = n;
  if (dateIdx >= 0) {
    setType(blocks[dateIdx], 'issueDate');
    parts.issueDateBlock = blocks[dateIdx];
    footerStart = dateIdx;
    let residue = false;
    let appendix = false;
    for (let i = dateIdx + 1; i < n; i++) {
      const b = blocks[i];
      // 附：建议原文 … — appended material that belongs to the letter, up to any page residue.
      if (!residue && !appendix && APPENDIX_START.test(b.value.trim())) appendix = true;
      if (appendix && !RESIDUE_START.test(b.value) && !BOILERPLATE_START.test(b.value)) {
        setType(b, 'appendix');
        parts.appendix.push(b);
        continue;
      }
      if (appendix) residue = true;
      if (!residue && classifyFooter(b)) continue;
      // The 发文机关署名 written under the date (wrong order, but the signature is there).
      if (i === dateIdx + 1 && ORGAN_WHOLE.test(b.value.trim()) && !(dateIdx > 0 && ORGAN_WHOLE.test(blocks[dateIdx - 1].value.trim()))) {
        setType(b, 'issuer');
        parts.issuer = b;
        continue;
      }
      residue = true;
      setType(b, 'boilerplate');
      parts.boilerplate.push(b);
    }
  } else {
    // No date: page residue can still trail the letter. It starts at the first unmistakable
    // page element (a table bar, 相关阅读, 版权声明…) in the letter's second half and runs to the end.
    let i = n - 1;
    const half = Math.max(bodyFrom, n >> 1);
    for (let k = half; k < n; k++) {
      if (RESIDUE_START.test(blocks[k].value)) {
        i = k - 1;
        break;
      }
    }
    while (i >= bodyFrom && BOILERPLATE_START.test(blocks[i].value)) i--;
    for (let k = i + 1; k < n; k++) {
      setType(blocks[k], 'boilerplate');
      parts.boilerplate.push(blocks[k]);
    }
    footerStart = i + 1;
  }
  // Walk up from the date (or the end) over the signature block.
  let k = footerStart - 1;
  while (k >= bodyFrom) {
    const b = blocks[k];
    if (classifyFooter(b)) {
      k--;
      continue;
    }
    if ((ORGAN_WHOLE.test(b.value) || isOrganList(b.value)) && !parts.issuer) {
      setType(b, 'issuer');
      parts.issuer = b;
      k--;
      continue;
    }
    // 附件：1.… with the further items 2.… 3.… on their own lines.
    const att = attachmentRunTop(blocks, k, bodyFrom);
    if (att >= 0) {
      for (let j = att; j <= k; j++) setType(blocks[j], 'attachment');
      k = att - 1;
      continue;
    }
    break;
  }
  // The closing formula(s) directly above the signature block.
  let closingStart = k + 1;
  while (k >= bodyFrom && closingStart - k <= 3) {
    const b = blocks[k];
    if (b.type === 'paragraph' && CLOSING_ANY.test(b.value) && !matchMarker(b.value, 0, b.value.length) && b.value.length <= 160) {
      setType(b, 'closing');
      closingStart = k;
      k--;
    } else break;
  }
  const footerTop = closingStart;

  // ---- opening -------------------------------------------------------------------------
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

  // ---- body and sections ---------------------------------------------------------------
  const children: Array<Section | Block> = [];
  for (let i = 0; i < bodyFrom; i++) children.push(blocks[i]);
  for (let i = bodyFrom; i < openingEnd; i++) children.push(blocks[i]);
  const stack: Section[] = [];
  // A section runs to the end of the last block before the next heading of its level or above
  // (or before the footer); its position is set when it closes.
  let prevEnd = -1;
  const close = (sec: Section) => {
    if (sec.position.end.offset !== prevEnd) sec.position = pos(lines, sec.position.start.offset!, prevEnd);
  };
  for (let i = openingEnd; i < footerTop; i++) {
    const b = blocks[i];
    parts.body.push(b);
    // Offsets in the whole text (a block ends before a space or a line end, so nothing the
    // marker reader looks at past the block differs from reading the block alone).
    const marker = matchMarker(text, start(b), end(b));
    if (marker) {
      const s0 = start(b);
      const h = b as Heading;
      h.type = 'heading';
      h.marker = marker;
      const hs = marker.trailing ? marker.trailing[1] : marker.range[1];
      const rel = b.value.slice(hs - s0);
      const stop = rel.search(/[。；;！？]/);
      const he = stop >= 0 ? hs + stop : end(b);
      h.headingRange = [hs, he];
      h.heading = text.slice(hs, he).trim();
      // Until it closes, the section spans its heading block (the same, read-only points).
      const section: Section = { type: 'section', depth: marker.level, heading: h, children: [h], position: { start: b.position.start, end: b.position.end } };
      while (stack.length > 0 && stack[stack.length - 1].depth >= marker.level) close(stack.pop()!);
      if (stack.length > 0) stack[stack.length - 1].children.push(section);
      else children.push(section);
      parts.sections.push(section);
      stack.push(section);
    } else if (stack.length > 0) {
      stack[stack.length - 1].children.push(b);
    } else {
      children.push(b);
    }
    prevEnd = end(b);
  }
  for (const sec of stack) close(sec);
  for (let i = footerTop; i < n; i++) {
    const b = blocks[i];
    if (b.type === 'closing') parts.closing.push(b);
    children.push(b);
  }

  // ---- fields inside footer blocks --------------------------------------------------------
  for (let i = footerTop; i < n; i++) {
    const b = blocks[i];
    if (b.type === 'field' || b.type === 'note' || b.type === 'cc' || b.type === 'attachment') {
      for (const f of extractFields(text, b, lines)) {
        parts.fields.push(f);
        if (f.kind === 'cc') parts.cc.push(f);
      }
    }
    if (b.type === 'note') parts.notes.push(b);
    if (b.type === 'attachment') parts.attachments.push(b);
  }
  for (const b of parts.header) if (b.type === 'field') parts.fields.push(...extractFields(text, b, lines));

  // ---- inline structures -------------------------------------------------------------------
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

  const titleDoc = parts.header.find((b) => b.type === 'docNumberLine');
  parts.docNumber = titleDoc?.inlines.find((x): x is DocNumber => x.type === 'docNumber');
  for (const b of parts.header) {
    if (b.type === 'headerDate') parts.headerDates.push(...b.inlines.filter((x): x is DateNode => x.type === 'date'));
  }
  if (parts.issueDateBlock) {
    parts.issueDate = parts.issueDateBlock.inlines.find((x): x is DateNode => x.type === 'date') ?? compactDate(text, parts.issueDateBlock, lines);
  }

  parseOpening(text, parts, lines);
  return { children, blocks, parts, unclosedTitles, strayTitleCloses };
}

const byStart = (x: { position: { start: { offset?: number } } }, y: { position: { start: { offset?: number } } }) => x.position.start.offset! - y.position.start.offset!;

function setType(b: Block, t: BlockType) {
  b.type = t;
}

/** The block without a trailing page-table bar (`2023年4月10日 |`); no regex: /\s*\|$/ backtracks on long runs of spaces. */
function stripPipe(v: string) {
  const last = v[v.length - 1];
  if (last !== '|' && last !== '｜') return v;
  let e = v.length - 1;
  while (e > 0 && /\s/.test(v[e - 1])) e--;
  return v.slice(0, e);
}

/** The acknowledgement or the transition: the opening sentence of the letter, never a title. */
const OPENING_FORMULA = new RegExp(`${formulaSource('acknowledgement')}|${formulaSource('transition')}`);

/** Several organs signing together, separated by spaces (市自然资源和规划局 市市场监督管理局). */
function isOrganList(v: string): boolean {
  const names = v.trim().split(/[ \u3000]+/);
  return names.length >= 2 && names.length <= 6 && names.every((x) => ORGAN_WHOLE.test(x));
}

function isHeaderShaped(v: string, i: number): boolean {
  if (OPENING_FORMULA.test(v)) return false;
  if (CATEGORY_WHOLE.test(v) || DOC_NUMBER_WHOLE.test(v) || DOC_NUMBER_LINE.test(v.trim()) || DATE_WHOLE.test(v) || NOTE_WHOLE.test(v)) return true;
  const t = titleCore(v);
  if (/[。；]/.test(t) || v.length > 100) return false;
  if (matchMarker(v, 0, v.length)) return false;
  return i === 0 ? TITLE_END.test(t) || /关于|建议|提案/.test(t) || ORGAN_WHOLE.test(v) : ORGAN_WHOLE.test(v) || TITLE_END.test(t);
}

/**
 * A title with a stray mark at its end (…答复的函。) is still the title: the mark is dropped
 * for classification when what remains ends like a title and reads like one (no comma, no 收悉).
 */
function titleCore(v: string): string {
  const core = v.replace(/[。，；：,;:.！!？?、]$/, '');
  if (core === v || !TITLE_END.test(core) || /[，,]|收悉/.test(core)) return v;
  return core;
}

/** Footer shapes: fields, 附注, 抄送, 附件. Sets the block type; false when the block is none. */
function classifyFooter(b: Block): boolean {
  const v = b.value;
  const label = matchLabel(v, 0, v.length);
  if (label) {
    const kind = fieldKind(label.label);
    setType(b, kind === 'cc' ? 'cc' : kind === 'attachment' ? 'attachment' : 'field');
    return true;
  }
  if (/^附件\s?[0-9一二三四五六七八九十]{1,2}\s?[件份]$/.test(v.trim())) {
    setType(b, 'attachment');
    return true;
  }
  if (v.length <= 30 && LABEL_NO_COLON.test(v)) {
    // 领导署名周桂良: a field whose colon is missing (F12 reports it).
    setType(b, 'field');
    return true;
  }
  // （联系人：…，电话：…） — also with its closing bracket missing (bracket-pairs reports that);
  // and the 版记's 印发 line (××办公室 2023年4月10日印发).
  if (NOTE_WHOLE.test(v) || (/^[（(]/.test(v) && /联系|电话/.test(v) && v.length <= 80) || (v.length <= 60 && /^[\u4e00-\u9fff（）()]{2,30}\s*[0-9０-９年月日\s]{4,16}日?印发$/.test(v.trim()))) {
    setType(b, 'note');
    return true;
  }
  return false;
}

/** The 附件 label line above a run of numbered item lines ending at `k`; -1 when there is none. */
function attachmentRunTop(blocks: Block[], k: number, from: number): number {
  let j = k;
  while (j >= from && k - j < 20 && /^\s{0,4}[0-9０-９]{1,2}\s?[.．、]/.test(blocks[j].value)) j--;
  if (j === k || j < from) return -1;
  const label = matchLabel(blocks[j].value, 0, blocks[j].value.length);
  return label && fieldKind(label.label) === 'attachment' ? j : -1;
}

function extractFields(text: string, b: Block, lines: LineIndex): Field[] {
  const s = b.position.start.offset!;
  const e = b.position.end.offset!;
  const found: Array<{ at: number; label: string; labelEnd: number; colon: number }> = [];
  LABEL_ANYWHERE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const v = b.value;
  while ((m = LABEL_ANYWHERE.exec(v))) {
    const labelText = m[1];
    found.push({ at: s + m.index, label: labelText.replace(/\s/g, ''), labelEnd: s + m.index + labelText.length, colon: s + m.index + m[0].length - 1 });
  }
  const first = matchLabel(text, s, e);
  if (first) {
    // A label that starts the block wins over label words inside it (联系科室、人员及电话：).
    while (found.length > 0 && found[0].at <= first.colon) found.shift();
    found.unshift({ at: s, label: first.label, labelEnd: first.labelEnd, colon: first.colon });
  } else {
    // 领导署名周桂良: the label without its colon (colon -1: none).
    const bare = LABEL_NO_COLON.exec(v);
    if (bare && (found.length === 0 || found[0].at > s)) found.unshift({ at: s, label: bare[1], labelEnd: s + bare[1].length, colon: -1 });
  }
  const out: Field[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    let ve = i + 1 < found.length ? found[i + 1].at : e;
    let vs = f.colon >= 0 ? f.colon + 1 : f.labelEnd;
    while (vs < ve && /\s/.test(text[vs])) vs++;
    while (ve > vs && /[\s）)，,；;]/.test(text[ve - 1])) ve--;
    const field: Field = {
      type: b.type,
      value: b.value,
      inlines: [],
      position: pos(lines, f.at, Math.max(ve, f.colon + 1, f.labelEnd)),
      label: f.label,
      labelRange: [f.at, f.labelEnd],
      colon: f.colon >= 0 ? [f.colon, f.colon + 1] : undefined,
      fieldValue: text.slice(vs, ve),
      valueRange: [vs, ve],
      kind: fieldKind(f.label),
    };
    out.push(field);
  }
  return out;
}

function compactDate(text: string, b: Block, lines: LineIndex): DateNode | undefined {
  const v = stripPipe(b.value);
  const s = b.position.start.offset!;
  let m = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(v);
  if (m) return { type: 'date', form: 'compact', year: +m[1], month: +m[2], day: +m[3], raw: v, position: pos(lines, s, s + v.length) };
  // 23年4月10日: the century is unknown, so the year is NaN (no fix can be computed).
  m = /^(\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(v);
  if (m) return { type: 'date', form: 'short-year', year: NaN, month: +m[2], day: +m[3], raw: v, position: pos(lines, s, s + v.length) };
  m = /^([〇○零一二三四五六七八九OＯ0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(v);
  if (m) return { type: 'date', form: 'cn-numerals', year: NaN, month: NaN, day: NaN, raw: v, position: pos(lines, s, s + v.length) };
  const lead = b.value.length - b.value.trimStart().length;
  const t = v.trim();
  if (DATE_BROKEN_WHOLE.test(t)) {
    const at = s + lead;
    const position = pos(lines, at, at + t.length);
    // 2021年 8 月26日: the spaces are the only fault.
    m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t.replace(/\s+/g, ''));
    if (m) return { type: 'date', form: 'spaced', year: +m[1], month: +m[2], day: +m[3], raw: t, position };
    // 2025610 / 2022 年629: month and day run together; read only when one split is a real date.
    const d = t.replace(/\D/g, '');
    const year = +d.slice(0, 4);
    const rest = d.slice(4);
    const reads = [[rest.slice(0, 1), rest.slice(1)], [rest.slice(0, 2), rest.slice(2)]]
      .filter(([mo, dd]) => mo !== '' && dd !== '' && dd.length <= 2 && !mo.startsWith('0') && validDate(year, +mo, +dd));
    const one = reads.length === 1 || (reads.length === 2 && reads[0][0] === reads[1][0]) ? reads[0] : undefined;
    return { type: 'date', form: 'broken', year, month: one ? +one[0] : NaN, day: one ? +one[1] : NaN, raw: t, position };
  }
  void text;
  return undefined;
}


/** 《title》（第N号）收悉 / 关于…的建议收悉 / 经商X，现答复如下 / 现综合A、B意见 */
function parseOpening(text: string, parts: LetterParts, lines: LineIndex) {
  const first = parts.opening[0];
  if (!first) return;
  const s = first.position.start.offset!;
  const last = parts.opening[parts.opening.length - 1];
  const e = last.position.end.offset!;
  const slice = text.slice(s, e);
  const ack: Acknowledgement = { range: [s, e] };
  const rec = RECEIVED.exec(slice);
  const ackEnd = rec ? s + rec.index : e;
  if (rec) ack.received = [s + rec.index, s + rec.index + rec[0].length];
  const cites = parts.citations.filter((c) => c.position.start.offset! >= s && c.position.end.offset! <= ackEnd);
  if (cites.length > 0) ack.title = cites[0] as Citation;
  else {
    const q = /[“"]([^”"]{4,120})[”"]|(关于[^，。,：:]{2,120}?的(?:建议|提案|议案))/.exec(slice.slice(0, ackEnd - s));
    if (q) ack.titleRange = [s + q.index, s + q.index + q[0].length];
  }
  // Numbers may carry a letter prefix (第DH0271号).
  const num = /[（(〔]?\s?(第)?\s?([A-Za-z]{0,4}[0-9０-９]{1,12})\s?号(?:提案|建议)?\s?[）)〕]?/g;
  let m: RegExpExecArray | null;
  while ((m = num.exec(slice)) && s + m.index < ackEnd + 2) {
    const inner = m[2].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
    const numStart = s + m.index + m[0].indexOf(m[2]);
    ack.number = { value: String(Number(inner)) === inner ? inner : inner, range: [numStart, numStart + m[2].length], raw: m[0], rawRange: [s + m.index, s + m.index + m[0].length] };
    break;
  }
  parts.acknowledgement = ack;
  const co = /(?:现综合|综合|会同|经商|商)([^，,。：:]{2,120}?)(?:的)?(?:意见|研究|共同|，|,)/.exec(slice);
  if (co) {
    const unitsStart = s + co.index + co[0].indexOf(co[1]);
    const units: Array<{ name: string; range: Range }> = [];
    const re = /[^、，,及和与]+/g;
    let u: RegExpExecArray | null;
    while ((u = re.exec(co[1]))) units.push({ name: u[0], range: [unitsStart + u.index, unitsStart + u.index + u[0].length] });
    parts.cohandlers = { range: [s + co.index, s + co.index + co[0].length], units };
  }
  const tr = TRANSITION.exec(slice);
  if (tr) parts.transition = [s + tr.index, s + tr.index + tr[0].length];
  void lines;
}
