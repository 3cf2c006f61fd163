/**
 * Sidecar expectations for real letters: test/corpus/<name>.expected.txt holds the complete
 * list of findings for ../shared/corpus/<name>.txt (and the seed), one per line. The corpus test
 * asserts the whole list, so a new false alarm fails. `npm run update-expected` rewrites the
 * files; every changed line must be read before it is committed.
 */
import { join } from 'node:path';
import { CORPUS, ROOT, SEED, TODAY, corpusFiles, read } from '../helpers';
import { lint } from '../../server/src/engine/lint';

export const EXPECTED_DIR = join(ROOT, 'test', 'corpus');

export interface Case {
  name: string;
  path: string;
  expectedPath: string;
}

export function cases(): Case[] {
  const list: Case[] = corpusFiles().map((f) => ({
    name: f,
    path: join(CORPUS, f),
    expectedPath: join(EXPECTED_DIR, f.replace(/\.txt$/, '.expected.txt')),
  }));
  list.push({ name: 'seed-reply.txt', path: SEED, expectedPath: join(EXPECTED_DIR, 'seed-reply.expected.txt') });
  return list;
}

export function render(path: string): string {
  const text = read(path);
  const { messages } = lint({ text, path }, { today: TODAY });
  const lines = messages.map((m) => {
    const found = text.slice(m.range[0], Math.min(m.range[1], m.range[0] + 24)).replace(/\s+/g, ' ');
    return `${m.range[0]}-${m.range[1]} ${m.severity} ${m.ruleId} 「${found}」 ${m.text.zh}`;
  });
  return lines.join('\n') + (lines.length ? '\n' : '');
}
