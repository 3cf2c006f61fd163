/**
 * The rule registry: every rule module, in RULEBOOK order, gathered from one list per
 * category (groups/). The config schema and the docs index are generated from this list.
 */
import type { Rule } from './rule';
import { headerRules } from './groups/header';
import { structureRules } from './groups/structure';
import { numberingRules } from './groups/numbering';
import { citationRules } from './groups/citation';
import { dateRules } from './groups/date';
import { punctuationRules } from './groups/punctuation';
import { footerRules } from './groups/footer';
import { typoRules } from './groups/typo';
import { registryRules } from './groups/registry';

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
