/**
 * The JSON contract (kept stable for other tools):
 * [{"file", "messages": [{"ruleId", "severity", "message", "line", "column", "endLine",
 *   "endColumn", "offset", "endOffset", "fix"?: {"range": [start, end], "text"},
 *   "related"?: [{"file", "line", "column", "offset", "endOffset"}]}]}]
 * line/column are 1-based; offsets are 0-based UTF-16 code units of the decoded text. `related`
 * (cross-letter findings only) names the other places, in this or another file, behind a finding.
 * For a Word document (.docx) lines, columns and offsets are those of its extracted text (one line
 * per paragraph), and "paragraph" (1-based) and "location" (`第12段第5字`) say where it is for people.
 */
import { type Place, type ReplyMessage } from '../../index';

/**
 * The fields of a finding that reports use: a ReplyMessage, or a plain copy of one (worker
 * threads hand findings back as plain data).
 */
export type ReportMessage = Pick<ReplyMessage, 'ruleId' | 'severity' | 'reason' | 'text' | 'range' | 'place' | 'line' | 'column' | 'url' | 'fix' | 'suggestions'> & {
  /** Places in other letters (or this one) that a cross-letter finding points to. */
  related?: RelatedLocation[];
  /** Word documents: the 1-based paragraph of the finding's start, and `第12段第5字` / `paragraph 12, char 5`. */
  paragraph?: number;
  location?: string;
};

export interface RelatedLocation {
  file: string;
  place: Place;
}

export interface FileReport {
  file: string;
  messages: ReportMessage[];
}

export function toJsonMessage(m: ReportMessage) {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.reason,
    line: m.place && 'start' in m.place ? m.place.start.line : m.line,
    column: m.place && 'start' in m.place ? m.place.start.column : m.column,
    endLine: m.place && 'end' in m.place ? m.place.end.line : m.line,
    endColumn: m.place && 'end' in m.place ? m.place.end.column : m.column,
    offset: m.range[0],
    endOffset: m.range[1],
  };
  if (m.paragraph !== undefined) {
    out.paragraph = m.paragraph;
    out.location = m.location;
  }
  if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.related && m.related.length > 0) {
    out.related = m.related.map((r) => ({ file: r.file, line: r.place.line, column: r.place.column, offset: r.place.offset, endOffset: r.place.endOffset }));
  }
  return out;
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports.map((r) => ({ file: r.file, messages: r.messages.map(toJsonMessage) })));
}
