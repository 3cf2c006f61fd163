/** The structure rules (RULEBOOK order). */
import type { Rule } from '../rule';

export const structureRules: Rule[] = [];
