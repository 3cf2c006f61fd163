/**
 * The built CLI loads its engine through V8's code cache (server/src/cli/code-cache.ts): the
 * first run writes the cache into the user's cache folder, later runs read it, and the output is
 * the same as without it, also when the cache is damaged or cannot be written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, GENERIC, ensureBundle, removeDir, tempDir } from './cli-helpers';

function cli(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', 'letter.md'], { cwd: GENERIC, env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

test('the code cache is written on the first run, read on the next, and never changes the output', () => {
  ensureBundle();
  const home = tempDir('replylint-cache-');
  try {
    const plain = cli({ REPLYLINT_NO_CODE_CACHE: '1', XDG_CACHE_HOME: home });
    assert.equal(existsSync(join(home, 'replylint')), false, 'REPLYLINT_NO_CODE_CACHE=1 writes no cache');
    assert.equal(plain.stderr, '');
    assert.ok(plain.stdout.includes('"ruleId"'));

    const first = cli({ XDG_CACHE_HOME: home });
    const dir = join(home, 'replylint', 'code-cache');
    const files = readdirSync(dir);
    assert.equal(files.length, 1);
    assert.match(files[0], /^cli-engine\.cjs-[0-9a-f]+-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);
    const second = cli({ XDG_CACHE_HOME: home });
    assert.deepEqual(first, plain);
    assert.deepEqual(second, plain);

    // A damaged cache is rejected by V8, the run is as before and a good cache replaces it.
    writeFileSync(join(dir, files[0]), Buffer.from('not bytecode'));
    assert.deepEqual(cli({ XDG_CACHE_HOME: home }), plain);
    assert.deepEqual(readdirSync(dir), files);
    assert.deepEqual(cli({ XDG_CACHE_HOME: home }), plain);
  } finally {
    removeDir(home);
  }
});

test('a cache folder that cannot be made leaves the run as it was', () => {
  ensureBundle();
  const home = tempDir('replylint-cache-');
  try {
    // XDG_CACHE_HOME is a file: the cache folder cannot be created under it.
    const notDir = join(home, 'file');
    writeFileSync(notDir, 'x');
    const plain = cli({ REPLYLINT_NO_CODE_CACHE: '1', XDG_CACHE_HOME: home });
    assert.deepEqual(cli({ XDG_CACHE_HOME: notDir }), plain);
  } finally {
    removeDir(home);
  }
});
