/** The footer rules (RULEBOOK order). */
import type { Rule } from '../rule';
import signerRequired from './signer-required';
import contactPersonRequired from './contact-person-required';
import contactPhoneRequired from './contact-phone-required';
import issuerSignatureMatches from './issuer-signature-matches';
import issueDateRequired from './issue-date-required';
import issueDateConsistency from './issue-date-consistency';
import disclosureAttribute from './disclosure-attribute';
import noDeputyPrivateContactInPublic from './no-deputy-private-contact-in-public';
import ccRequired from './cc-required';
import ccFormat from './cc-format';
import replyDeadline from './reply-deadline';
import signatureBlockLabelsFullwidth from './signature-block-labels-fullwidth';

export const footerRules: Rule[] = [
  signerRequired,
  contactPersonRequired,
  contactPhoneRequired,
  issuerSignatureMatches,
  issueDateRequired,
  issueDateConsistency,
  disclosureAttribute,
  noDeputyPrivateContactInPublic,
  ccRequired,
  ccFormat,
  replyDeadline,
  signatureBlockLabelsFullwidth,
];
