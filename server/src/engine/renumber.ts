/**
 * Renumbering for the editor's "renumber this level" and "renumber document" actions. Pure
 * functions over the parsed tree: the edits replace only numerals (a marker's `numeralRange`,
 * the numeral of 三是 / 第三 / 其三), so the rest of the text never changes. Each sibling group
 * (sections of one level under one parent) and each inline run counts 1..n in its own style.
 */
import type { ReplyRoot, Section } from '../parse/types';
import type { Edit } from './fixes';
import { endOf, startOf } from '../text/spans';
import { enumRuns, renumberRunEdits, type EnumRun } from '../analysis/enumerations';
import { renumberGroupEdits, sectionAt, siblingGroupsOf } from '../analysis/sections';

export type { Edit };

function byStart(a: Edit, b: Edit) {
  return a.range[0] - b.range[0];
}

function groupOf(tree: ReplyRoot, section: Section): Section[] | undefined {
  return siblingGroupsOf(tree).find((g) => g.includes(section));
}

function runAt(runs: EnumRun[], offset: number): EnumRun | undefined {
  return runs.find((r) => r.items.some((e) => startOf(e) <= offset && offset <= endOf(e)));
}

/**
 * Siblings of the marker or 一是-style item at (or around) `offset`: a marker or an enumerator
 * under the cursor wins; inside a heading line, that heading's level; inside a paragraph with
 * enumerators, the run nearest to the cursor; otherwise the level of the enclosing section.
 */
export function renumberLevelAt(text: string, tree: ReplyRoot, offset: number): Edit[] {
  const sections = tree.data.parts.sections;
  const onMarker = sections.find((s) => s.heading.marker.range[0] <= offset && offset <= s.heading.marker.range[1]);
  if (onMarker) return renumberGroupEdits(text, groupOf(tree, onMarker) ?? [onMarker]).sort(byStart);
  const runs = enumRuns(tree, text);
  const onItem = runAt(runs, offset);
  if (onItem) return renumberRunEdits(text, onItem).sort(byStart);
  const block = tree.data.blocks.find((b) => startOf(b) <= offset && offset <= endOf(b));
  if (block && block.type === 'heading') {
    const s = sections.find((x) => x.heading === block);
    if (s) return renumberGroupEdits(text, groupOf(tree, s) ?? [s]).sort(byStart);
  }
  if (block) {
    let best: EnumRun | undefined;
    let bestDist = Infinity;
    for (const r of runs) {
      for (const e of r.items) {
        if (startOf(e) < startOf(block) || startOf(e) >= endOf(block)) continue;
        const d = Math.abs(startOf(e) - offset);
        if (d < bestDist) {
          bestDist = d;
          best = r;
        }
      }
    }
    if (best) return renumberRunEdits(text, best).sort(byStart);
  }
  const s = sectionAt(tree, offset);
  if (s) return renumberGroupEdits(text, groupOf(tree, s) ?? [s]).sort(byStart);
  return [];
}

/** Every sibling run: sections at all levels and the inline 一是 runs. */
export function renumberDocument(text: string, tree: ReplyRoot): Edit[] {
  const edits: Edit[] = [];
  for (const g of siblingGroupsOf(tree)) edits.push(...renumberGroupEdits(text, g));
  for (const r of enumRuns(tree, text)) edits.push(...renumberRunEdits(text, r));
  return edits.sort(byStart);
}
