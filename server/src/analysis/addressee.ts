/**
 * Who the letter answers: an NPC deputy or a CPPCC member (for messages and the workspace
 * facts), and whether it is a co-handler's opinion to the 主办 unit (the parser's kind).
 */
import type { LetterContext } from './context';

/** Letter kind, from the title/ack wording: NPC suggestion or CPPCC proposal. */
export function letterKind(ctx: LetterContext): 'npc' | 'cppcc' | undefined {
  const head = (ctx.parts.title?.value ?? '') + (ctx.parts.salutation?.value ?? '') + (ctx.parts.opening[0]?.value ?? '');
  if (/提案|委员/.test(head)) return 'cppcc';
  if (/建议|代表|议案/.test(head)) return 'npc';
  return undefined;
}

/** A deputy/member reply or a CPPCC one, for messages. */
export function addressee(ctx: LetterContext): string {
  return /委员/.test(ctx.parts.salutation?.value ?? '') ? '委员' : '代表';
}

/** 会办意见 / 协办意见: the letter goes to the 主办 unit, not to the deputy (the parser's kind). */
export function isCohandlerLetter(ctx: LetterContext): boolean {
  return ctx.parts.kind.name === 'cohandler-opinion';
}
