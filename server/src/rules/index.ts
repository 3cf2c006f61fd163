/**
 * The rule registry: every rule module, in RULEBOOK order. Adding a rule means adding its
 * module here; the config schema and the docs index are generated from this list.
 */
import type { Rule } from './rule';
import docNumberBrackets from './doc-number-brackets';
import numberingSequence from './numbering-sequence';
import fullwidthPunct from './fullwidth-punct';

export const rules: Rule[] = [
  docNumberBrackets,
  numberingSequence,
  fullwidthPunct,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
