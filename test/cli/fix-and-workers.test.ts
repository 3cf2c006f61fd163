/** --fix then a second run; worker threads give the same output as a single-threaded run. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, CORPUS, corpusFiles } from '../helpers';
import { GENERIC, runCli, tempDir, removeDir } from './cli-helpers';
import { threadsFor, WORKER_MIN_FILES } from '../../server/src/cli/pool';

type JsonFix = { range: [number, number]; text: string };
type JsonMessage = { ruleId: string; fix?: JsonFix; offset: number; endOffset: number };

/** Merged [start, end) ranges of every fix edit of a run (fixes that overlap are merged too). */
function fixRanges(messages: JsonMessage[]): Array<[number, number]> {
  const ranges = messages
    .filter((m) => m.fix)
    .map((m) => m.fix!.range)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

describe('--fix then a second run', () => {
  const letters = [
    ['seed', SEED],
    ['with-errors', join(GENERIC, 'with-errors.txt')],
    ['letter.md', join(GENERIC, 'letter.md')],
    ...corpusFiles()
      .slice(0, 6)
      .map((f) => [f, join(CORPUS, f)]),
  ];
  for (const [name, path] of letters) {
    test(`${name}: no fixable message remains; nothing outside the fix ranges changes`, async () => {
      const dir = tempDir();
      try {
        const file = name.endsWith('.md') ? 'letter.md' : 'letter.txt';
        copyFileSync(path, join(dir, file));
        const before = readFileSync(join(dir, file), 'utf8');
        const first = JSON.parse((await runCli(['--format', 'json', file], { cwd: dir })).stdout)[0].messages as JsonMessage[];
        const fixable = first.filter((m) => m.fix).length;
        const fixRun = await runCli(['--fix', '--format', 'json', file], { cwd: dir });
        assert.notEqual(fixRun.code, 2, fixRun.stderr);
        const after = readFileSync(join(dir, file), 'utf8');
        const second = JSON.parse((await runCli(['--format', 'json', file], { cwd: dir })).stdout)[0].messages as JsonMessage[];
        assert.deepEqual(
          second.filter((m) => m.fix).map((m) => m.ruleId),
          [],
          'no fixable message remains',
        );
        // The report of the --fix run is the report of the fixed file.
        assert.deepEqual(JSON.parse(fixRun.stdout)[0].messages, second);
        if (fixable === 0) {
          assert.equal(after, before);
          return;
        }
        // Every stretch of text outside the fix ranges is still there, in order and unchanged.
        let cursor = 0;
        let at = 0;
        const ranges = fixRanges(first);
        ranges.forEach(([s, e], i) => {
          const stretch = before.slice(at, s);
          if (i === 0) assert.ok(after.startsWith(stretch), 'text before the first fix unchanged');
          const found = after.indexOf(stretch, cursor);
          assert.ok(found >= cursor, `text between fixes unchanged near offset ${at}`);
          cursor = found + stretch.length;
          at = e;
        });
        const tail = before.slice(at);
        assert.ok(after.endsWith(tail) && after.length - tail.length >= cursor, 'text after the last fix unchanged');
        assert.notEqual(after, before);
      } finally {
        removeDir(dir);
      }
    });
  }
});

describe('worker threads', () => {
  test('auto: from 64 files on 3+ cores, one worker per core but one; explicit counts honoured', () => {
    assert.equal(threadsFor(WORKER_MIN_FILES - 1, undefined, 8), 0);
    assert.equal(threadsFor(WORKER_MIN_FILES, undefined, 1), 0);
    assert.equal(threadsFor(WORKER_MIN_FILES, undefined, 2), 0);
    assert.equal(threadsFor(WORKER_MIN_FILES, undefined, 4), 3);
    assert.equal(threadsFor(1000, undefined, 32), 8);
    assert.equal(threadsFor(100, 0, 8), 0);
    assert.equal(threadsFor(3, 2, 8), 1);
  });

  test('a bulk run on workers prints exactly what a single-threaded run prints, in input order', async () => {
    const dir = tempDir();
    try {
      const sources = [join(GENERIC, 'clean.txt'), join(GENERIC, 'with-errors.txt'), join(GENERIC, 'warnings-only.txt'), SEED, ...corpusFiles().map((f) => join(CORPUS, f))];
      const names: string[] = [];
      for (let i = 0; i < WORKER_MIN_FILES + 6; i++) {
        const name = `letter-${String(i).padStart(3, '0')}.txt`;
        writeFileSync(join(dir, name), readFileSync(sources[i % sources.length]));
        names.push(name);
      }
      writeFileSync(join(dir, 'zz-binary.txt'), Buffer.from([1, 0, 2, 0]));
      // Given in reverse order: output follows the order given, not completion order.
      const args = ['--format', 'json', ...[...names].reverse(), 'zz-binary.txt'];
      const single = await runCli(['--concurrency', 'off', ...args], { cwd: dir });
      const pooled = await runCli(['--concurrency', '2', ...args], { cwd: dir });
      const auto = await runCli(args, { cwd: dir });
      assert.equal(single.code, 2);
      assert.equal(pooled.code, single.code);
      assert.equal(pooled.stdout, single.stdout);
      assert.equal(pooled.stderr, single.stderr);
      assert.equal(auto.stdout, single.stdout);
      const files = (JSON.parse(single.stdout) as Array<{ file: string }>).map((f) => f.file);
      assert.deepEqual(files, [...names].reverse());
      assert.equal(single.stderr, 'replylint: zz-binary.txt skipped: binary file, not a letter\n');
    } finally {
      removeDir(dir);
    }
  });
});
