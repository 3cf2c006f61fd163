/** Renumbering edits from the engine (`engine/renumber.ts`), with a label for the action. */
import type { Edit } from '../engine/fixes';
import type { ReplyRoot, Section } from '../parse/types';
import { renumberDocument, renumberLevelAt } from '../engine/renumber';

function toEdits(list: Array<{ range: [number, number]; text: string }> | undefined): Edit[] {
  return (list ?? []).filter((e) => e && Array.isArray(e.range)).map((e) => ({ range: [e.range[0], e.range[1]], text: e.text }));
}

/** The innermost section around the offset, to name the level in the action's title. */
function sectionAt(sections: Section[], offset: number): Section | undefined {
  for (const s of sections) {
    const r = [s.position.start.offset ?? 0, s.position.end.offset ?? 0];
    if (r[0] <= offset && offset <= r[1]) {
      return sectionAt(s.children.filter((c): c is Section => c.type === 'section'), offset) ?? s;
    }
  }
  return undefined;
}

export function renumberLevelEdits(text: string, tree: ReplyRoot, offset: number): { label: string; edits: Edit[] } | undefined {
  let edits: Edit[];
  try {
    edits = toEdits(renumberLevelAt(text, tree, offset));
  } catch {
    return undefined;
  }
  if (edits.length === 0) return undefined;
  const s = sectionAt(tree.data.parts.sections, offset);
  const label = s ? s.heading.marker.raw : text.slice(edits[0].range[0], edits[0].range[1]) || '…';
  return { label, edits };
}

export function renumberDocumentEdits(text: string, tree: ReplyRoot): Edit[] {
  try {
    return toEdits(renumberDocument(text, tree));
  } catch {
    return [];
  }
}
