/** The date rules (RULEBOOK order). */
import type { Rule } from '../rule';

export const dateRules: Rule[] = [];
