/**
 * Text → logical blocks. A block is a line, or a piece of a long line: scraped letters put a
 * whole letter on one line with spaces where the paragraph breaks were, so a space ends a
 * block when what follows clearly starts one (a marker, a field label, a date, a salutation, a
 * 文号, a closing formula, page residue) or when what precedes clearly ends one (a sentence end,
 * a heading without punctuation). Single pass over the text.
 */
import { matchMarker } from './markers';
import { BOILERPLATE_START, CATEGORY_WHOLE, CLOSING_START, DATE_WHOLE, DOC_NUMBER_WHOLE, LABEL_NO_COLON, NOTE_WHOLE, ORGAN_WHOLE, SALUTATION_START, SALUTATION_TOKEN, matchLabel } from './patterns';
import type { Range } from './types';
import { LineIndex } from '../text/positions';
import { CharIndex, charSet, type CharCursor } from '../text/char-index';

export interface RawBlock {
  range: Range;
  /** Whether the block started a physical line (as opposed to a split inside one). */
  lineStart: boolean;
}

const SENTENCE_END = '。！？!?';
const COLON = ':：';

/** What ends a token: the spaces isWs knows, or a line end. */
const TOKEN_END = charSet(' \t\u3000\u00a0\r\n');

function isWs(c: number) {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

interface Token {
  start: number;
  end: number;
}

function tokenText(text: string, t: Token) {
  return text.slice(t.start, t.end);
}

function startsBlock(text: string, tokens: Token[], i: number, lineEnd: number): boolean {
  const t = tokens[i];
  const s = text.slice(t.start, Math.min(lineEnd, t.start + 48));
  const word = tokenText(text, t);
  if (matchMarker(text, t.start, lineEnd)) return true;
  if (matchLabel(text, t.start, lineEnd)) return true;
  if (BOILERPLATE_START.test(s)) return true;
  if (NOTE_WHOLE.test(word)) return true;
  if (DOC_NUMBER_WHOLE.test(word)) return true;
  if (SALUTATION_START.test(s)) return true;
  // A salutation that lost its colon, or a bare name with one, standing between spaces.
  if (tokens[i + 1] && SALUTATION_TOKEN.test(word)) return true;
  if (word.length <= 20 && LABEL_NO_COLON.test(word)) return true;
  if (CLOSING_START.test(s)) return true;
  if (DATE_WHOLE.test(word)) {
    const next = tokens[i + 1];
    return !next || startsBlock(text, tokens, i + 1, lineEnd) || tokenText(text, next).startsWith('|');
  }
  // 发文机关署名 followed by the date: "厦门市工业和信息化局 2023年4月10日"
  const next = tokens[i + 1];
  if (ORGAN_WHOLE.test(word) && word.length <= 30) {
    // The 发文机关署名: followed by the date, or (date missing) by a 附注 or a field.
    if (!next) return false;
    const n = tokenText(text, next);
    if (DATE_WHOLE.test(n) || NOTE_WHOLE.test(n) || n === '|' || n === '｜' || matchLabel(text, next.start, lineEnd)) return true;
  }
  return false;
}

/**
 * `lineStarts`: where each line starts (LineIndex), and `chars` the text's character index,
 * when the caller has them already.
 */
export function segment(text: string, lineStarts: readonly number[] = new LineIndex(text).lineStarts, chars = new CharIndex(text)): RawBlock[] {
  const blocks: RawBlock[] = [];
  const tokenEnds = chars.cursor(TOKEN_END);
  const n = text.length;
  for (let k = 0; k < lineStarts.length; k++) {
    const lineStart = lineStarts[k];
    // The line ends before its \n, \r or \r\n (or at the end of the text).
    let lineEnd = k + 1 < lineStarts.length ? lineStarts[k + 1] - 1 : n;
    if (lineEnd > lineStart && lineEnd < n && text.charCodeAt(lineEnd) === 10 && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    splitLine(text, lineStart, lineEnd, blocks, tokenEnds);
  }
  return blocks;
}

function splitLine(text: string, start: number, end: number, out: RawBlock[], tokenEnds: CharCursor) {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isWs(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    // The token runs to the next space or the line end (`end` is a line end or the text end).
    i = Math.min(tokenEnds.next(i), end);
    tokens.push({ start: s, end: i });
  }
  if (tokens.length === 0) return;

  let blockStart = tokens[0].start;
  let blockEnd = tokens[0].end;
  let first = true;
  let heading = matchMarker(text, tokens[0].start, end);
  let headingOnlyMarker = heading !== null && heading.range[1] >= tokens[0].end;
  let headingOpen = heading !== null && !hasSentencePunct(text, tokens[0].start, tokens[0].end);
  let label = matchLabel(text, tokens[0].start, end);

  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1];
    const t = tokens[k];
    const last = text[prev.end - 1];
    let boundary = false;
    // Inside a letter-spaced label (联 系 电 话：: one character a token) nothing starts a block.
    if (label && t.start < label.colon && prev.end - prev.start === 1) {
      blockEnd = t.end;
      continue;
    }
    if (SENTENCE_END.includes(last)) boundary = true;
    else if (COLON.includes(last) && !(label && label.colon === prev.end - 1)) boundary = true;
    else if (headingOpen && !headingOnlyMarker) boundary = true;
    else if (text[prev.start] === '|' || text[prev.start] === '｜') boundary = true;
    // A result-category mark (A类) ahead of the title on the same line.
    else if (prev.start === blockStart && CATEGORY_WHOLE.test(tokenText(text, prev))) boundary = true;
    // …and a salutation token that lost its colon ends its block too.
    else if (prev.start === blockStart && !label && SALUTATION_TOKEN.test(tokenText(text, prev))) boundary = true;
    else if (startsBlock(text, tokens, k, end)) boundary = true;
    if (boundary) {
      out.push({ range: [blockStart, blockEnd], lineStart: first });
      first = false;
      blockStart = t.start;
      heading = matchMarker(text, t.start, end);
      headingOnlyMarker = heading !== null && heading.range[1] >= t.end;
      headingOpen = heading !== null && !hasSentencePunct(text, t.start, t.end);
      label = matchLabel(text, t.start, end);
    } else {
      if (headingOnlyMarker) headingOnlyMarker = false;
      if (headingOpen && hasSentencePunct(text, t.start, t.end)) headingOpen = false;
    }
    blockEnd = t.end;
  }
  out.push({ range: [blockStart, blockEnd], lineStart: first });
}

function hasSentencePunct(text: string, s: number, e: number) {
  for (let i = s; i < e; i++) {
    const ch = text[i];
    if (ch === '。' || ch === '；' || ch === ';' || ch === '！' || ch === '？') return true;
  }
  return false;
}
