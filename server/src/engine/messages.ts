/**
 * Findings are vfile messages with our fields attached. The CLI's JSON, the stylish output and
 * the LSP Diagnostic are renderings of these, each in one function of its front.
 */
import { VFileMessage } from 'vfile-message';
import type { Severity, Suggestion, Text } from '../rules/rule';
import type { FixData } from './fixes';
import type { Range } from '../parse/types';
import type { LineIndex } from '../text/positions';

export const SOURCE = 'replylint';
export const DOCS_BASE = 'https://github.com/replylint/replylint/blob/main/docs/rules/';

export type Locale = 'zh' | 'en';

export interface ReplyMessage extends VFileMessage {
  ruleId: string;
  severity: Severity;
  text: Text;
  range: Range;
  fix?: FixData;
  suggestions?: Suggestion[];
}

export function createMessage(opts: { ruleId: string; severity: Severity; text: Text; range: Range; lines: LineIndex; locale: Locale; fix?: FixData; suggestions?: Suggestion[] }): ReplyMessage {
  const start = opts.lines.point(opts.range[0]);
  const end = opts.lines.point(opts.range[1]);
  // VFileMessage is an Error: capturing a stack trace per finding would dominate the cost of
  // a letter with thousands of findings, and nobody reads those traces.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const m = new VFileMessage(opts.text[opts.locale], { place: { start, end }, ruleId: opts.ruleId, source: SOURCE }) as ReplyMessage;
  Error.stackTraceLimit = limit;
  m.fatal = opts.severity === 'error' ? true : opts.severity === 'warning' ? false : undefined;
  m.url = DOCS_BASE + opts.ruleId + '.md';
  m.severity = opts.severity;
  m.text = opts.text;
  m.range = opts.range;
  if (opts.fix) m.fix = opts.fix;
  if (opts.suggestions && opts.suggestions.length > 0) m.suggestions = opts.suggestions;
  return m;
}

export function compareMessages(a: ReplyMessage, b: ReplyMessage): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId);
}
