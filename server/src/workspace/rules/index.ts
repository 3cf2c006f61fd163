/** The cross-letter rules, in code order. Docs, config schema and `rules` settings include them. */
import type { WorkspaceRule } from '../rule';
import { rules } from '../../rules';
import duplicateReplyNumber from './duplicate-reply-number';
import crossLetterCiteTitle from './cross-letter-cite-title';
import crossLetterCiteDocnum from './cross-letter-cite-docnum';
import crossLetterDeputyName from './cross-letter-deputy-name';
import replyOverdue from './reply-overdue';

export const workspaceRules: WorkspaceRule[] = [duplicateReplyNumber, crossLetterCiteTitle, crossLetterCiteDocnum, crossLetterDeputyName, replyOverdue];

const byId = new Map(workspaceRules.map((r) => [r.id, r]));

export function workspaceRuleById(id: string): WorkspaceRule | undefined {
  return byId.get(id);
}

/** Every rule a config's `rules` may name, for the schemas, validation and docs. */
export const configurableRules = [...rules, ...workspaceRules];
