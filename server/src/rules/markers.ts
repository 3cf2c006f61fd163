/** Marker helpers shared by the numbering rules. */
import { toChineseNumeral } from '../text/chars';
import type { Marker, Section } from '../parse/types';
import type { RuleContext } from './rule';

/** The canonical marker text for a level and ordinal: 一、 （一） 1. （1） */
export function canonicalMarker(level: number, ordinal: number): string {
  switch (level) {
    case 1: return toChineseNumeral(ordinal) + '、';
    case 2: return '（' + toChineseNumeral(ordinal) + '）';
    case 3: return ordinal + '.';
    case 4: return '（' + ordinal + '）';
    default: return String(ordinal);
  }
}

/** The numeral as it should read for `ordinal`, in the style the marker uses. */
export function numeralFor(m: Marker, ordinal: number): string {
  return m.kind === 'cn-dun' || m.kind === 'cn-paren' ? toChineseNumeral(ordinal) : String(ordinal);
}

/** Sibling groups: the sections under each parent (and at top level), in order. */
export function siblingGroups(ctx: RuleContext): Section[][] {
  const groups: Section[][] = [];
  const top = ctx.tree.children.filter((c): c is Section => c.type === 'section');
  const walk = (list: Section[]) => {
    // Siblings of one parent may mix levels when a level was skipped; group by depth.
    const byDepth = new Map<number, Section[]>();
    for (const s of list) {
      const g = byDepth.get(s.depth) ?? [];
      g.push(s);
      byDepth.set(s.depth, g);
    }
    for (const g of byDepth.values()) groups.push(g);
    for (const s of list) walk(s.children.filter((c): c is Section => c.type === 'section'));
  };
  walk(top);
  return groups;
}
