/** The citation rules (RULEBOOK order). */
import type { Rule } from '../rule';

export const citationRules: Rule[] = [];
