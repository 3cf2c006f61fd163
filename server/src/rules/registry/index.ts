/** The registry rules (RULEBOOK order): they read the policy registry from the config and are silent without one. */
import type { Rule } from '../rule';
import citeUnknownPolicy from './cite-unknown-policy';
import citePolicyTitleVariant from './cite-policy-title-variant';
import citePolicyDocnumMismatch from './cite-policy-docnum-mismatch';
import citeRepealedPolicy from './cite-repealed-policy';

export const registryRules: Rule[] = [citeUnknownPolicy, citePolicyTitleVariant, citePolicyDocnumMismatch, citeRepealedPolicy];
