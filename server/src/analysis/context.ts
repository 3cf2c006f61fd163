/**
 * What the analysis reads: one parsed letter with its profile and today's date, and the
 * per-lint memo. A rule's context (rules/rule.ts) is this plus the rule's options and `report`.
 */
import type { LineIndex } from '../text/positions';
import type { Block, LetterParts, ReplyRoot } from '../parse/types';
import type { Profile } from '../profiles';
import type { PolicyRegistry } from '../registry/registry';
import type { LintMemo } from './memo';

export interface LetterContext {
  text: string;
  tree: ReplyRoot;
  parts: LetterParts;
  blocks: Block[];
  lines: LineIndex;
  profile: Profile;
  /** True when the letter was scraped onto few long lines (see parse/index.ts). */
  scraped: boolean;
  /** True when half-width punctuation is so common that fullwidth-punct reports it once. */
  halfWidthAggregated: boolean;
  /** Today's date (for future-date checks); fixed in tests. */
  today: Date;
  /** The policy registry from the config, if one is configured (registry rules). */
  registry?: PolicyRegistry;
  /** What the analysis computed for this lint (analysis/memo.ts). */
  memo: LintMemo;
}
