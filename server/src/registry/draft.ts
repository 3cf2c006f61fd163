/**
 * A registry draft from the citations in many letters: each distinct title (after
 * normalisation) with the 文号 cited with it, how often and where. The language server's
 * "build registry draft" command writes this as JSON or CSV for a person to check.
 */
import { parseReply } from '../parse';
import { LineIndex } from '../text/positions';
import { startOf } from '../text/spans';
import { csvField } from './csv';
import { normalizeDocNumber, normalizeTitle } from './normalize';
import type { PolicyRegistry } from './registry';
import type { PolicyEntry } from './types';

export interface DraftEntry {
  title: string;
  docNumber?: string;
  /** Other 文号 seen with the same title (a conflict to resolve). */
  otherDocNumbers?: string[];
  /** Other spellings of the title seen. */
  variants?: string[];
  count: number;
  citedIn: Array<{ file: string; line: number; column: number }>;
  /** Already in the configured registry. */
  known?: boolean;
}

export interface DraftInput {
  path: string;
  text: string;
}

export function buildRegistryDraft(files: DraftInput[], registry?: PolicyRegistry): DraftEntry[] {
  const byKey = new Map<string, DraftEntry & { numbers: Map<string, number>; spellings: Map<string, number> }>();
  for (const f of files) {
    let tree;
    try {
      tree = parseReply(f.text, { format: /\.(md|markdown)$/i.test(f.path) ? 'md' : 'txt' }).tree;
    } catch {
      continue;
    }
    const parts = tree.data.parts;
    const lines = new LineIndex(f.text);
    const ack = parts.acknowledgement?.title;
    for (const c of parts.citations) {
      if (c === ack || (ack && c.position.start.offset === ack.position.start.offset)) continue;
      const title = c.title.trim();
      if (!title) continue;
      const key = normalizeTitle(title);
      let d = byKey.get(key);
      if (!d) {
        d = { title, count: 0, citedIn: [], numbers: new Map(), spellings: new Map() };
        byKey.set(key, d);
      }
      d.count++;
      d.spellings.set(title, (d.spellings.get(title) ?? 0) + 1);
      if (c.docNumber) {
        const n = normalizeDocNumber(c.docNumber.raw);
        d.numbers.set(n, (d.numbers.get(n) ?? 0) + 1);
      }
      const p = lines.point(startOf(c));
      d.citedIn.push({ file: f.path, line: p.line, column: p.column });
    }
  }
  const out: DraftEntry[] = [];
  for (const d of byKey.values()) {
    const byCount = <T>(m: Map<T, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map((e) => e[0]);
    const spellings = byCount(d.spellings);
    const numbers = byCount(d.numbers);
    const entry: DraftEntry = { title: spellings[0], count: d.count, citedIn: d.citedIn };
    if (numbers.length > 0) entry.docNumber = numbers[0];
    if (numbers.length > 1) entry.otherDocNumbers = numbers.slice(1);
    if (spellings.length > 1) entry.variants = spellings.slice(1);
    if (registry) entry.known = Boolean(registry.byExactTitle(entry.title) ?? (entry.docNumber && registry.byDocNumber(entry.docNumber)));
    out.push(entry);
  }
  return out.sort((a, b) => b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/** A draft as a registry JSON file (counts and places go in `note`). */
export function draftToJson(draft: DraftEntry[]): string {
  const policies: PolicyEntry[] = draft.map((d) => {
    const e: PolicyEntry = { title: d.title };
    if (d.variants) e.aliases = d.variants;
    if (d.docNumber) e.docNumber = d.docNumber;
    e.note = noteOf(d);
    return e;
  });
  return JSON.stringify({ $schema: './node_modules/replylint/schemas/policy-registry.schema.json', policies }, null, 2) + '\n';
}

/** A draft as a registry CSV file (header row; count and places in extra columns). */
export function draftToCsv(draft: DraftEntry[]): string {
  const rows = [['title', 'aliases', 'docNumber', 'issuer', 'date', 'status', 'replacedBy', 'note'].join(',')];
  for (const d of draft) {
    rows.push([d.title, (d.variants ?? []).join(';'), d.docNumber ?? '', '', '', '', '', noteOf(d)].map((f) => csvField(f)).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function noteOf(d: DraftEntry): string {
  const places = d.citedIn
    .slice(0, 5)
    .map((p) => `${p.file}:${p.line}:${p.column}`)
    .join('; ');
  const more = d.citedIn.length > 5 ? ` …(+${d.citedIn.length - 5})` : '';
  const conflict = d.otherDocNumbers ? `; also cited as ${d.otherDocNumbers.join(', ')}` : '';
  return `cited ${d.count}×: ${places}${more}${conflict}`;
}
