/** The committed rule docs are what scripts/gen-docs.ts generates from today's rule metadata. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatedDocs, staleDocs } from '../../scripts/gen-docs';
import { configurableRules as rules, DOCS_BASE } from '../../server/src/index';

test('docs/rules is up to date (run `npm run gen:docs`)', () => {
  const { changed, extra } = staleDocs();
  assert.deepEqual({ changed, extra }, { changed: [], extra: [] });
});

test('one page per rule with what, why, examples, fix, options, severity; an index linking them all', () => {
  const pages = generatedDocs();
  // One page per rule, the index, and the letter kinds with the formula lexicon.
  assert.equal(pages.size, rules.length + 2);
  const index = pages.get('README.md')!;
  assert.ok(index.includes('](letter-kinds.md)'));
  assert.match(pages.get('letter-kinds.md')!, /cohandler-opinion.*会办（协办）意见/);
  for (const r of rules) {
    const page = pages.get(`${r.id}.md`)!;
    assert.ok(page.includes(r.docs.zh) && page.includes(r.docs.en), r.id);
    for (const heading of ['## Why', '## Examples', '## Options', 'Default severity', '| Fix |']) assert.ok(page.includes(heading), `${r.id}: ${heading}`);
    if (r.source) assert.ok(page.includes(r.source), `${r.id}: source`);
    for (const e of [...(r.examples?.correct ?? []), ...(r.examples?.incorrect ?? [])]) {
      // A cross-letter example is a list of letters: each letter's fragment is shown.
      const texts = Array.isArray(e) ? e.map((l) => l.text) : [typeof e === 'string' ? e : e.text];
      for (const ex of texts) assert.ok(page.includes(ex), `${r.id}: example ${ex}`);
    }
    assert.ok(index.includes(`](${r.id}.md)`), `${r.id} in the index`);
  }
  // Messages link to these pages.
  assert.match(DOCS_BASE, /\/docs\/rules\/$/);
});

test('the GitHub Actions example is valid YAML that annotates and uploads SARIF', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parse } = await import('yaml');
  const { ROOT } = await import('../helpers');
  const wf = parse(readFileSync(join(ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8'));
  const steps = wf.jobs.replylint.steps as Array<Record<string, any>>;
  const runs = steps.map((s) => String(s.run ?? '')).join('\n');
  assert.match(runs, /replylint --format github/);
  assert.match(runs, /replylint --format sarif --output-file replylint\.sarif/);
  const upload = steps.find((s) => String(s.uses ?? '').startsWith('github/codeql-action/upload-sarif'));
  assert.equal(upload?.with?.sarif_file, 'replylint.sarif');
  assert.equal(wf.permissions['security-events'], 'write');
});
