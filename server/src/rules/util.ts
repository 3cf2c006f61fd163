/** Small helpers shared by rules: quoting in the messages' voice, ranges, width fixes. */
import type { Range, ReplyNode } from '../parse/types';
import type { RuleContext } from './rule';

/** “text” — every message quotes what it found the same way, in both languages. */
export function q(s: string): string {
  return `“${s}”`;
}

export function rangeOf(node: ReplyNode): Range {
  return [node.position.start.offset!, node.position.end.offset!];
}

export function slice(ctx: RuleContext, r: Range): string {
  return ctx.text.slice(r[0], r[1]);
}

/** The half-width marks fullwidth-punct found, keyed by offset. */
export function halfWidthAt(ctx: RuleContext): Map<number, string> {
  const cached = (ctx.tree.data as unknown as { _hw?: Map<number, string> })._hw;
  if (cached) return cached;
  const m = new Map<number, string>();
  for (const h of ctx.tree.data.halfWidth) m.set(h.offset, h.replacement);
  (ctx.tree.data as unknown as { _hw?: Map<number, string> })._hw = m;
  return m;
}

/** Full-width form of the ASCII marks in a string. */
export function toFullWidth(s: string): string {
  return s.replace(/[,:;?!()]/g, (c) => ({ ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' })[c]!);
}

/** Letter kind, from the title/ack wording: NPC suggestion or CPPCC proposal. */
export function letterKind(ctx: RuleContext): 'npc' | 'cppcc' | undefined {
  const head = (ctx.parts.title?.value ?? '') + (ctx.parts.salutation?.value ?? '') + (ctx.parts.opening[0]?.value ?? '');
  if (/提案|委员/.test(head)) return 'cppcc';
  if (/建议|代表|议案/.test(head)) return 'npc';
  return undefined;
}
