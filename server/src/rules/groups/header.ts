/** The header rules (RULEBOOK order). */
import type { Rule } from '../rule';
import docNumberBrackets from '../doc-number-brackets';

export const headerRules: Rule[] = [docNumberBrackets];
