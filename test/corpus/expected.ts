/**
 * Sidecar expectations for real letters: test/corpus/expected/<category>/<name>.txt holds the
 * complete list of findings of that category's rules for test/corpus/letters/corpus/<name>.txt (and the
 * seed), one per line; together the categories are the letter's full list. The corpus test
 * asserts every list, so a new false alarm fails. `npm run update-expected [category…]`
 * rewrites them; every changed line must be read before it is committed.
 */
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { CORPUS, ROOT, SEED, SHARED, TODAY, corpusFiles, read } from '../helpers';
import { lint, rules } from '../../server/src/index';

export const EXPECTED_DIR = join(ROOT, 'test', 'corpus', 'expected');

export const CATEGORIES: string[] = ['header', 'structure', 'numbering', 'citation', 'date', 'punctuation', 'footer', 'typo', 'registry', 'internal'];

export interface Case {
  name: string;
  path: string;
}

/**
 * The first collection's letters keep their bare names (001…); later collections are named by
 * folder (corpus2-001…). Every vendored collection folder under test/corpus/letters/ is a case.
 */
export function cases(): Case[] {
  const list: Case[] = corpusFiles().map((f) => ({ name: f.replace(/\.txt$/, ''), path: join(CORPUS, f) }));
  const more = existsSync(SHARED)
    ? readdirSync(SHARED)
        .filter((d) => /^corpus\d+$/.test(d))
        .sort()
    : [];
  for (const dir of more) {
    for (const f of corpusFiles(join(SHARED, dir))) {
      list.push({ name: `${dir}-${f.replace(/\.txt$/, '')}`, path: join(SHARED, dir, f) });
    }
  }
  list.push({ name: 'seed-reply', path: SEED });
  return list;
}

export function expectedPath(category: string, c: Case): string {
  return join(EXPECTED_DIR, category, `${c.name}.txt`);
}

const categoryOf = new Map(rules.map((r) => [r.id, r.category as string]));

/** Findings per category, rendered as sidecar text. */
export function render(path: string): Map<string, string> {
  const text = read(path);
  const { messages } = lint({ text, path }, { today: TODAY });
  const out = new Map<string, string[]>(CATEGORIES.map((c) => [c, []]));
  for (const m of messages) {
    const found = text.slice(m.range[0], Math.min(m.range[1], m.range[0] + 24)).replace(/\s+/g, ' ');
    out.get(categoryOf.get(m.ruleId) ?? 'internal')!.push(`${m.range[0]}-${m.range[1]} ${m.severity} ${m.ruleId} 「${found}」 ${m.text.zh}`);
  }
  return new Map([...out].map(([k, v]) => [k, v.join('\n') + (v.length ? '\n' : '')]));
}
