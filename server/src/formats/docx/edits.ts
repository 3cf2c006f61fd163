/**
 * The engine's fix edits (ranges of the extracted letter) made in word/document.xml, either
 * directly (`--fix`) or as tracked changes by "Reply Lint" (`review`): w:del around the runs of the
 * removed text (w:t → w:delText), w:ins around a new run carrying the formatting of the text it
 * replaces or follows. An edit that crosses a paragraph, a tab or break, or an automatic number is
 * left alone (its finding stays a comment).
 */
import type { Edit } from '../../engine/fixes';
import { editablePieces, type DocxText } from './map';
import { emptyRunLike, isolate, placeAt, setText, wElement } from './runs';
import { isW, wAttr, type XmlDocument, type XmlElement } from './xml';

export const AUTHOR = 'Reply Lint';

export interface ChangeIds {
  next: number;
  /** w:date of tracked changes and comments (ISO 8601, no milliseconds). */
  date: string;
}

/** One above the largest w:id in the document (ids of changes, comments and bookmarks). */
export function firstFreeId(doc: XmlDocument): number {
  let max = -1;
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const id = Number(wAttr(all[i] as XmlElement, 'id'));
    if (Number.isInteger(id) && id > max) max = id;
  }
  return max + 1;
}

function isOurInsertion(el: XmlElement | null): boolean {
  return !!el && isW(el, 'ins') && wAttr(el, 'author') === AUTHOR;
}

function tracked(doc: XmlDocument, local: 'ins' | 'del', ids: ChangeIds): XmlElement {
  return wElement(doc.documentElement!.ownerDocument, local, { id: String(ids.next++), author: AUTHOR, date: ids.date });
}

function newRun(like: XmlElement, text: string): XmlElement {
  const r = emptyRunLike(like);
  const t = wElement(like.ownerDocument, 't');
  setText(t, text);
  r.appendChild(t);
  return r;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The edit without the characters it keeps at either end (截止 → 截至 changes only 止): the
 * change the reviewer sees is the real one, and kept characters keep their run's formatting.
 */
export function narrowEdit(text: string, edit: Edit): Edit {
  const old = text.slice(edit.range[0], edit.range[1]);
  const neu = edit.text;
  let a = 0;
  while (a < old.length && a < neu.length && old[a] === neu[a]) a++;
  if (a > 0 && isHigh(old.charCodeAt(a - 1))) a--;
  let b = 0;
  while (b < old.length - a && b < neu.length - a && old[old.length - 1 - b] === neu[neu.length - 1 - b]) b++;
  if (b > 0 && isHigh(old.charCodeAt(old.length - 1 - b))) b--;
  return { range: [edit.range[0] + a, edit.range[1] - b], text: neu.slice(a, neu.length - b) };
}

/** Applies one edit; false when it cannot be made in the document. */
function applyEdit(doc: XmlDocument, map: DocxText, whole: Edit, ids: ChangeIds | undefined): boolean {
  const edit = narrowEdit(map.text, whole);
  if (edit.range[0] === edit.range[1] && edit.text === '') return true;
  const pieces = editablePieces(map, edit.range);
  if (!pieces) return false;
  if (!ids) {
    // Direct: the new text goes into the first piece's w:t; the other pieces lose their characters.
    pieces.forEach((p, i) => {
      const t = p.segment.node;
      const s = t.textContent ?? '';
      setText(t, s.slice(0, p.from) + (i === 0 ? edit.text : '') + s.slice(p.to));
    });
    return true;
  }
  // Tracked: the pieces in runs of their own (from the last back, so earlier nodes keep their text).
  const runs: XmlElement[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (p.from < p.to) runs.unshift(isolate(p.segment.node, p.from, p.to));
  }
  if (runs.length > 0) {
    if (edit.text !== '') insertRun(doc, ids, runs[runs.length - 1], newRun(runs[0], edit.text));
    for (const run of runs) {
      const parent = run.parentNode as XmlElement;
      // Text this review inserted in an earlier pass is amended in place, not deleted on top.
      if (isOurInsertion(parent)) {
        parent.removeChild(run);
        continue;
      }
      const del = tracked(doc, 'del', ids);
      parent.insertBefore(del, run);
      del.appendChild(run);
      for (let n = run.firstChild; n; n = n.nextSibling) {
        if (!isW(n, 't')) continue;
        const dt = wElement(run.ownerDocument, 'delText');
        setText(dt, n.textContent ?? '');
        run.replaceChild(dt, n);
        n = dt;
      }
    }
    return true;
  }
  const place = placeAt(map, edit.range[0], 'after');
  const run = newRun(place.run ?? wElement(doc.documentElement!.ownerDocument, 'r'), edit.text);
  const ins = isOurInsertion(place.parent) ? place.parent : tracked(doc, 'ins', ids);
  if (ins !== place.parent) ins.appendChild(run);
  place.parent.insertBefore(ins === place.parent ? run : ins, place.before);
  return true;
}

/** Puts a new run right after `anchor`, inside a w:ins by Reply Lint (or in the one it is in). */
function insertRun(doc: XmlDocument, ids: ChangeIds, anchor: XmlElement, run: XmlElement): void {
  const parent = anchor.parentNode as XmlElement;
  if (isOurInsertion(parent)) {
    parent.insertBefore(run, anchor.nextSibling);
    return;
  }
  const ins = tracked(doc, 'ins', ids);
  ins.appendChild(run);
  parent.insertBefore(ins, anchor.nextSibling);
}

/**
 * Makes the edits (already selected: sorted, non-overlapping) from the last to the first.
 * Returns the edits made.
 */
export function applyEdits(doc: XmlDocument, map: DocxText, edits: Edit[], ids?: ChangeIds): Edit[] {
  const made: Edit[] = [];
  for (let i = edits.length - 1; i >= 0; i--) if (applyEdit(doc, map, edits[i], ids)) made.push(edits[i]);
  return made.reverse();
}
