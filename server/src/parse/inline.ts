/**
 * Inline structures inside one block: citations 《…》 (with an optional bracketed 文号 after
 * 》), 文号 anywhere, dates, and inline enumerators (一是…, 第一，…). One left-to-right scan
 * per structure, each bounded by the block.
 */
import { chineseNumeral, isHan } from '../text/chars';
import type { Citation, DateNode, DocNumber, EnumItem, Range } from './types';
import { pos } from './position';
import type { LineIndex } from '../text/positions';
import { charSet, type CharCursor } from '../text/char-index';
import { endOf, startOf } from '../text/spans';
import { appendAll } from './append';

const YEAR_OPEN = '〔[［【(（﹝〈';
const YEAR_CLOSE = '〕]］】)）﹞〉';
const CN_YEAR_DIGITS = '〇○零一二三四五六七八九';
const AGENCY_STOP = /(?:根据|依据|按照|依照|对照|落实|印发|出台|制定|关于|执行|贯彻|参照|结合|通过|即|和|及|与|是|的|在|以)$/;

/** 文号 whose year bracket starts at `open` (any of the bracket look-alikes). */
export function readDocNumber(text: string, open: number, blockStart: number, blockEnd: number, lines: LineIndex): DocNumber | null {
  const closeChar = YEAR_CLOSE[YEAR_OPEN.indexOf(text[open])];
  let i = open + 1;
  if (text[i] === ' ') i++;
  const yStart = i;
  while (i < blockEnd && i - yStart < 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  // A year in Chinese numerals (〔二〇二三〕) is still a 文号; the rules judge it (H07).
  if (i === yStart) while (i < blockEnd && i - yStart < 4 && CN_YEAR_DIGITS.includes(text[i])) i++;
  const yEnd = i;
  if (yEnd - yStart < 2) return null;
  if (text[i] === ' ') i++;
  // Accept any closing look-alike, not only the partner: 〔2023]25号 is still a 文号.
  if (!YEAR_CLOSE.includes(text[i]) || i >= blockEnd) return null;
  const closeAt = i;
  i++;
  if (text[i] === ' ') i++;
  let di: Range | undefined;
  if (text[i] === '第') {
    di = [i, i + 1];
    i++;
  }
  const sStart = i;
  while (i < blockEnd && i - sStart < 5 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const sEnd = i;
  if (sEnd === sStart) return null;
  if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return null;
  let hao: Range | undefined;
  let j = i;
  if (text[j] === ' ') j++;
  if (text[j] === '号') hao = [j, j + 1];
  // Round brackets are everyday prose: only take them as a 文号 when 号 closes it.
  const round = text[open] === '(' || text[open] === '（';
  if (round && !hao) return null;
  // Agency code: the Han characters right before the bracket (at most 10).
  let a = open;
  while (a > blockStart && open - a < 10 && isHan(text.charCodeAt(a - 1))) a--;
  if (a === open) return null;
  let agency = text.slice(a, open);
  const stop = /^(?:.*?)(根据|依据|按照|依照|对照|落实|印发|出台|制定|关于|执行|贯彻|参照|结合|通过)/.exec(agency);
  if (stop) {
    a += stop[0].length;
    agency = text.slice(a, open);
  }
  if (!agency || (AGENCY_STOP.test(agency) && agency.length < 2)) return null;
  void closeChar;
  const end = hao ? hao[1] : sEnd;
  return {
    type: 'docNumber',
    agency,
    year: text.slice(yStart, yEnd),
    yearOpen: [open, open + 1],
    yearClose: [closeAt, closeAt + 1],
    di,
    serial: text.slice(sStart, sEnd),
    serialRange: [sStart, sEnd],
    hao,
    raw: text.slice(a, end),
    position: pos(lines, a, end),
  };
}

/** The characters a 文号's year bracket may open with. */
export const YEAR_OPEN_SET = charSet(YEAR_OPEN);

export function scanDocNumbers(text: string, start: number, end: number, lines: LineIndex, yearOpen: CharCursor): DocNumber[] {
  const out: DocNumber[] = [];
  let i = yearOpen.next(start);
  while (i < end) {
    const d = readDocNumber(text, i, start, end, lines);
    if (d) out.push(d);
    i = yearOpen.next(d ? endOf(d) : i + 1);
  }
  return out;
}

/**
 * 《…》 pairs. Nested 《 inside an open title are recorded on the outer citation; a 《 with no
 * 》 before the block ends is returned in `unclosed`.
 */
/** 《 》 。 (what scanCitations looks at). */
export const TITLE_MARK_SET = charSet('《》。');

export function scanCitations(text: string, start: number, end: number, lines: LineIndex, docNumbers: DocNumber[], titleMarks: CharCursor) {
  const citations: Citation[] = [];
  const unclosed: number[] = [];
  const strayClose: number[] = [];
  const stack: number[] = [];
  const nestedOf = new Map<number, Range[]>();
  // 文号 by start offset, for the （文号） right after a title (a search per title was quadratic).
  const docNumberAt = new Map<number, DocNumber>();
  for (const d of docNumbers) if (!docNumberAt.has(startOf(d))) docNumberAt.set(startOf(d), d);
  for (let i = titleMarks.next(start); i < end; i = titleMarks.next(i + 1)) {
    const ch = text[i];
    if (ch === '《') {
      if (stack.length > 0) {
        const outer = stack[0];
        const list = nestedOf.get(outer) ?? [];
        list.push([i, i + 1]);
        nestedOf.set(outer, list);
      }
      stack.push(i);
    } else if (ch === '》') {
      const open = stack.pop();
      if (open === undefined) {
        strayClose.push(i);
        continue;
      }
      if (stack.length === 0) citations.push(makeCitation(text, open, i, lines, nestedOf.get(open) ?? [], docNumberAt, end));
    } else if (ch === '。' && stack.length > 0) {
      // A title never spans a sentence end: give up on the open ones.
      appendAll(unclosed, stack);
      stack.length = 0;
    }
  }
  appendAll(unclosed, stack);
  return { citations, unclosed, strayClose };
}

function makeCitation(text: string, open: number, close: number, lines: LineIndex, nested: Range[], docNumberAt: Map<number, DocNumber>, blockEnd: number): Citation {
  const c: Citation = {
    type: 'citation',
    title: text.slice(open + 1, close),
    titleRange: [open + 1, close],
    nested,
    position: pos(lines, open, close + 1),
  };
  const b = text[close + 1];
  if ((b === '(' || b === '（') && close + 2 < blockEnd) {
    const d = docNumberAt.get(close + 2);
    if (d) {
      const after = endOf(d);
      const cb = text[after];
      if (cb === ')' || cb === '）') {
        c.docNumber = d;
        c.docNumberBrackets = { open: [close + 1, close + 2], close: [after, after + 1] };
        c.position = pos(lines, open, after + 1);
      }
    }
  }
  return c;
}

const DATE_CN = /(\d{4})年(\d{1,2})月(\d{1,2})日/y;
const DATE_SEP = /(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/y;
/** text[i..i+4) are four ASCII digits. */
function isDigitRun4(text: string, i: number): boolean {
  for (let k = i; k < i + 4; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Digits, where a date may start. */
export const DIGIT_SET = charSet('0123456789');

export function scanDates(text: string, start: number, end: number, lines: LineIndex, digits: CharCursor): DateNode[] {
  const out: DateNode[] = [];
  for (let next = digits.next(start); next < end - 7; next = digits.next(next)) {
    let i = next;
    next = i + 1;
    if (i > start) {
      const p = text.charCodeAt(i - 1);
      if ((p >= 48 && p <= 57) || p === 46) continue;
    }
    // Both forms start with exactly four digits and then 年 or a separator: most digit runs
    // (amounts, counts, serials) are rejected here without trying the regexes.
    const c4 = text.charCodeAt(i + 4);
    if (!(c4 === 0x5e74 || c4 === 0x2d || c4 === 0x2e || c4 === 0x2f) || !isDigitRun4(text, i)) {
      while (i + 1 < end && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
      next = i + 1;
      continue;
    }
    DATE_CN.lastIndex = i;
    let m = DATE_CN.exec(text);
    if (m && m.index + m[0].length <= end) {
      const mStart = i + 5;
      const dStart = mStart + m[2].length + 1;
      out.push({
        type: 'date',
        form: 'cn',
        year: +m[1],
        month: +m[2],
        day: +m[3],
        raw: m[0],
        monthRange: [mStart, mStart + m[2].length],
        dayRange: [dStart, dStart + m[3].length],
        position: pos(lines, i, i + m[0].length),
      });
      next = i + m[0].length;
      continue;
    }
    DATE_SEP.lastIndex = i;
    m = DATE_SEP.exec(text);
    if (m && m.index + m[0].length <= end) {
      const form = m[2] === '-' ? 'dash' : m[2] === '.' ? 'dot' : 'slash';
      const month = +m[3];
      const day = +m[4];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        out.push({ type: 'date', form, year: +m[1], month, day, raw: m[0], position: pos(lines, i, i + m[0].length) });
      }
      next = i + m[0].length;
      continue;
    }
    // Skip the rest of this number.
    while (i + 1 < end && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
    next = i + 1;
  }
  return out;
}

const CN = '一二三四五六七八九十';

/** What an enumerator may follow: a sentence or clause mark, a space or an ideographic space. */
function isEnumBefore(c: number): boolean {
  switch (c) {
    case 0x3002:
    case 0xff1b:
    case 0x3b:
    case 0xff1a:
    case 0x3a:
    case 0xff0c:
    case 0x2c:
    case 0xff01:
    case 0x21:
    case 0xff1f:
    case 0x3f:
    case 0x3001:
    case 0x20:
    case 0x3000:
      return true;
    default:
      return false;
  }
}

/** The first characters of an enumerator (一是, 第一, 其一, 首先, 其次). */
export const ENUM_START_SET = charSet('一二三四五六七八九十第其首');

/**
 * Inline enumerators at a sentence or clause start: 一是 / 第一， / 其一， / 首先， 其次，.
 * `X是` in the middle of a word (于是, 总是, 统一是) never follows a clause boundary.
 */
export function scanEnumItems(text: string, start: number, end: number, lines: LineIndex, enumStarts: CharCursor): EnumItem[] {
  const out: EnumItem[] = [];
  // Candidates: a character that can start an enumerator, at the block start or after a clause
  // mark; `from` moves past what an item consumed.
  let from: number;
  for (let i = enumStarts.next(start); i < end; i = enumStarts.next(from)) {
    from = i + 1;
    if (i !== start && !isEnumBefore(text.charCodeAt(i - 1))) continue;
    const ch = text[i];
    if (CN.includes(ch)) {
      let j = i;
      while (j < end && j - i < 3 && CN.includes(text[j])) j++;
      if (text[j] !== '是') continue;
      const ordinal = chineseNumeral(text.slice(i, j));
      if (!(ordinal > 0)) continue;
      const after = text[j + 1];
      // 一是一，二是二 is an idiom, not an enumeration.
      if (after === undefined || CN.includes(after)) continue;
      const item: EnumItem = { type: 'enumItem', style: 'shi', ordinal, raw: text.slice(i, j + 1), position: pos(lines, i, j + 1) };
      if ('、，,：:'.includes(after)) item.punct = [j + 1, j + 2];
      out.push(item);
      from = j + 1;
    } else if ((ch === '第' || ch === '其') && CN.includes(text[i + 1] ?? '')) {
      let j = i + 1;
      while (j < end && j - i < 3 && CN.includes(text[j])) j++;
      const p = text[j];
      if (p !== '，' && p !== ',' && p !== '、' && p !== '：' && p !== ':') continue;
      const ordinal = chineseNumeral(text.slice(i + 1, j));
      if (!(ordinal > 0)) continue;
      out.push({ type: 'enumItem', style: ch === '第' ? 'di' : 'qi', ordinal, raw: text.slice(i, j), punct: [j, j + 1], position: pos(lines, i, j) });
      from = j + 1;
    } else if ((ch === '首' && text[i + 1] === '先') || (ch === '其' && text[i + 1] === '次')) {
      const p = text[i + 2];
      const item: EnumItem = { type: 'enumItem', style: 'shouxian', ordinal: ch === '首' ? 1 : 2, raw: text.slice(i, i + 2), position: pos(lines, i, i + 2) };
      if (p === '，' || p === ',' || p === '、' || p === '：' || p === ':') item.punct = [i + 2, i + 3];
      out.push(item);
      from = i + 2;
    }
  }
  return out;
}
