/**
 * The reply tree → the letter's printed elements, in reading order, each with the role that
 * decides its place and type on the page. Text is the letter's own (Markdown syntax left out),
 * numbering markers included as typed: what was checked is what is printed.
 */
import type { Block, Heading, Range, ReplyRoot, Section } from '../parse/types';
import { endOf, rangeOf, startOf } from '../text/spans';

export type ElementRole =
  | 'letterhead' // the organ's name above the title (发文机关标志): centred
  | 'headerLine' // 类别, 公开属性, a stray header date, 签发人: right-aligned in the header
  | 'docNumber'
  | 'title'
  | 'salutation'
  | 'paragraph' // opening, body text, closing formula
  | 'heading'
  | 'attachment'
  | 'footerField' // 领导署名, 联系人, 联系电话 in the signature block
  | 'issuer'
  | 'date'
  | 'note'
  | 'copyTo';

export interface LetterElement {
  role: ElementRole;
  text: string;
  /** Headings: level 1–4 (一、 （一） 1. （1）; deeper markers print as level 4). */
  level?: number;
  /** Headings: how many characters of `text` are the heading (marker, words and its closing mark); the rest is body text run in. */
  headLength?: number;
}

/** Page residue (相关阅读, 版权声明…) is not part of the letter and is left out; every other block is printed. */
export function letterElements(tree: ReplyRoot): LetterElement[] {
  const { parts, masked } = tree.data;
  const text = tree.data.text;
  const out: LetterElement[] = [];
  const read = (b: Block | Range) => visibleText(text, Array.isArray(b) ? b : rangeOf(b), masked);
  let titleDone = false;

  const visit = (node: Section | Block) => {
    if (node.type === 'section') {
      for (const c of (node as Section).children) visit(c);
      return;
    }
    const b = node as Block;
    const value = read(b);
    if (value === '') return;
    switch (b.type) {
      case 'boilerplate':
        return;
      case 'title':
        // A title wrapped over two lines is one title (parts.title spans them).
        if (!titleDone) out.push({ role: 'title', text: collapse(parts.title ? read(parts.title) : value) });
        titleDone = true;
        return;
      case 'docNumberLine':
        out.push({ role: 'docNumber', text: value });
        return;
      case 'letterhead':
        out.push({ role: 'letterhead', text: value });
        return;
      case 'resultCategory':
      case 'disclosure':
      case 'headerDate':
        out.push({ role: 'headerLine', text: value });
        return;
      case 'salutation':
        out.push({ role: 'salutation', text: value });
        return;
      case 'heading': {
        const h = b as Heading;
        const start = startOf(b);
        // The heading runs to its sentence end, which it keeps (一、…。 then body text).
        let headEnd = h.headingRange[1];
        if (headEnd < endOf(b) && /[。；;！？]/.test(text[headEnd])) headEnd++;
        const head = visibleText(text, [start, headEnd], masked).replace(/^\s+/, '');
        out.push({ role: 'heading', text: value, level: Math.min(h.marker.level, 4), headLength: Math.min(head.length, value.length) });
        return;
      }
      case 'attachment':
        out.push({ role: 'attachment', text: value });
        return;
      case 'issuer':
        out.push({ role: 'issuer', text: value });
        return;
      case 'issueDate':
        out.push({ role: 'date', text: value.replace(/\s*[|｜]$/, '') });
        return;
      case 'note':
        out.push({ role: 'note', text: value });
        return;
      case 'cc':
        out.push({ role: 'copyTo', text: value });
        return;
      case 'field':
        out.push({ role: parts.header.includes(b) ? 'headerLine' : 'footerField', text: value });
        return;
      default:
        // paragraph, closing, and anything a newer parser adds: body text keeps the letter whole.
        out.push({ role: 'paragraph', text: value });
    }
  };
  for (const c of tree.children as Array<Section | Block>) visit(c);
  return out;
}

/** The text of `range` without Markdown syntax (masked ranges) or control characters, trimmed. */
function visibleText(text: string, [s, e]: Range, masked: Range[]): string {
  let out = '';
  let at = s;
  for (const [ms, me] of masked) {
    if (me <= at || ms >= e) continue;
    if (ms > at) out += text.slice(at, ms);
    at = Math.max(at, me);
  }
  if (at < e) out += text.slice(at, e);
  // Control characters (a scraped page's form feeds…) print nothing and cannot stand in Word's XML.
  return out.replace(CONTROL, '').trim();
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Line breaks and runs of spaces inside a title become nothing between Chinese characters, one space elsewhere. */
function collapse(s: string): string {
  return s.replace(/\s+/g, (m, i: number, all: string) => (/[\u3000-\u9fff\uff00-\uffef]/.test(all[i - 1] ?? '') || /[\u3000-\u9fff\uff00-\uffef]/.test(all[i + m.length] ?? '') ? '' : ' '));
}
