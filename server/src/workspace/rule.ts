/**
 * The cross-letter rule contract: the metadata of a single-letter rule (id, RULEBOOK-style code,
 * default severity, docs, examples), so the docs, the config schema and `rules` settings treat
 * both alike, and a `check` that reads the workspace index instead of one tree.
 */
import type { RuleMeta, Severity, Text } from '../rules/rule';
import type { Place } from './facts';
import type { WorkspaceIndex } from './index-build';
import type { Day } from './deadline';

export interface WorkspaceRuleMeta extends Omit<RuleMeta, 'category' | 'fixable'> {
  category: 'workspace';
  fixable: false;
}

/** A place in another (or the same) letter that explains a finding. */
export interface RelatedPlace {
  letter: number;
  place: Place;
}

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

/** At most this many related places per finding: 1,000 copies of one letter stay linear. */
export const MAX_RELATED = 10;
