/** The registry rules (RULEBOOK order). */
import type { Rule } from '../rule';

export const registryRules: Rule[] = [];
