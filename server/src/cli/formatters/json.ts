/**
 * The JSON contract (kept stable for other tools):
 * [{"file", "messages": [{"ruleId", "severity", "message", "line", "column", "endLine",
 *   "endColumn", "offset", "endOffset", "fix"?: {"range": [start, end], "text"}}]}]
 * line/column are 1-based; offsets are 0-based UTF-16 code units of the decoded text.
 */
import type { ReplyMessage } from '../../engine/messages';

/**
 * The fields of a finding that reports use: a ReplyMessage, or a plain copy of one (worker
 * threads hand findings back as plain data).
 */
export type ReportMessage = Pick<ReplyMessage, 'ruleId' | 'severity' | 'reason' | 'text' | 'range' | 'place' | 'line' | 'column' | 'url' | 'fix' | 'suggestions'>;

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
  if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  return out;
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(reports.map((r) => ({ file: r.file, messages: r.messages.map(toJsonMessage) })));
}
