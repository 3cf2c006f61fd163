/**
 * The cross-letter rules (W01–W05), in code order: rules whose `check` reads the index of many
 * letters' facts (analysis/cross-letter/) instead of one letter. workspace/check.ts runs them;
 * the docs, the config schema and `rules` settings include them through rules/index.ts.
 */
import type { WorkspaceRule } from '../rule';
import duplicateReplyNumber from './duplicate-reply-number';
import crossLetterCiteTitle from './cross-letter-cite-title';
import crossLetterCiteDocnum from './cross-letter-cite-docnum';
import crossLetterDeputyName from './cross-letter-deputy-name';
import replyOverdue from './reply-overdue';

export const crossLetterRules: WorkspaceRule[] = [duplicateReplyNumber, crossLetterCiteTitle, crossLetterCiteDocnum, crossLetterDeputyName, replyOverdue];
