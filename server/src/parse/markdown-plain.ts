/**
 * Most Markdown letters are plain letters with a file extension: paragraphs, perhaps YAML front
 * matter, `#` headings, `1. ` list items and `<!-- replylint-… -->` comment lines. For those the
 * Markdown parse (micromark, ~1.3 ms for a 20 KB letter: three times the whole lint of the same
 * text) finds nothing but what one linear scan of the lines can find. `plainMarkdown` is that
 * scan: it proves the text uses only that subset of CommonMark and returns the ranges
 * remark-parse would give (heading marks, front matter, comment lines), or `undefined` as soon as
 * any line or character could mean more (bullets, quotes, code, emphasis, links, inline HTML,
 * tabs in indentation…), and the caller runs the full parse. test/markdown/ checks that the two
 * agree on every letter, fixture, CommonMark example and generated text the scan accepts.
 */
import type { Range } from './types';

export interface PlainMarkdown {
  masked: Range[];
  /** The front matter's YAML text and its range (fences included). */
  yaml?: { value: string; range: Range };
  /** Comment lines (`<!--` at column 0, `-->` on the same line): range and value. */
  comments: Array<{ value: string; range: Range }>;
}

// Characters that can start inline syntax anywhere on a line (emphasis, code, HTML and
// autolinks, escapes), and `](`, the only way to a link without a definition line. A `[` at a
// line start (a possible definition) is caught by the line check.
const INLINE = /[*_`<\\]|\]\(/g;

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

/** The index after the line's last character other than a space or tab (not before `from`). */
function trimEnd(line: string, from: number): number {
  let e = line.length;
  while (e > from && (line.charCodeAt(e - 1) === SPACE || line.charCodeAt(e - 1) === TAB)) e--;
  return e;
}

/**
 * The masks of an ATX heading `line` (at offset `at`, `indent` spaces, `hashes` opening marks),
 * placed as remark-parse places the heading node (from its first # to the line end) and its text
 * (between the opening marks' spaces and a closing run of # with the spaces before it).
 */
function headingMasks(line: string, at: number, indent: number, hashes: number, masked: Range[]): void {
  const open = indent + hashes;
  const end = trimEnd(line, open);
  let k = end;
  while (k > open && line.charCodeAt(k - 1) === HASH) k--;
  // A closing sequence is a run of # after a space, with only spaces after it.
  let contentEnd = k < end && line.charCodeAt(k - 1) === SPACE ? k : end;
  let contentStart = open;
  while (contentStart < contentEnd && line.charCodeAt(contentStart) === SPACE) contentStart++;
  while (contentEnd > contentStart && line.charCodeAt(contentEnd - 1) === SPACE) contentEnd--;
  if (contentEnd === contentStart) {
    masked.push([at + indent, at + line.length]);
    return;
  }
  masked.push([at + indent, at + contentStart]);
  if (contentEnd < line.length) masked.push([at + contentEnd, at + line.length]);
}

type Opener = { kind: 'text' } | { kind: 'heading'; hashes: number } | { kind: 'comment' } | { kind: 'item'; content: number };

/**
 * What the line opens at `i` (its first character after at most three spaces): plain text, an
 * ATX heading, a comment line (`<!--` … `-->`), an ordered-list item with its text's start,
 * or undefined for any other block (list bullet, quote, fence, setext underline or thematic
 * break, definition, HTML, an item this scan does not read).
 */
function opener(line: string, i: number): Opener | undefined {
  const c = line.charCodeAt(i);
  const c1 = line.charCodeAt(i + 1);
  const after1 = i + 1 >= line.length || c1 === SPACE || c1 === TAB;
  if (c === HASH) {
    let h = i;
    while (h < line.length && line.charCodeAt(h) === HASH) h++;
    if (h - i <= 6 && (h === line.length || line.charCodeAt(h) === SPACE || line.charCodeAt(h) === TAB)) return { kind: 'heading', hashes: h - i };
    return { kind: 'text' };
  }
  if (c === 0x3c /* < */) return line.startsWith('<!--', i) && line.indexOf('-->', i + 4) !== -1 ? { kind: 'comment' } : undefined;
  if (c === 0x3e /* > */ || c === 0x3d /* = */ || c === 0x7e /* ~ */ || c === 0x5b /* [ */) return undefined;
  if ((c === 0x2d /* - */ || c === 0x2b) /* + */ && (after1 || c1 === 0x2d)) return undefined;
  if (c >= 0x30 && c <= 0x39) {
    // An ordered-list item: up to nine digits, `.` or `)`, then a space, a tab or the line end.
    let d = i;
    while (d < line.length && d - i < 10 && line.charCodeAt(d) >= 0x30 && line.charCodeAt(d) <= 0x39) d++;
    const m = line.charCodeAt(d);
    if (d - i > 9 || (m !== 0x2e && m !== 0x29)) return { kind: 'text' };
    if (d + 1 >= line.length) return undefined;
    if (line.charCodeAt(d + 1) === TAB) return undefined;
    if (line.charCodeAt(d + 1) !== SPACE) return { kind: 'text' };
    // One to four spaces, then the item's text (five or more: code inside the item).
    let k = d + 1;
    while (k < line.length && line.charCodeAt(k) === SPACE) k++;
    if (k === line.length || k - (d + 1) > 4 || line.charCodeAt(k) === TAB) return undefined;
    return { kind: 'item', content: k };
  }
  return { kind: 'text' };
}

/** The masks of a letter written in plain Markdown, or undefined when it may use more. */
export function plainMarkdown(text: string): PlainMarkdown | undefined {
  // A byte-order mark shifts micromark's offsets; a lone CR is a line ending this scan does not split on.
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  for (let r = text.indexOf('\r'); r !== -1; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== 0x0a) return undefined;

  const masked: Range[] = [];
  const comments: PlainMarkdown['comments'] = [];
  let yaml: PlainMarkdown['yaml'];
  // Ranges the inline check skips (front matter, comment lines), in order.
  const skip: Range[] = [];
  let at = 0;
  const n = text.length;
  const nextLine = (from: number) => {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? n : nl;
    const contentEnd = end > from && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    return { end: contentEnd, next: nl === -1 ? n + 1 : nl + 1 };
  };

  // Front matter: `---` alone on the first line, up to the next line that is `---` alone.
  if (text.startsWith('---')) {
    const first = nextLine(0);
    if (first.end !== 3 || first.next > n) return undefined;
    let p = first.next;
    let close: { start: number; end: number; next: number } | undefined;
    while (p <= n) {
      const l = nextLine(p);
      if (text.startsWith('---', p)) {
        if (l.end !== p + 3) return undefined;
        close = { start: p, ...l };
        break;
      }
      p = l.next;
    }
    if (!close) return undefined;
    const valueStart = first.next;
    const valueEnd = close.start === valueStart ? valueStart : close.start - (text.charCodeAt(close.start - 2) === 0x0d ? 2 : 1);
    yaml = { value: text.slice(valueStart, valueEnd), range: [0, close.end] };
    masked.push([0, close.end]);
    skip.push([0, close.end]);
    at = close.next;
  }

  let inParagraph = false;
  // After an ordered-list item, a line indented at all could belong to the item (a heading, a
  // quote or code inside it, placed by the item's own indentation): only column 0 is read.
  let inList = false;
  while (at <= n) {
    const { end, next } = nextLine(at);
    const line = text.slice(at, end);
    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === SPACE) indent++;
    if (indent < line.length && line.charCodeAt(indent) === TAB) return undefined;
    if (indent === line.length) {
      inParagraph = false;
    } else if (inList && indent > 0) {
      return undefined;
    } else if (indent >= 4) {
      // Indented code, unless it continues a paragraph.
      if (!inParagraph) return undefined;
    } else {
      const op = opener(line, indent);
      if (!op) return undefined;
      if (op.kind === 'heading') {
        if (line.includes('\t')) return undefined;
        headingMasks(line, at, indent, op.hashes, masked);
        inParagraph = false;
      } else if (op.kind === 'comment') {
        if (indent > 0) return undefined;
        comments.push({ value: line, range: [at, end] });
        masked.push([at, end]);
        skip.push([at, end]);
        inParagraph = false;
      } else {
        // An ordered-list item masks nothing (its number is the letter's own 1. marker), as long
        // as its text is plain.
        if (op.kind === 'item') {
          if (opener(line, op.content)?.kind !== 'text') return undefined;
          inList = true;
        }
        inParagraph = true;
      }
    }
    at = next;
  }

  // Inline syntax anywhere outside the front matter and the comment lines.
  INLINE.lastIndex = 0;
  let s = 0;
  for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
    while (s < skip.length && skip[s][1] <= m.index) s++;
    if (s < skip.length && skip[s][0] <= m.index) {
      INLINE.lastIndex = skip[s][1];
      continue;
    }
    return undefined;
  }
  return { masked, yaml, comments };
}
