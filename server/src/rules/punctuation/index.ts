/** The punctuation rules (RULEBOOK order). */
import type { Rule } from '../rule';
import fullwidthPunct from './fullwidth-punct';
import bracketPairs from './bracket-pairs';
import punctBeforeClosingBracket from './punct-before-closing-bracket';
import duplicatePunct from './duplicate-punct';
import ellipsisWithDeng from './ellipsis-with-deng';
import dashForm from './dash-form';
import straightQuotes from './straight-quotes';
import missingListSeparator from './missing-list-separator';
import straySpaceCjk from './stray-space-cjk';
import dunhaoMisuse from './dunhao-misuse';

export const punctuationRules: Rule[] = [fullwidthPunct, bracketPairs, punctBeforeClosingBracket, duplicatePunct, ellipsisWithDeng, dashForm, straightQuotes, missingListSeparator, straySpaceCjk, dunhaoMisuse];
