/** Renumbering edits from the engine (`engine/renumber.ts`), with a label for the action. */
import { type Edit, renumberDocument, renumberLevelAt, type ReplyRoot } from '../index';

function toEdits(list: Array<{ range: [number, number]; text: string }> | undefined): Edit[] {
  return (list ?? []).filter((e) => e && Array.isArray(e.range)).map((e) => ({ range: [e.range[0], e.range[1]], text: e.text }));
}

/** A name for the level being renumbered: the marker that holds the first edit, or the enumerator. */
function labelOf(text: string, tree: ReplyRoot, first: Edit): string {
  // parts.sections lists sections at every depth.
  const s = tree.data.parts.sections.find((x) => x.heading.marker.range[0] <= first.range[0] && first.range[1] <= x.heading.marker.range[1]);
  return s ? s.heading.marker.raw : text.slice(first.range[0], Math.min(text.length, first.range[1] + 1));
}

export function renumberLevelEdits(text: string, tree: ReplyRoot, offset: number): { label: string; edits: Edit[] } | undefined {
  let edits: Edit[];
  try {
    edits = toEdits(renumberLevelAt(text, tree, offset));
  } catch {
    return undefined;
  }
  if (edits.length === 0) return undefined;
  return { label: labelOf(text, tree, edits[0]), edits };
}

export function renumberDocumentEdits(text: string, tree: ReplyRoot): Edit[] {
  try {
    return toEdits(renumberDocument(text, tree));
  } catch {
    return [];
  }
}
