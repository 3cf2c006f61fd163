/**
 * The CLI's workspace step: after every letter is linted (each one's facts read from its own
 * parse, in whichever thread linted it), index the facts once, run the cross-letter rules and
 * add their findings, with related places in the other files, to each file's messages.
 */
import { checkWorkspace, DOCS_BASE, type IndexedLetter, type Place } from '../index';
import type { FileOutcome } from './lint-file';
import type { ReportMessage } from './formatters/json';

type Linted = Extract<FileOutcome, { kind: 'linted' }>;

/** Linted outcomes that carry facts, with the letters the index is built from (same order). */
export function indexedLetters(outcomes: FileOutcome[]): { linted: Linted[]; letters: IndexedLetter[] } {
  const linted = outcomes.filter((o): o is Linted => o.kind === 'linted' && o.facts !== undefined);
  return { linted, letters: linted.map((o) => ({ file: o.file, name: o.file, facts: o.facts! })) };
}

function vfilePlace(p: Place) {
  return { start: { line: p.line, column: p.column, offset: p.offset }, end: { line: p.endLine, column: p.endColumn, offset: p.endOffset } };
}

/** Adds the cross-letter findings to the outcomes' messages (kept in offset order). */
export function addWorkspaceFindings(outcomes: FileOutcome[], locale: 'zh' | 'en', today = new Date()): void {
  const { linted, letters } = indexedLetters(outcomes);
  if (letters.length === 0) return;
  const findings = checkWorkspace(letters, today);
  const touched = new Set<Linted>();
  for (const f of findings) {
    const o = linted[f.letter];
    const m: ReportMessage = {
      ruleId: f.ruleId,
      severity: f.severity,
      reason: f.message[locale],
      text: f.message,
      range: [f.place.offset, f.place.endOffset],
      place: vfilePlace(f.place),
      line: f.place.line,
      column: f.place.column,
      url: DOCS_BASE + f.ruleId + '.md',
    };
    if (f.related.length > 0) m.related = f.related.map((r) => ({ file: linted[r.letter].file, place: r.place }));
    o.messages.push(m);
    touched.add(o);
  }
  for (const o of touched) o.messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
}
