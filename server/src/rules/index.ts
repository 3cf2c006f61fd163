/**
 * The rule list: every rule module, in RULEBOOK order, gathered from one list per family
 * (<family>/index.ts, the family's rules in <family>/<rule-id>.ts). The config schema and the
 * docs index are generated from this list; the layers above reach the rules only through it.
 */
import type { Rule } from './rule';
import { headerRules } from './header';
import { structureRules } from './structure';
import { numberingRules } from './numbering';
import { citationRules } from './citation';
import { dateRules } from './date';
import { punctuationRules } from './punctuation';
import { footerRules } from './footer';
import { typoRules } from './typo';
import { registryRules } from './registry';

export const rules: Rule[] = [
  ...headerRules,
  ...structureRules,
  ...numberingRules,
  ...citationRules,
  ...dateRules,
  ...punctuationRules,
  ...footerRules,
  ...typoRules,
  ...registryRules,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
