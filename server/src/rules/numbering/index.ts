/** The numbering rules (RULEBOOK order). */
import type { Rule } from '../rule';
import headingL1Marker from './heading-l1-marker';
import headingL2Marker from './heading-l2-marker';
import headingL3Marker from './heading-l3-marker';
import headingL4Marker from './heading-l4-marker';
import markerNoTrailingPunct from './marker-no-trailing-punct';
import numberingSequence from './numbering-sequence';
import numberingHierarchy from './numbering-hierarchy';
import inlineEnumSequence from './inline-enum-sequence';
import inlineEnumPunct from './inline-enum-punct';
import numberingMaxDepth from './numbering-max-depth';
import markerStyleConsistency from './marker-style-consistency';

export const numberingRules: Rule[] = [
  headingL1Marker,
  headingL2Marker,
  headingL3Marker,
  headingL4Marker,
  markerNoTrailingPunct,
  numberingSequence,
  numberingHierarchy,
  inlineEnumSequence,
  inlineEnumPunct,
  numberingMaxDepth,
  markerStyleConsistency,
];
