/**
 * Run surgery on word/document.xml: splitting a w:t and its w:r at a character so that a range of
 * text stands in runs of its own (each new run gets a copy of the original's w:rPr, so formatting
 * is kept), and finding the place in the tree for something to go at an offset of the letter.
 * Splits keep the original node holding the prefix, so offsets before a split stay valid: callers
 * work from the end of the letter backwards.
 */
import { partitionPoint } from '../../text/search';
import type { DocxText, Segment } from './map';
import { isW, W_NS, XML_NS, type XmlElement, type XmlNode } from './xml';

export function setText(t: XmlElement, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(t.ownerDocument!.createTextNode(text));
  // Leading or trailing spaces vanish without xml:space="preserve".
  if (/^\s|\s$/.test(text)) t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

export function wElement(doc: XmlElement['ownerDocument'], local: string, attrs: Record<string, string> = {}): XmlElement {
  const el = doc!.createElementNS(W_NS, `w:${local}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(W_NS, `w:${k}`, v);
  return el;
}

/** An empty copy of a run: its attributes and w:rPr (formatting), no content. */
export function emptyRunLike(r: XmlElement): XmlElement {
  const copy = r.cloneNode(false) as XmlElement;
  for (let n = r.firstChild; n; n = n.nextSibling) if (isW(n, 'rPr')) copy.appendChild(n.cloneNode(true));
  return copy;
}

/** Moves everything after `node` in its run into a new run right after it. */
function splitRunAfter(node: XmlNode): void {
  const r = node.parentNode as XmlElement;
  if (!node.nextSibling) return;
  const rest = emptyRunLike(r);
  while (node.nextSibling) rest.appendChild(node.nextSibling);
  r.parentNode!.insertBefore(rest, r.nextSibling);
}

/** Makes `node` the first content of its run (after w:rPr). */
function splitRunBefore(node: XmlNode): void {
  let prev = node.previousSibling;
  while (prev && prev.nodeType !== 1) prev = prev.previousSibling;
  if (prev && !isW(prev, 'rPr')) splitRunAfter(prev);
}

/** Splits a w:t at k (0 < k < length); the original keeps the prefix; returns the new w:t. */
function splitText(t: XmlElement, k: number): XmlElement {
  const text = t.textContent ?? '';
  const tail = t.cloneNode(false) as XmlElement;
  setText(t, text.slice(0, k));
  setText(tail, text.slice(k));
  t.parentNode!.insertBefore(tail, t.nextSibling);
  return tail;
}

/** Puts characters [from, to) of a w:t in a run of their own; returns that run. */
export function isolate(t: XmlElement, from: number, to: number): XmlElement {
  const len = (t.textContent ?? '').length;
  if (to < len) splitText(t, to);
  const target = from > 0 ? splitText(t, from) : t;
  splitRunBefore(target);
  splitRunAfter(target);
  return target.parentNode as XmlElement;
}

export interface Place {
  parent: XmlElement;
  before: XmlNode | null;
  /** The run whose formatting something inserted here should take. */
  run?: XmlElement;
}

function placeBeforeNode(node: XmlElement): Place {
  splitRunBefore(node);
  const r = node.parentNode as XmlElement;
  return { parent: r.parentNode as XmlElement, before: r, run: r };
}

function placeAfterNode(node: XmlElement): Place {
  splitRunAfter(node);
  const r = node.parentNode as XmlElement;
  return { parent: r.parentNode as XmlElement, before: r.nextSibling, run: r };
}

/**
 * The place for an element at an offset of the letter. `lean` says which side wins at a boundary
 * between two pieces of text: 'after' the preceding character (an end marker, an insertion) or
 * 'before' the following one (a start marker).
 */
export function placeAt(map: DocxText, offset: number, lean: 'after' | 'before'): Place {
  const paras = map.paragraphs;
  // Paragraphs and segments are in text order (a segment's paragraph index never goes down).
  let pi = partitionPoint(paras.length, (i) => paras[i].end < offset);
  if (pi === paras.length) pi = paras.length - 1;
  const p = paras[pi];
  const all = map.segments;
  const from = partitionPoint(all.length, (i) => all[i].paragraph < pi);
  const to = partitionPoint(all.length, (i) => all[i].paragraph <= pi);
  const segs = all.slice(from, to).filter((s: Segment) => s.kind !== 'number');
  const inside = segs.find((s) => s.start < offset && offset < s.end);
  if (inside) {
    if (inside.kind === 'text') {
      splitText(inside.node, offset - inside.start);
      return placeAfterNode(inside.node);
    }
    return lean === 'after' ? placeAfterNode(inside.node) : placeBeforeNode(inside.node);
  }
  const ending = segs.find((s) => s.end === offset);
  const starting = segs.find((s) => s.start === offset);
  if (lean === 'after' && ending) return placeAfterNode(ending.node);
  if (starting) return placeBeforeNode(starting.node);
  if (ending) return placeAfterNode(ending.node);
  // An empty paragraph, or a point before all of its text (after its automatic number).
  const first = segs[0];
  if (first && offset <= first.start) return placeBeforeNode(first.node);
  const last = segs[segs.length - 1];
  if (last) return placeAfterNode(last.node);
  let afterPPr: XmlNode | null = p.element.firstChild;
  while (afterPPr && (afterPPr.nodeType !== 1 || isW(afterPPr, 'pPr'))) afterPPr = afterPPr.nextSibling;
  return { parent: p.element, before: afterPPr };
}
