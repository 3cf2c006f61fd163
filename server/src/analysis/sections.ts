/**
 * The sections of a letter (一、 （一） 1. （1）) as the numbering rules and the renumbering
 * actions (engine/renumber.ts) see them: sibling groups, parents, the section at an offset, and
 * the edits that renumber a group.
 */
import type { Range, ReplyRoot, Section } from '../parse/types';
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';
import { numeralFor } from './markers';
import { endOf, startOf } from '../text/spans';
import { lastAtOrBefore } from '../text/search';

export function childSections(s: { children: unknown[] }): Section[] {
  const out: Section[] = [];
  for (const c of s.children as Array<{ type: string }>) if (c.type === 'section') out.push(c as Section);
  return out;
}

/**
 * Sibling groups: the sections under each parent (and at top level), in order. Siblings of one
 * parent may mix levels when a level was skipped (一、 → 1. 2. → （一）); each level is its own group.
 */
export function siblingGroupsOf(tree: ReplyRoot): Section[][] {
  const groups: Section[][] = [];
  const walk = (list: Section[]) => {
    if (list.length === 0) return;
    const byDepth = new Map<number, Section[]>();
    for (const s of list) {
      const g = byDepth.get(s.depth) ?? [];
      g.push(s);
      byDepth.set(s.depth, g);
    }
    for (const g of byDepth.values()) groups.push(g);
    for (const s of list) walk(childSections(s));
  };
  walk(childSections(tree));
  return groups;
}

const SIBLING_GROUPS = memoKey<Section[][]>('siblingGroups');

/** siblingGroupsOf, computed once per lint and shared by the numbering rules (read only). */
export function siblingGroups(ctx: LetterContext): Section[][] {
  return memo(ctx, SIBLING_GROUPS, () => siblingGroupsOf(ctx.tree));
}

/** The parent of every section (undefined for top-level ones). */
export function parentsOf(tree: ReplyRoot): Map<Section, Section | undefined> {
  const out = new Map<Section, Section | undefined>();
  const walk = (list: Section[], parent: Section | undefined) => {
    for (const s of list) {
      out.set(s, parent);
      walk(childSections(s), s);
    }
  };
  walk(childSections(tree), undefined);
  return out;
}

/** The edits that renumber a sibling group 1..n from index `from` on (numerals only). */
export function renumberGroupEdits(text: string, group: Section[], from = 0): Array<{ range: Range; text: string }> {
  const edits: Array<{ range: Range; text: string }> = [];
  for (let i = from; i < group.length; i++) {
    const m = group[i].heading.marker;
    const want = numeralFor(m, i + 1);
    if (text.slice(m.numeralRange[0], m.numeralRange[1]) !== want) edits.push({ range: [m.numeralRange[0], m.numeralRange[1]], text: want });
  }
  return edits;
}

/** The deepest section whose range contains `offset`. */
export function sectionAt(tree: ReplyRoot, offset: number): Section | undefined {
  return sectionLocator(tree)(offset);
}

/**
 * A lookup offset → deepest enclosing section, in O(log n + depth): the last section starting at
 * or before the offset, then up its parents until one contains the offset.
 */
export function sectionLocator(tree: ReplyRoot): (offset: number) => Section | undefined {
  const parents = parentsOf(tree);
  const ordered = [...parents.keys()].sort((a, b) => startOf(a) - startOf(b));
  return (offset) => {
    const i = lastAtOrBefore(ordered, offset, startOf);
    let s: Section | undefined = i >= 0 ? ordered[i] : undefined;
    while (s && !(offset < endOf(s))) s = parents.get(s);
    return s;
  };
}
