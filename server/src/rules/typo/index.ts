/** The typo rules (RULEBOOK order). */
import type { Rule } from '../rule';
import typoLexicon from './typo-lexicon';
import jiezhiVsJiezhi from './jiezhi-vs-jiezhi';
import duplicatedWord from './duplicated-word';
import yiJiConfusion from './yi-ji-confusion';
import addresseePronounConsistency from './addressee-pronoun-consistency';

export const typoRules: Rule[] = [typoLexicon, jiezhiVsJiezhi, duplicatedWord, yiJiConfusion, addresseePronounConsistency];
