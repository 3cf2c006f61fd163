/**
 * What the registry rules share: the policy citations of a letter (not the acknowledged
 * suggestion's own title) and how each one meets the registry. Computed once per lint (the
 * per-lint memo; the registry is the config's, fixed for the lint).
 */
import type { Citation, Range } from '../parse/types';
import type { TitleMatch } from '../registry/registry';
import type { PolicyEntry } from '../registry/types';
import { normalizeDocNumber } from '../registry/normalize';
import type { LetterContext } from './context';
import { memo, memoKey } from './memo';

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

const CITED = memoKey<CitedPolicy[]>('citedPolicies');

export function citedPolicies(ctx: LetterContext): CitedPolicy[] {
  const registry = ctx.registry;
  if (!registry || registry.size === 0) return [];
  return memo(ctx, CITED, () => {
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
    return out;
  });
}

/** 《title》 for messages. */
export function bk(title: string): string {
  return `《${title}》`;
}
