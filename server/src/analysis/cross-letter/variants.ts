/**
 * One group of citations (same 文号, same loose title or same exact title) split by a variant
 * (the title, or the 文号): the variant most citations use is the reference (ties: the one
 * met first, in input order), and the citations with another variant are the odd ones out.
 * A letter that itself also uses the reference is left to the single-letter rules (C05).
 */
import type { CiteRef } from './index-build';
import type { Place } from './facts';

/** A place in another (or the same) letter that explains a finding. */
export interface RelatedPlace {
  letter: number;
  place: Place;
}

/** At most this many related places per finding: 1,000 copies of one letter stay linear. */
export const MAX_RELATED = 10;

export interface OddCitation {
  odd: CiteRef;
  reference: string;
  /** The citations using the reference variant, in other letters. */
  related: RelatedPlace[];
  /** A reference citation (for its title and 文号 in messages). */
  example: CiteRef;
}

/**
 * Members of a group by variant (first-seen order), and the variant most of them have (ties: the
 * first seen; the index is built in input order). Undefined when there are not two variants.
 */
export function majority<T>(group: T[], variant: (t: T) => string | undefined): { reference: string; best: T[]; byVariant: Map<string, T[]> } | undefined {
  const byVariant = new Map<string, T[]>();
  for (const t of group) {
    const v = variant(t);
    if (v === undefined) continue;
    const list = byVariant.get(v);
    if (list) list.push(t);
    else byVariant.set(v, [t]);
  }
  if (byVariant.size < 2) return undefined;
  let reference = '';
  let best: T[] = [];
  for (const [v, list] of byVariant) if (list.length > best.length) [reference, best] = [v, list];
  return { reference, best, byVariant };
}

export function oddCitations(group: CiteRef[], variant: (r: CiteRef) => string | undefined): OddCitation[] {
  const m = majority(group, variant);
  if (!m) return [];
  const { reference, best, byVariant } = m;
  const lettersWithReference = new Set(best.map((r) => r.letter));
  const related = best.slice(0, MAX_RELATED).map((r) => ({ letter: r.letter, place: r.cite.place }));
  const out: OddCitation[] = [];
  for (const [v, list] of byVariant) {
    if (v === reference) continue;
    for (const odd of list) {
      if (lettersWithReference.has(odd.letter)) continue;
      out.push({ odd, reference, related, example: best[0] });
    }
  }
  return out;
}

/**
 * `a.txt、b.txt` (and how many more), for messages naming other letters: the first few of
 * `files`, out of `total` (a group of 1,000 copies names three and counts the rest).
 */
export function fileList(files: string[], locale: 'zh' | 'en', total = files.length): string {
  const shown = files.slice(0, 3);
  const more = total - shown.length;
  if (locale === 'zh') return shown.join('、') + (more > 0 ? `等 ${total} 个文件` : '');
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** The first `max` members of a group other than `self`, without walking the whole group. */
export function othersIn(group: number[], self: number, max = MAX_RELATED): number[] {
  const out: number[] = [];
  for (let k = 0; k < group.length && out.length < max; k++) if (group[k] !== self) out.push(group[k]);
  return out;
}

export function shortTitle(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
