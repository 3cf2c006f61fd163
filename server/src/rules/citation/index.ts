/** The citation rules (RULEBOOK order). */
import type { Rule } from '../rule';
import citeTitleBalanced from './cite-title-balanced';
import citeNestedTitleMarks from './cite-nested-title-marks';
import citeDocnumFormat from './cite-docnum-format';
import citeDocnumParenthesized from './cite-docnum-parenthesized';
import citeSameDocDifferentTitle from './cite-same-doc-different-title';
import citeNoDunhaoBetweenTitles from './cite-no-dunhao-between-titles';
import citeTitleNotForNonWorks from './cite-title-not-for-non-works';
import termConsistency from './term-consistency';

export const citationRules: Rule[] = [
  citeTitleBalanced,
  citeNestedTitleMarks,
  citeDocnumFormat,
  citeDocnumParenthesized,
  citeSameDocDifferentTitle,
  citeNoDunhaoBetweenTitles,
  citeTitleNotForNonWorks,
  termConsistency,
];
