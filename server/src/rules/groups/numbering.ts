/** The numbering rules (RULEBOOK order). */
import type { Rule } from '../rule';
import numberingSequence from '../numbering-sequence';

export const numberingRules: Rule[] = [numberingSequence];
