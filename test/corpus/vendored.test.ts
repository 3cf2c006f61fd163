/**
 * The real letters are vendored (test/corpus/letters/, examples/seed.reply.txt) so a fresh clone
 * tests on its own; these checks keep the copies whole and, when the source folder ../shared is
 * beside the checkout, byte-identical to it (`npm run corpus:sync` copies them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED, SHARED, SOURCE_SHARED, corpusFiles } from '../helpers';

const collections = readdirSync(SHARED)
  .filter((d) => /^corpus\d*$/.test(d))
  .sort();

test('vendored letters: each collection lists exactly its letters in index.json, each with its source', () => {
  assert.ok(collections.includes('corpus'), 'test/corpus/letters/corpus/ is missing');
  assert.ok(existsSync(join(SHARED, 'README.md')), 'test/corpus/letters/README.md is missing');
  for (const dir of collections) {
    const index = JSON.parse(readFileSync(join(SHARED, dir, 'index.json'), 'utf8')) as { file: string; source: string }[];
    assert.deepEqual(index.map((e) => e.file).sort(), corpusFiles(join(SHARED, dir)), `${dir}/index.json`);
    // A URL, or (for a repost whose address was not recorded) a note saying so.
    for (const e of index) assert.match(e.source, /^(https?:\/\/\S+|unknown \(.+\))$/, `${dir}/${e.file}: source`);
  }
  assert.ok(existsSync(SEED));
});

test('vendored letters are byte-identical to their source copies when ../shared is present', (t) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'corpus-sync.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(SOURCE_SHARED)) {
    t.diagnostic('../shared is not beside the checkout: nothing to compare');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /not found; nothing to sync/);
    return;
  }
  assert.equal(r.status, 0, `vendored letters differ from ../shared (run \`npm run corpus:sync\`):\n${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /0 new, 0 changed, [1-9]\d* unchanged/);
});
