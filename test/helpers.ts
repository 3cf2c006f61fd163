/** Shared test helpers: corpus paths, linting a file, rendering findings as sidecar lines. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintConfig } from '../server/src/engine/lint';
import type { ReplyMessage } from '../server/src/engine/messages';

export const ROOT = new URL('..', import.meta.url).pathname;
/** ../shared beside the checkout (CI has it too). */
export const SHARED = join(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const SEED = join(SHARED, 'seed-reply.txt');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A fixed "today" so future-date checks do not drift. */
export const TODAY = new Date('2026-11-27T00:00:00Z');

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function lintText(text: string, config: LintConfig = {}, path = 'letter.txt') {
  return lint({ text, path }, { today: TODAY, ...config });
}

/** One line per finding: `offset-endOffset severity rule-id message`, the sidecar format. */
export function sidecarLines(messages: ReplyMessage[]): string[] {
  return messages.map((m) => `${m.range[0]}-${m.range[1]} ${m.severity} ${m.ruleId} ${m.text.zh}`);
}

export function rulesAt(messages: ReplyMessage[], ruleId: string): ReplyMessage[] {
  return messages.filter((m) => m.ruleId === ruleId);
}
