/**
 * The rule list: every rule module, in RULEBOOK order, gathered from one list per family
 * (<family>/index.ts, the family's rules in <family>/<rule-id>.ts), and the cross-letter rules
 * (cross-letter/, W01–W05). The config schema and the docs index are generated from these
 * lists; the layers above reach the rules only through this module.
 */
import type { Rule, WorkspaceRule } from './rule';
import { headerRules } from './header';
import { structureRules } from './structure';
import { numberingRules } from './numbering';
import { citationRules } from './citation';
import { dateRules } from './date';
import { punctuationRules } from './punctuation';
import { footerRules } from './footer';
import { typoRules } from './typo';
import { registryRules } from './registry';
import { crossLetterRules } from './cross-letter';

export const rules: Rule[] = [...headerRules, ...structureRules, ...numberingRules, ...citationRules, ...dateRules, ...punctuationRules, ...footerRules, ...typoRules, ...registryRules];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export { crossLetterRules };

const crossLetterById = new Map(crossLetterRules.map((r) => [r.id, r]));

export function crossLetterRuleById(id: string): WorkspaceRule | undefined {
  return crossLetterById.get(id);
}

/** Every rule a config's `rules` may name (letter and cross-letter), for the schemas, validation and docs. */
export const configurableRules: Array<Rule | WorkspaceRule> = [...rules, ...crossLetterRules];
