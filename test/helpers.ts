/** Shared test helpers: corpus paths, linting a file, rendering findings as sidecar lines. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintConfig, type ReplyMessage } from '../server/src/index';

export const ROOT = new URL('..', import.meta.url).pathname;
/**
 * The vendored real letters (test/corpus/letters/: corpus/, corpus2/, … each with index.json),
 * laid out like their source folder ../shared, which only the vendoring check reads (see SOURCE_SHARED).
 */
export const SHARED = join(ROOT, 'test', 'corpus', 'letters');
export const CORPUS = join(SHARED, 'corpus');
/** The seed letter, identical to ../shared/seed-reply.txt. */
export const SEED = join(ROOT, 'examples', 'seed.reply.txt');
/** Where the letters come from, beside the checkout when present; only the vendoring check reads it. */
export const SOURCE_SHARED = join(ROOT, '..', 'shared');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** A fixed "today" so future-date checks do not drift. */
export const TODAY = new Date('2026-11-27T00:00:00Z');

/** The letters (`NNN.txt`) of a vendored collection folder, sorted. */
export function corpusFiles(dir: string = CORPUS): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
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
