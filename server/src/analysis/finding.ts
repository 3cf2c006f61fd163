/**
 * What a finding is, as data: its message in both languages, its range, and fixes as text
 * edits. The rules report these (rules/rule.ts re-exports them); analysis helpers that build a
 * finding shared by several rules return one.
 */
import type { Range, ReplyNode } from '../parse/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Text {
  zh: string;
  en: string;
}

/** A fix is data: replace `range` (UTF-16 offsets) with `text`. */
export interface Fix {
  range: Range;
  text: string;
  /** Fine-grained edits when one finding fixes many places; `range`/`text` then show the whole. */
  edits?: Array<{ range: Range; text: string }>;
}

export interface Suggestion extends Fix {
  title: Text;
}

export interface Report {
  node?: ReplyNode;
  range?: Range;
  message: Text;
  /** Overrides the rule's severity for this finding (e.g. missing = error, form = warning). */
  severity?: Severity;
  /** A safe fix: `--fix` and fix-all apply it. */
  fix?: Fix;
  /** Fixes the user confirms one by one in the editor. */
  suggestions?: Suggestion[];
}

/** “text” — every message quotes what it found the same way, in both languages. */
export function q(s: string): string {
  return `“${s}”`;
}
