/**
 * Edits for fix-all, fix-one-rule and renumbering, computed by the engine (`selectEdits`,
 * `fixAll`, `lint`) on a document version and returned as offset edits; positions.ts turns them
 * into TextEdits.
 */
import { type Edit, fixAll, fixesInPrecedence, fixUntilStable, type LintConfig, type ReplyMessage, selectEdits } from '../index';

/** Edits that fix one rule's findings. */
export function ruleEdits(text: string, messages: ReplyMessage[], ruleId: string): Edit[] {
  return selectEdits(fixesInPrecedence(messages.filter((m) => m.ruleId === ruleId)), text.length);
}

/**
 * Edits that leave no fixable finding: the engine's fixes for this version, then (rarely, when
 * fixes overlapped) the engine's `fixUntilStable` on the result, returned as one replacement of
 * the changed span.
 */
export function fixAllEdits(text: string, messages: ReplyMessage[], input: { format: 'txt' | 'md'; path?: string }, config: LintConfig): Edit[] {
  const first = selectEdits(fixesInPrecedence(messages), text.length);
  if (first.length === 0) return [];
  const once = fixAll(text, messages).output;
  const rest = fixUntilStable({ text: once, ...input }, config);
  return rest.passes === 0 ? first : [changedSpan(text, rest.output)];
}

/** The smallest single edit that turns `a` into `b` (common prefix and suffix kept). */
export function changedSpan(a: string, b: string): Edit {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { range: [start, endA], text: b.slice(start, endB) };
}
