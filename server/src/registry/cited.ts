/**
 * What the registry rules share: the policy citations of a letter (not the acknowledged
 * suggestion's own title) and how each one meets the registry. Computed once per lint run.
 */
import type { Citation, Range } from '../parse/types';
import type { RuleContext } from '../rules/rule';
import type { PolicyRegistry, TitleMatch } from './registry';
import type { PolicyEntry } from './types';
import { normalizeDocNumber } from './normalize';

export interface CitedPolicy {
  citation: Citation;
  /** 《…》 including the marks. */
  titleSpan: Range;
  title?: TitleMatch;
  /** The entry whose 文号 is the number cited after the title. */
  byNumber?: PolicyEntry;
  /** The cited number differs from the title entry's number. */
  numberDiffers: boolean;
}

const memo = new WeakMap<object, { registry: PolicyRegistry; cited: CitedPolicy[] }>();

export function citedPolicies(ctx: RuleContext): CitedPolicy[] {
  const registry = ctx.registry;
  if (!registry || registry.size === 0) return [];
  const hit = memo.get(ctx.tree);
  if (hit && hit.registry === registry) return hit.cited;
  const ack = ctx.parts.acknowledgement?.title;
  const ackStart = ack?.position.start.offset;
  const out: CitedPolicy[] = [];
  for (const c of ctx.parts.citations) {
    if (c.position.start.offset === ackStart) continue;
    if (c.title.trim().length < 2) continue;
    const title = registry.matchTitle(c.title);
    const byNumber = c.docNumber ? registry.byDocNumber(c.docNumber.raw) : undefined;
    const own = title?.entry.docNumber;
    const numberDiffers = Boolean(c.docNumber && own && normalizeDocNumber(own) !== normalizeDocNumber(c.docNumber.raw));
    out.push({ citation: c, titleSpan: [c.titleRange[0] - 1, c.titleRange[1] + 1], title, byNumber, numberDiffers });
  }
  memo.set(ctx.tree, { registry, cited: out });
  return out;
}

/** 《title》 for messages. */
export function bk(title: string): string {
  return `《${title}》`;
}
