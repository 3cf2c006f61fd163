import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC, removeDir, runCli, tempDir } from './cli-helpers';

test('files left out by the config (exclude) are not linted and are not input problems', async () => {
  const dir = tempDir();
  try {
    const bad = readFileSync(join(GENERIC, 'with-errors.txt'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'draft.txt'), bad);
    writeFileSync(join(dir, 'letter.txt'), bad);
    writeFileSync(join(dir, '.replylintrc.json'), JSON.stringify({ exclude: ['drafts/**'] }));
    const r = await runCli(['--format', 'json', '.'], { cwd: dir });
    const files = JSON.parse(r.stdout).map((f: { file: string }) => f.file);
    assert.deepEqual(files, ['letter.txt']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
  } finally {
    removeDir(dir);
  }
});
