/**
 * The one rendering of an engine message as an LSP Diagnostic. The fix and the suggestions ride
 * along in `data` (offsets of the linted version), so code actions never need a side table.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ConfigError, type Edit, editsOf, type Locale, type ReplyMessage, type Severity, SOURCE } from '../index';
import { offsetOfPoint, toLspRange } from './positions';
import { t } from './i18n';

export interface DiagnosticData {
  ruleId: string;
  /** Document version the offsets below refer to. */
  version: number;
  /** The safe fix (several edits when one finding fixes many places). */
  fix?: Edit[];
  suggestions?: Array<{ title: string; edits: Edit[] }>;
}

/** Engine severity → LSP severity (a letter's findings and the cross-letter ones alike). */
export const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(doc: TextDocument, m: ReplyMessage, locale: Locale): Diagnostic {
  const data: DiagnosticData = { ruleId: m.ruleId, version: doc.version };
  if (m.fix) data.fix = editsOf(m.fix);
  if (m.suggestions) data.suggestions = m.suggestions.map((s) => ({ title: s.title[locale], edits: editsOf(s) }));
  const d: Diagnostic = {
    range: toLspRange(doc, m.range),
    severity: severities[m.severity] ?? DiagnosticSeverity.Warning,
    code: m.ruleId,
    source: SOURCE,
    message: m.text[locale],
    data,
  };
  if (m.url) d.codeDescription = { href: m.url };
  return d;
}

export function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  const data = d.data as DiagnosticData | undefined;
  return d.source === SOURCE && !!data && typeof data === 'object' && typeof data.ruleId === 'string' && typeof data.version === 'number';
}

export function configDiagnostic(doc: TextDocument, e: ConfigError): Diagnostic {
  let range: [number, number];
  if (e.range && e.range[1] >= e.range[0]) range = e.range;
  else {
    // Only a point: underline to the end of the token there (at least one character).
    const start = offsetOfPoint(doc, e.line, e.column);
    const text = doc.getText();
    let end = start;
    while (end < text.length && end - start < 200 && !/[\s,:\]}]/.test(text[end])) end++;
    range = [start, end === start ? Math.min(text.length, start + 1) : end];
  }
  return {
    range: toLspRange(doc, range),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: e.message,
  };
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} B`;
}

/** The one Information diagnostic for a letter that is not linted (too large, or binary). */
export function skippedDiagnostic(skipped: { reason: 'size' | 'binary'; bytes: number; limit: number }, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: skipped.reason === 'size' ? 'skipped-size' : 'skipped-binary',
    message: skipped.reason === 'size' ? t(locale, 'skip.size', formatSize(skipped.bytes), formatSize(skipped.limit)) : t(locale, 'skip.binary'),
  };
}
