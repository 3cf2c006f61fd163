/** Shared bits of the report formats. */
import type { ReportMessage } from './json';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based start and end line/column of a finding (as in the JSON format). */
export function spanOf(m: ReportMessage): Span {
  const place = m.place;
  if (place && 'start' in place) {
    return { line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column };
  }
  const line = m.line ?? 1;
  const column = m.column ?? 1;
  return { line, column, endLine: line, endColumn: column };
}

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
}

export function tally(messages: ReportMessage[]): Tally {
  const t = { errors: 0, warnings: 0, infos: 0 };
  for (const m of messages) {
    if (m.severity === 'error') t.errors++;
    else if (m.severity === 'warning') t.warnings++;
    else t.infos++;
  }
  return t;
}
