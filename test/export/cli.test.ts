// `replylint export`: exit codes, messages and files, in-process and as the built command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { removeDir, runCli, spawnCli, tempDir } from '../cli/cli-helpers';
import { ROOT } from './helpers';

const SEED_SPLIT = join(ROOT, 'test/fixtures/export/seed-split.reply.txt');
const SEED_RAW = join(ROOT, 'examples/seed.reply.txt');

const isDocx = (p: string) => {
  const entries = unzipSync(readFileSync(p));
  return 'word/document.xml' in entries && '[Content_Types].xml' in entries;
};
const oneLine = (s: string) => s.trim().split('\n').length === 1;

test('a letter without errors is written; the output name defaults to the letter’s with .docx', async () => {
  const dir = tempDir('replylint-export-');
  try {
    copyFileSync(SEED_SPLIT, join(dir, 'seed.reply.txt'));
    const r = await runCli(['export', 'seed.reply.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '已导出 seed.reply.txt → seed.docx\n');
    assert.ok(isDocx(join(dir, 'seed.docx')));
    const named = await runCli(['export', 'seed.reply.txt', '-o', 'out/letter.docx', '--locale', 'en'], { cwd: dir });
    assert.equal(named.code, 0, named.stderr);
    assert.equal(named.stdout, `Exported seed.reply.txt → ${join('out', 'letter.docx')}\n`);
    assert.ok(isDocx(join(dir, 'out', 'letter.docx')));
  } finally {
    removeDir(dir);
  }
});

test('a letter with errors exits 1 with its findings listed and nothing written; --force writes it and still lists them', async () => {
  const dir = tempDir('replylint-export-');
  try {
    copyFileSync(SEED_RAW, join(dir, 'seed.reply.txt'));
    const r = await runCli(['export', 'seed.reply.txt', '-o', 'seed.docx'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /doc-number-brackets/);
    assert.match(r.stderr, /error/);
    assert.match(r.stderr, /replylint export: seed\.reply\.txt 有 \d+ 个错误，未导出（请先修改，或使用 --force）\n$/);
    assert.equal(existsSync(join(dir, 'seed.docx')), false);
    const forced = await runCli(['export', 'seed.reply.txt', '-o', 'seed.docx', '--force'], { cwd: dir });
    assert.equal(forced.code, 0);
    assert.match(forced.stderr, /doc-number-brackets/);
    assert.ok(isDocx(join(dir, 'seed.docx')));
  } finally {
    removeDir(dir);
  }
});

test('bad input or an unwritable output exits 2 with one line', async () => {
  const dir = tempDir('replylint-export-');
  try {
    copyFileSync(SEED_SPLIT, join(dir, 'seed.reply.txt'));
    writeFileSync(join(dir, 'blocker'), 'a file where a folder would be');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
    writeFileSync(join(dir, 'letter.docx'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0]));
    const cases: Array<[string[], RegExp]> = [
      [['export', 'missing.reply.txt'], /^replylint export: cannot read missing\.reply\.txt: ENOENT$/],
      [['export', 'seed.reply.txt', '-o', 'blocker/seed.docx'], /^replylint export: cannot write blocker\/seed\.docx: (ENOTDIR|EEXIST)$/],
      [['export', 'seed.reply.txt', '-o', 'seed.reply.txt'], /is the letter itself/],
      [['export', '.'], /is a folder/],
      [['export', 'binary.txt'], /binary file, not a letter/],
      [['export', 'letter.docx'], /letter\.docx is already a Word document; export takes a \.txt or \.md letter/],
      [['export'], /export takes one letter, got 0/],
      [['export', 'a.txt', 'b.txt'], /export takes one letter, got 2/],
      [['export', 'seed.reply.txt', '--profile', 'nowhere'], /unknown --profile "nowhere"/],
      [['export', 'seed.reply.txt', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: dir });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(oneLine(r.stderr), `${args.join(' ')}: one line, got ${JSON.stringify(r.stderr)}`);
      assert.match(r.stderr.trim(), message);
      assert.equal(r.stdout, '');
    }
    assert.equal(statSync(join(dir, 'seed.reply.txt')).size, statSync(SEED_SPLIT).size, 'the letter is untouched');
  } finally {
    removeDir(dir);
  }
});

test('--help prints the export usage; layout variants are accepted as --profile', async () => {
  const help = await runCli(['export', '--help'], { cwd: ROOT });
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: replylint export <letter\.reply\.md\|\.txt>/);
  assert.match(help.stdout, /fixed-28pt/);
  const dir = tempDir('replylint-export-');
  try {
    copyFileSync(SEED_SPLIT, join(dir, 'seed.reply.txt'));
    for (const profile of ['xiamen', 'national-npc', 'fixed-28pt']) {
      const r = await runCli(['export', 'seed.reply.txt', '-o', `${profile}.docx`, '--profile', profile], { cwd: dir });
      // A lint profile decides the gate as it decides `replylint --profile` (a layout variant lints with the config's profile).
      const linted = await runCli(['seed.reply.txt', ...(profile === 'fixed-28pt' ? [] : ['--profile', profile])], { cwd: dir });
      assert.equal(r.code, linted.code, `${profile}: ${r.stderr}`);
      assert.equal(existsSync(join(dir, `${profile}.docx`)), linted.code === 0);
    }
  } finally {
    removeDir(dir);
  }
});

test('the built command (the Word writer in dist/word-export.cjs, loaded only for export) writes the same file', () => {
  const built = join(ROOT, 'dist', 'word-export.cjs');
  const newest = (p: string): number =>
    Math.max(
      ...spawnSync('find', [p, '-name', '*.ts', '-newer', built], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter(Boolean)
        .map(() => Infinity),
      0,
    );
  if (!existsSync(built) || newest(join(ROOT, 'server', 'src')) > 0) {
    const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--only=cli'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  }
  const dir = tempDir('replylint-export-');
  try {
    copyFileSync(SEED_SPLIT, join(dir, 'seed.reply.txt'));
    const r = spawnCli(['export', 'seed.reply.txt', '-o', 'built.docx'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(isDocx(join(dir, 'built.docx')));
  } finally {
    removeDir(dir);
  }
});

test('lint-back through the command line: `replylint letter.docx` on the export finds what it finds in the letter', async () => {
  const dir = tempDir('replylint-export-');
  try {
    copyFileSync(SEED_SPLIT, join(dir, 'seed.reply.txt'));
    assert.equal((await runCli(['export', 'seed.reply.txt', '-o', 'seed.docx'], { cwd: dir })).code, 0);
    const byRule = async (file: string) => {
      const r = await runCli([file, '-f', 'json'], { cwd: dir });
      const counts: Record<string, number> = {};
      for (const m of (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
      return { code: r.code, counts };
    };
    const letter = await byRule('seed.reply.txt');
    const exported = await byRule('seed.docx');
    assert.equal(exported.code, 0, 'no errors in the export');
    assert.deepEqual(exported.counts, letter.counts);
  } finally {
    removeDir(dir);
  }
});
