/** Ignore files (.replylintignore, --ignore-path, .gitignore) and the exit codes 0/1/2. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC, runCli, tempDir, removeDir } from './cli-helpers';

async function files(args: string[], cwd: string): Promise<string[]> {
  const r = await runCli(['--format', 'json', ...args], { cwd });
  assert.notEqual(r.code, 2, r.stderr);
  return (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file);
}

/** letters/{a,b}.txt, drafts/c.txt, build/d.md, notes.txt */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.git'));
  for (const p of ['letters/a.txt', 'letters/b.txt', 'drafts/c.txt', 'build/d.md', 'notes.txt']) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    copyFileSync(join(GENERIC, 'clean.txt'), join(dir, p));
  }
  return dir;
}

describe('ignore files', () => {
  test('.replylintignore applies to folders, globs and named files', async () => {
    const dir = project();
    try {
      assert.deepEqual(await files(['.'], dir), ['build/d.md', 'drafts/c.txt', 'letters/a.txt', 'letters/b.txt', 'notes.txt']);
      writeFileSync(join(dir, '.replylintignore'), '# drafts are not letters yet\ndrafts/\nletters/b.txt\n');
      assert.deepEqual(await files(['.'], dir), ['build/d.md', 'letters/a.txt', 'notes.txt']);
      assert.deepEqual(await files(['letters/*.txt'], dir), ['letters/a.txt']);
      assert.deepEqual(await files(['letters/b.txt', 'notes.txt'], dir), ['notes.txt'], 'named but ignored');
      // All inputs ignored: nothing to report, not a failure (pre-commit passes such lists).
      const r = await runCli(['drafts/c.txt'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
      // --no-ignore lints everything.
      assert.deepEqual(await files(['--no-ignore', 'letters'], dir), ['letters/a.txt', 'letters/b.txt']);
    } finally {
      removeDir(dir);
    }
  });

  test('--ignore-path replaces ./.replylintignore (patterns relative to the current folder); a missing one is exit 2', async () => {
    const dir = project();
    try {
      writeFileSync(join(dir, '.replylintignore'), 'letters/\n');
      mkdirSync(join(dir, 'config'));
      writeFileSync(join(dir, 'config', 'lint-ignore'), '*.md\n/notes.txt\n');
      assert.deepEqual(await files(['--ignore-path', 'config/lint-ignore', '.'], dir), ['drafts/c.txt', 'letters/a.txt', 'letters/b.txt']);
      const r = await runCli(['--ignore-path', 'nope', '.'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^replylint: cannot read --ignore-path nope: ENOENT\n$/);
    } finally {
      removeDir(dir);
    }
  });

  test('.gitignore skips found files but not named ones; nested .gitignore files count', async () => {
    const dir = project();
    try {
      writeFileSync(join(dir, '.gitignore'), 'build/\n');
      writeFileSync(join(dir, 'letters', '.gitignore'), 'b.txt\n');
      assert.deepEqual(await files(['.'], dir), ['drafts/c.txt', 'letters/a.txt', 'notes.txt']);
      assert.deepEqual(await files(['**/*.md'], dir), []);
      assert.deepEqual(await files(['build/d.md', 'letters/b.txt'], dir), ['build/d.md', 'letters/b.txt'], 'named explicitly');
      // A folder named on the command line counts as named, even if .gitignore lists it…
      assert.deepEqual(await files(['build'], dir), ['build/d.md']);
      assert.deepEqual(await files(['.'], join(dir, 'build')), ['d.md']);
      // …but .gitignore files inside it still apply.
      writeFileSync(join(dir, 'build', '.gitignore'), '*.md\n');
      assert.deepEqual(await files(['build'], dir), []);
    } finally {
      removeDir(dir);
    }
  });
});

describe('exit codes', () => {
  const cwd = GENERIC;
  const cases: Array<[string, string[], number, RegExp?]> = [
    ['clean letter', ['clean.txt'], 0],
    ['warnings only', ['warnings-only.txt'], 0],
    ['errors', ['with-errors.txt'], 1],
    ['errors with --quiet', ['--quiet', 'with-errors.txt'], 1],
    ['warnings under --max-warnings', ['--max-warnings', '1', 'warnings-only.txt'], 0],
    ['warnings over --max-warnings', ['--max-warnings', '0', 'warnings-only.txt'], 1, /^replylint: too many warnings \(1\); at most 0 allowed \(--max-warnings\)\n$/],
    ['--max-warnings counts warnings that --quiet hides', ['--quiet', '--max-warnings', '0', 'warnings-only.txt'], 1],
    ['a missing file (others still linted)', ['clean.txt', 'missing.txt'], 2, /^replylint: no such file or no match: missing\.txt\n$/],
    ['a glob without matches', ['nothing/*.txt'], 2, /no such file or no match/],
    ['an unknown option', ['--frobnicate', 'clean.txt'], 2, /^replylint: Unknown option '--frobnicate'/],
    ['an unknown format', ['-f', 'xml', 'clean.txt'], 2, /^replylint: unknown --format "xml"/],
    ['an unknown profile', ['-p', 'mars', 'clean.txt'], 2, /unknown --profile "mars"/],
    ['an unknown rule', ['--rule', 'no-such-rule', 'clean.txt'], 2, /unknown rule id "no-such-rule"/],
    ['no input', [], 2, /no input files/],
    ['a bad --max-warnings', ['--max-warnings=-1', 'clean.txt'], 2, /--max-warnings expects a whole number/],
    ['a dash after --max-warnings', ['--max-warnings', '-1', 'clean.txt'], 2, /--max-warnings/],
    ['errors and a missing file: 2 wins', ['with-errors.txt', 'missing.txt'], 2],
    ['--help', ['--help'], 0],
    ['--version', ['--version'], 0],
  ];
  for (const [name, args, code, stderr] of cases) {
    test(`${name} → ${code}`, async () => {
      const r = await runCli(args, { cwd });
      assert.equal(r.code, code, r.stderr);
      if (stderr) assert.match(r.stderr, stderr);
      assert.ok(r.stderr.split('\n').filter(Boolean).length <= 1, `at most one stderr line: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\s+at .*:\d+:\d+/, 'never a stack trace');
    });
  }

  test('--quiet reports errors only', async () => {
    const r = await runCli(['--quiet', '--format', 'json', 'warnings-only.txt', 'with-errors.txt'], { cwd });
    const data = JSON.parse(r.stdout) as Array<{ messages: Array<{ severity: string }> }>;
    assert.equal(data[0].messages.length, 0);
    assert.ok(data[1].messages.length > 0);
    assert.ok(data.every((f) => f.messages.every((m) => m.severity === 'error')));
  });

  test('--rule runs only the chosen rules', async () => {
    const r = await runCli(['--rule', 'numbering-sequence', '--format', 'json', 'with-errors.txt'], { cwd });
    const data = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.deepEqual([...new Set(data[0].messages.map((m) => m.ruleId))], ['numbering-sequence']);
  });

  test('--help documents the exit codes and formats', async () => {
    const r = await runCli(['--help'], { cwd });
    for (const word of ['sarif', 'github', 'junit', '--stdin', '--max-warnings', '--output-file', '.replylintignore', 'Exit codes', '2  the run failed']) {
      assert.ok(r.stdout.includes(word), word);
    }
  });
});
