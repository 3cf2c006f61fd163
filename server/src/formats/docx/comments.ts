/**
 * Findings as Word comments: w:commentRangeStart/End around the finding's text and a run with
 * w:commentReference in word/document.xml; the comment itself (author "Reply Lint", the message,
 * the rule id and its documentation link) in word/comments.xml, which is created — with its
 * relationship and content-type override — when the document has none.
 */
import type { Range } from '../../parse/types';
import type { DocxText } from './map';
import { placeAt, setText, wElement, type Place } from './runs';
import { AUTHOR, type ChangeIds } from './edits';
import { elementChildren, parsePart, W_NS, type XmlDocument, type XmlElement } from './xml';

export interface CommentSpec {
  range: Range;
  /** Paragraphs of the comment's text. */
  lines: string[];
}

const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

function insertAt(place: Place, ...nodes: XmlElement[]): void {
  for (const n of nodes) place.parent.insertBefore(n, place.before);
}

/**
 * Anchors the comments in the document (from the last offset back: splits keep earlier offsets
 * valid) and returns their w:comment elements, for the comments part.
 */
export function anchorComments(doc: XmlDocument, map: DocxText, specs: CommentSpec[], ids: ChangeIds, commentsDoc: XmlDocument): XmlElement[] {
  const owner = doc.documentElement!.ownerDocument;
  const withIds = specs.map((s) => ({ ...s, id: String(ids.next++) }));
  type Marker = { offset: number; kind: 'start' | 'end' | 'point'; id: string };
  const markers: Marker[] = [];
  for (const s of withIds) {
    if (s.range[0] === s.range[1]) markers.push({ offset: s.range[0], kind: 'point', id: s.id });
    else markers.push({ offset: s.range[0], kind: 'start', id: s.id }, { offset: s.range[1], kind: 'end', id: s.id });
  }
  markers.sort((a, b) => b.offset - a.offset);
  const reference = (id: string) => {
    const r = wElement(owner, 'r');
    r.appendChild(wElement(owner, 'commentReference', { id }));
    return r;
  };
  for (const m of markers) {
    if (m.kind === 'start') insertAt(placeAt(map, m.offset, 'before'), wElement(owner, 'commentRangeStart', { id: m.id }));
    else if (m.kind === 'end') insertAt(placeAt(map, m.offset, 'after'), wElement(owner, 'commentRangeEnd', { id: m.id }), reference(m.id));
    else insertAt(placeAt(map, m.offset, 'after'), wElement(owner, 'commentRangeStart', { id: m.id }), wElement(owner, 'commentRangeEnd', { id: m.id }), reference(m.id));
  }
  const cOwner = commentsDoc.documentElement!.ownerDocument;
  return withIds.map((s) => {
    const c = wElement(cOwner, 'comment', { id: s.id, author: AUTHOR, date: ids.date, initials: 'RL' });
    for (const line of s.lines) {
      const p = wElement(cOwner, 'p');
      const r = wElement(cOwner, 'r');
      const t = wElement(cOwner, 't');
      setText(t, line);
      r.appendChild(t);
      p.appendChild(r);
      c.appendChild(p);
    }
    return c;
  });
}

export const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"></w:comments>`;

/** The comments part's name from the document's relationships, adding the relationship if absent. */
export function commentsRelationship(rels: XmlDocument): { target: string; added: boolean } {
  const root = rels.documentElement!;
  for (const rel of elementChildren(root)) {
    if (rel.getAttribute('Type') === COMMENTS_TYPE) return { target: rel.getAttribute('Target') ?? 'comments.xml', added: false };
  }
  const used = new Set(elementChildren(root).map((r) => r.getAttribute('Id')));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const rel = rels.createElementNS(REL_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', COMMENTS_TYPE);
  rel.setAttribute('Target', 'comments.xml');
  root.appendChild(rel);
  return { target: 'comments.xml', added: true };
}

/** Adds the content-type override for the comments part; false when one was there already. */
export function addCommentsContentType(types: XmlDocument, partName: string): boolean {
  const root = types.documentElement!;
  if (elementChildren(root).some((o) => o.localName === 'Override' && o.getAttribute('PartName') === partName)) return false;
  const o = types.createElementNS(CT_NS, 'Override');
  o.setAttribute('PartName', partName);
  o.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
  root.appendChild(o);
  return true;
}

export function emptyCommentsPart(): XmlDocument {
  return parsePart(new TextEncoder().encode(EMPTY_COMMENTS), 'word/comments.xml');
}
