/**
 * The rule contract. A rule is one self-describing object: its id (the public kebab-case id
 * from RULEBOOK.md), its RULEBOOK code, default severity, docs in both languages, whether it
 * fixes, an optional JSON Schema for its options, and `check`. Everything generated (the rule
 * index, the config schema, the docs index) is derived from these objects.
 *
 * Two kinds: a rule of one letter (Rule: `check` reads one parsed letter) and a cross-letter
 * rule (WorkspaceRule, in rules/cross-letter/: the same metadata, and a `check` that reads the
 * index of many letters' facts, analysis/cross-letter/).
 */
import type { LetterContext } from '../analysis/context';
import type { Report, Severity, Text } from '../analysis/finding';
import type { PolicyEntry } from '../registry/types';
import type { Place } from '../analysis/cross-letter/facts';
import type { WorkspaceIndex } from '../analysis/cross-letter/index-build';
import type { RelatedPlace } from '../analysis/cross-letter/variants';
import type { Day } from '../analysis/deadline';

export type { Severity, Text, Fix, Suggestion, Report } from '../analysis/finding';

/** A rule's view of the letter: the analysis context plus its options and `report`. */
export interface RuleContext extends LetterContext {
  options: Record<string, unknown>;
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
  'front-matter' | 'category' | 'title' | 'doc-number' | 'header-date' | 'salutation' | 'ack' | 'body' | 'closing' | 'signer' | 'contact' | 'phone' | 'issuer' | 'date' | 'disclosure' | 'cc';

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

// ---- cross-letter rules ---------------------------------------------------------------------

export type { RelatedPlace } from '../analysis/cross-letter/variants';

/**
 * A cross-letter rule's metadata: a letter rule's (id, RULEBOOK-style code, default severity,
 * docs, examples), so the docs, the config schema and `rules` settings treat both alike. Its
 * examples are lists of letters, each 'a.txt: <fragment>' (test/harness/cross-letter.ts).
 */
export interface WorkspaceRuleMeta extends Omit<RuleMeta, 'category' | 'fixable' | 'examples'> {
  category: 'workspace';
  fixable: false;
  examples?: { correct: CrossLetterExample[]; incorrect: CrossLetterExample[] };
}

/**
 * One letter of a cross-letter example: the fields of a letter rule's example (the fragment, the
 * part of the correct letter it stands in for, other parts changed, a profile, a registry) and
 * the file name the letter has in the workspace, which messages print (`.md`: Markdown).
 */
export interface ExampleLetter extends Omit<ExampleSpec, 'output' | 'options' | 'format'> {
  file: string;
}

/** A cross-letter example: the letters checked together. */
export type CrossLetterExample = ExampleLetter[];

export interface WorkspaceReport {
  /** Index of the letter the finding is on. */
  letter: number;
  place: Place;
  message: Text;
  related?: RelatedPlace[];
}

export interface WorkspaceContext {
  index: WorkspaceIndex;
  today: Day;
  report(r: WorkspaceReport): void;
}

export interface WorkspaceRule extends WorkspaceRuleMeta {
  check(ctx: WorkspaceContext): void;
}

export function defineWorkspaceRule(rule: WorkspaceRule): WorkspaceRule {
  return rule;
}

/** A finding of a cross-letter rule, at the severity the letter's config gives that rule. */
export interface WorkspaceFinding {
  ruleId: string;
  severity: Severity;
  letter: number;
  place: Place;
  message: Text;
  related: RelatedPlace[];
}
