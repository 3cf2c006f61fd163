/** The footer rules (RULEBOOK order). */
import type { Rule } from '../rule';

export const footerRules: Rule[] = [];
