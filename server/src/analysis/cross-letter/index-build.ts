/**
 * The workspace index: every letter's facts, and hash maps from each comparison key to the
 * letters or citations that carry it (reply number, 文号, exact and loose policy title). Built
 * once in one pass over the facts; the cross-letter rules read groups, never compare pairs.
 */
import type { CitedPolicy, LetterFacts } from './facts';

export interface IndexedLetter {
  /** How the front names the letter: a path for the CLI, a URI for the language server. */
  file: string;
  /** How messages name it: the path as the CLI prints it, or the workspace-relative path. */
  name: string;
  facts: LetterFacts;
}

export interface CiteRef {
  letter: number;
  cite: CitedPolicy;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The key of "the same suggestion": its kind (建议 / 提案), its session (or the year of the reply
 * or the assignment: numbers restart each year) and the number. Co-handler opinions share
 * their lead unit's number and are left out; without a kind or a year nothing is keyed, so
 * unrelated letters never meet by chance.
 */
export function replyKey(f: LetterFacts): string | undefined {
  if (!f.number || !f.kind || f.cohandler) return undefined;
  const when = f.session ?? String(f.issueDate?.year ?? f.assigned?.year ?? '');
  if (!when) return undefined;
  return `${f.kind}|${when}|${f.number.key}`;
}

export class WorkspaceIndex {
  readonly byReply = new Map<string, number[]>();
  readonly byDoc = new Map<string, CiteRef[]>();
  readonly byExact = new Map<string, CiteRef[]>();
  readonly byLoose = new Map<string, CiteRef[]>();

  constructor(readonly letters: IndexedLetter[]) {
    letters.forEach((l, i) => {
      const key = replyKey(l.facts);
      if (key) push(this.byReply, key, i);
      for (const cite of l.facts.citations) {
        // Citations a registry resolves are the registry rules' (a registry wins over majority).
        if (cite.inRegistry) continue;
        const ref = { letter: i, cite };
        if (cite.doc) push(this.byDoc, cite.doc, ref);
        push(this.byExact, cite.exact, ref);
        push(this.byLoose, cite.loose, ref);
      }
    });
  }
}
