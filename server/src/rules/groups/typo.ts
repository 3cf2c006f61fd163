/** The typo rules (RULEBOOK order). */
import type { Rule } from '../rule';

export const typoRules: Rule[] = [];
