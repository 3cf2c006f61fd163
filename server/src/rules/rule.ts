/**
 * The rule contract. A rule is one self-describing object: its id (the public kebab-case id
 * from RULEBOOK.md), its RULEBOOK code, default severity, docs in both languages, whether it
 * fixes, an optional JSON Schema for its options, and `check`. Everything generated (the rule
 * index, the config schema, the docs index) is derived from these objects.
 */
import type { LineIndex } from '../text/positions';
import type { Block, LetterParts, Range, ReplyNode, ReplyRoot } from '../parse/types';
import type { Profile } from '../profiles';
import type { PolicyRegistry } from '../registry/registry';
import type { PolicyEntry } from '../registry/types';

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

export interface RuleContext {
  text: string;
  tree: ReplyRoot;
  parts: LetterParts;
  blocks: Block[];
  lines: LineIndex;
  profile: Profile;
  options: Record<string, unknown>;
  /** True when the letter was scraped onto few long lines (see parse/index.ts). */
  scraped: boolean;
  /** True when half-width punctuation is so common that fullwidth-punct reports it once. */
  halfWidthAggregated: boolean;
  /** Today's date (for future-date checks); fixed in tests. */
  today: Date;
  /** The policy registry from the config, if one is configured (registry rules). */
  registry?: PolicyRegistry;
  report(report: Report): void;
}

export interface RuleMeta {
  id: string;
  /** The RULEBOOK code, e.g. H06. */
  code: string;
  category: 'header' | 'structure' | 'numbering' | 'citation' | 'date' | 'punctuation' | 'footer' | 'typo' | 'registry';
  severity: Severity;
  fixable: 'safe' | 'suggest' | false;
  docs: { zh: string; en: string };
  /** JSON Schema of the rule's options (draft-07), if it takes any. */
  optionsSchema?: Record<string, unknown>;
  /** Option defaults, merged under the user's options. */
  defaultOptions?: Record<string, unknown>;
  /** Off unless enabled in config or by a profile (`Profile.rules`). */
  defaultOff?: boolean;
  /** Where the rule comes from (standard clause, regulation, RULEBOOK source ids). */
  source?: string;
  /**
   * Short correct and incorrect snippets, for the generated docs page. Each one is run by
   * test/rules/examples.test.ts: an incorrect one must get a finding from this rule, a correct
   * one none, and a fixed one must read as its `output`.
   */
  examples?: { correct: RuleExample[]; incorrect: RuleExample[] };
}

/** A part of a correct letter that an example can stand in for (test/harness/letter.ts). */
export type LetterSlot =
  | 'category' | 'title' | 'doc-number' | 'salutation' | 'ack' | 'body' | 'closing'
  | 'signer' | 'contact' | 'phone' | 'issuer' | 'date' | 'disclosure' | 'cc';

/**
 * A rule example: a snippet linted on its own, or an object saying what it needs — a place in
 * a correct letter (`in`), other parts of that letter changed (`with`), a profile, options, a
 * policy registry — and, for a safe fix, the snippet after the fix (`output`).
 */
export type RuleExample = string | ExampleSpec;

export interface ExampleSpec {
  /** The snippet the docs show; '' for an absence (then `note` says what is missing). */
  text: string;
  /** Lint the snippet in a correct letter, in place of this part ('' removes the part). */
  in?: LetterSlot;
  /** Other parts of that letter, changed too (part → text; '' removes the part). */
  with?: Partial<Record<LetterSlot, string>>;
  /** What the docs show beside the snippet (e.g. what is missing). */
  note?: string;
  profile?: string;
  options?: Record<string, unknown>;
  /** Lint as Markdown (a .md file) instead of plain text. */
  format?: 'md';
  /** The policy registry the letter is linted with (registry rules). */
  registry?: PolicyEntry[];
  /** The snippet after this rule's safe fixes; null when the rule offers none for it. */
  output?: string | null;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
