/** The punctuation rules (RULEBOOK order). */
import type { Rule } from '../rule';
import fullwidthPunct from '../fullwidth-punct';

export const punctuationRules: Rule[] = [fullwidthPunct];
