/**
 * The loaded registry: entries indexed by normalised title, alias and 文号, with the matching
 * the registry rules, hover and completion share.
 */
import type { PolicyEntry } from './types';
import { digitRuns, editDistance, isDocNumber, looseTitle, normalizeDocNumber, normalizeTitle } from './normalize';

export type TitleMatch =
  { kind: 'exact'; entry: PolicyEntry; via: 'title' | 'alias' | 'inner' } | { kind: 'near'; entry: PolicyEntry; distance: number; /** the registry title or alias it is close to */ matched: string };

/** 《X关于印发Y的通知》 also answers to 《Y》 (the document it issues). */
export function innerTitle(title: string): string | undefined {
  // The fixed ending first, then the first 关于印发/转发/发布: no lazy group scanning back and forth.
  const t = title.replace(/[《》]/g, '');
  const end = /的(?:通知|决定|公告)$/.exec(t);
  if (!end) return undefined;
  const start = /关于(?:印发|转发|发布)/.exec(t);
  if (!start || start.index + start[0].length + 4 > end.index) return undefined;
  return t.slice(start.index + start[0].length, end.index);
}

export class PolicyRegistry {
  readonly entries: PolicyEntry[];
  /** Files the entries came from. */
  readonly files: string[];
  private byTitle = new Map<string, { entry: PolicyEntry; via: 'title' | 'alias' | 'inner' }>();
  private byLoose = new Map<string, Array<{ entry: PolicyEntry; text: string }>>();
  private byNumber = new Map<string, PolicyEntry>();

  constructor(entries: PolicyEntry[], files: string[] = []) {
    this.files = files;
    // Later files win over earlier ones (a nearer config's registry over a farther one's).
    const kept = new Map<string, PolicyEntry>();
    for (const e of entries) kept.set(normalizeTitle(e.title), e);
    this.entries = [...kept.values()];
    for (const e of this.entries) {
      this.byTitle.set(normalizeTitle(e.title), { entry: e, via: 'title' });
      if (e.docNumber) this.byNumber.set(normalizeDocNumber(e.docNumber), e);
    }
    for (const e of this.entries) {
      for (const a of e.aliases ?? []) {
        const k = normalizeTitle(a);
        if (k && !this.byTitle.has(k)) this.byTitle.set(k, { entry: e, via: 'alias' });
      }
      const inner = innerTitle(e.title);
      if (inner) {
        const k = normalizeTitle(inner);
        if (!this.byTitle.has(k)) this.byTitle.set(k, { entry: e, via: 'inner' });
      }
      for (const t of [e.title, ...(e.aliases ?? [])]) {
        const k = looseTitle(t);
        if (k.length < 4) continue;
        const list = this.byLoose.get(k) ?? [];
        if (!list.some((x) => x.entry === e)) list.push({ entry: e, text: t });
        this.byLoose.set(k, list);
      }
    }
  }

  get size(): number {
    return this.entries.length;
  }

  byDocNumber(docNumber: string): PolicyEntry | undefined {
    return this.byNumber.get(normalizeDocNumber(docNumber));
  }

  /** Exact match on the title, an alias or the issued document's title. */
  byExactTitle(title: string): { entry: PolicyEntry; via: 'title' | 'alias' | 'inner' } | undefined {
    return this.byTitle.get(normalizeTitle(title));
  }

  /** Exact, else the one registry title close to it (C05 normalisation or ≤ 20% edits). */
  matchTitle(title: string): TitleMatch | undefined {
    const exact = this.byExactTitle(title);
    if (exact) return { kind: 'exact', ...exact };
    const loose = this.byLoose.get(looseTitle(title));
    if (loose && loose.length === 1 && digitRuns(loose[0].text) === digitRuns(title)) {
      return { kind: 'near', entry: loose[0].entry, distance: 0, matched: loose[0].text };
    }
    const norm = normalizeTitle(title);
    if (norm.length < 6) return undefined;
    const digits = digitRuns(title);
    let best: { entry: PolicyEntry; distance: number; matched: string } | undefined;
    let tie = false;
    for (const e of this.entries) {
      for (const t of [e.title, ...(e.aliases ?? [])]) {
        const nt = normalizeTitle(t);
        const max = Math.max(1, Math.floor(Math.max(norm.length, nt.length) * 0.2));
        const d = editDistance(norm, nt, max);
        if (d > max || digitRuns(t) !== digits) continue;
        if (!best || d < best.distance) {
          best = { entry: e, distance: d, matched: t };
          tie = false;
        } else if (d === best.distance && best.entry !== e) tie = true;
      }
    }
    return best && !tie ? { kind: 'near', ...best } : undefined;
  }

  /** Hover/completion lookup: a 文号 or a title (with or without 《》). */
  lookup(query: string): PolicyEntry | undefined {
    const q = query.trim();
    if (!q) return undefined;
    if (isDocNumber(q)) {
      const e = this.byDocNumber(q);
      if (e) return e;
    }
    return this.byExactTitle(q)?.entry;
  }

  /** The entry that replaces `entry` (resolved by 文号 or title), if the registry holds it. */
  replacement(entry: PolicyEntry): PolicyEntry | undefined {
    if (!entry.replacedBy) return undefined;
    const r = this.lookup(entry.replacedBy);
    return r === entry ? undefined : r;
  }

  toJSON(): unknown {
    return { files: this.files, entries: this.entries.length };
  }
}
