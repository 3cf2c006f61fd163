/**
 * word/document.xml → the letter as text, in reading order: body paragraphs; tables row by row,
 * cell by cell; text boxes after the paragraph that anchors them; hyperlinks, fields' display
 * text, content controls and tracked insertions as shown. Left out: deleted (tracked) text,
 * hidden text, field instructions, footnotes, comments, headers and footers. Automatic numbers are
 * put before their paragraphs as if typed. Produces the position map (map.ts) as it goes.
 */
import type { DocxText, Paragraph, Segment } from './map';
import type { Numbering } from './numbering';
import { setText } from './runs';
import { elementChildren, isOn, isW, wChild, XML_NS, type XmlDocument, type XmlElement } from './xml';

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

class Extractor {
  private parts: string[] = [];
  private length = 0;
  readonly paragraphs: Paragraph[] = [];
  readonly segments: Segment[] = [];
  /** Text boxes met inside the current paragraph, read after it. */
  private pendingBoxes: XmlElement[] = [];

  constructor(private numbering: Numbering) {}

  private push(s: string, kind: Segment['kind'], node: XmlElement): void {
    if (s.length === 0) return;
    this.segments.push({ start: this.length, end: this.length + s.length, kind, paragraph: this.paragraphs.length - 1, node });
    this.parts.push(s);
    this.length += s.length;
  }

  blocks(container: XmlElement): void {
    for (const el of elementChildren(container)) {
      if (isW(el, 'p')) this.paragraph(el);
      else if (isW(el, 'tbl')) {
        for (const tr of elementChildren(el)) {
          if (!isW(tr, 'tr')) continue;
          for (const tc of elementChildren(tr)) if (isW(tc, 'tc')) this.blocks(tc);
        }
      } else if (isW(el, 'sdt')) {
        const content = wChild(el, 'sdtContent');
        if (content) this.blocks(content);
      } else if (isW(el, 'customXml') || isW(el, 'ins') || isW(el, 'moveTo')) this.blocks(el);
      else if (el.namespaceURI === MC_NS && el.localName === 'AlternateContent') {
        const choice = elementChildren(el)[0];
        if (choice) this.blocks(choice);
      }
    }
  }

  private paragraph(p: XmlElement): void {
    if (this.paragraphs.length > 0) {
      this.parts.push('\n');
      this.length++;
    }
    const pPr = wChild(p, 'pPr');
    const number = this.numbering.next(pPr);
    const para: Paragraph = { start: this.length, end: this.length, element: p };
    if (number) para.number = number;
    this.paragraphs.push(para);
    if (number) this.push(number, 'number', p);
    const outer = this.pendingBoxes;
    this.pendingBoxes = [];
    this.inline(p);
    para.end = this.length;
    const boxes = this.pendingBoxes;
    this.pendingBoxes = outer;
    for (const box of boxes) this.blocks(box);
  }

  private inline(container: XmlElement): void {
    for (const el of elementChildren(container)) {
      if (isW(el, 'r')) this.run(el);
      else if (isW(el, 'hyperlink') || isW(el, 'fldSimple') || isW(el, 'ins') || isW(el, 'moveTo') || isW(el, 'smartTag') || isW(el, 'customXml') || isW(el, 'dir') || isW(el, 'bdo')) this.inline(el);
      else if (isW(el, 'sdt')) {
        const content = wChild(el, 'sdtContent');
        if (content) this.inline(content);
      } else if (el.namespaceURI === MC_NS && el.localName === 'AlternateContent') {
        const choice = elementChildren(el)[0];
        if (choice) this.inline(choice);
      }
      // w:del, w:moveFrom (deleted), w:pPr, bookmarks, comment ranges, proofing marks: nothing shown.
    }
  }

  private run(r: XmlElement): void {
    if (isOn(wChild(wChild(r, 'rPr'), 'vanish'))) return;
    for (const el of elementChildren(r)) {
      if (isW(el, 't')) this.push(visibleText(el), 'text', el);
      else if (isW(el, 'tab') || isW(el, 'ptab')) this.push('\t', 'mark', el);
      else if (isW(el, 'br') || isW(el, 'cr')) this.push('\n', 'mark', el);
      else if (isW(el, 'noBreakHyphen')) this.push('-', 'mark', el);
      else if (isW(el, 'drawing') || isW(el, 'pict') || el.namespaceURI === MC_NS) this.findBoxes(el);
    }
  }

  /** w:txbxContent under a drawing; of mc:AlternateContent only the first choice (the fallback repeats it). */
  private findBoxes(el: XmlElement): void {
    if (isW(el, 'txbxContent')) {
      this.pendingBoxes.push(el);
      return;
    }
    if (el.namespaceURI === MC_NS && el.localName === 'AlternateContent') {
      const choice = elementChildren(el)[0];
      if (choice) this.findBoxes(choice);
      return;
    }
    for (const c of elementChildren(el)) this.findBoxes(c);
  }

  result(): DocxText {
    return { text: this.parts.join(''), paragraphs: this.paragraphs, segments: this.segments };
  }
}

/**
 * A w:t's text as Word and LibreOffice show it: without xml:space="preserve" the spaces at either
 * end are not shown. The node is trimmed to that (in memory) so offsets in the letter stay
 * offsets in the node, and a document written back shows the same text.
 */
function visibleText(t: XmlElement): string {
  const raw = t.textContent ?? '';
  if (t.getAttributeNS(XML_NS, 'space') === 'preserve' || t.getAttribute('xml:space') === 'preserve') return raw;
  const shown = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (shown !== raw) setText(t, shown);
  return shown;
}

export function extractText(document: XmlDocument, numbering: Numbering): DocxText {
  const body = wChild(document.documentElement!, 'body');
  const x = new Extractor(numbering);
  if (body) x.blocks(body);
  return x.result();
}
