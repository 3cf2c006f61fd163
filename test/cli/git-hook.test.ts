/**
 * The built command in a real git repository: a pre-commit hook that runs
 * `node <checkout>/bin/replylint.cjs` on the staged .txt/.md files refuses a commit of a letter
 * with an error and lets a clean one through. Also the built command's stdin and exit codes.
 */
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers';
import { BIN, GENERIC, ensureBundle, removeDir, spawnCli, tempDir } from './cli-helpers';

const hasGit = spawnSync('git', ['--version']).status === 0;

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
}

/** The hook docs/hooks-and-ci.md documents for plain git (no pre-commit framework). */
export function preCommitHook(bin: string): string {
  return `#!/bin/sh
# replylint: check staged replies (.txt, .md) before each commit.
git diff --cached --name-only -z --diff-filter=ACMR -- '*.txt' '*.md' \\
  | xargs -0 -r node ${JSON.stringify(bin)} --no-color
`;
}

describe('the built command', () => {
  before(() => ensureBundle());

  test('--stdin through a pipe, exit codes 0/1/2', () => {
    const dir = tempDir('replylint-bin-', true);
    try {
      assert.equal(spawnCli(['clean.txt'], { cwd: dir }).code, 0);
      const bad = spawnCli(['--format', 'json', '--stdin', '--stdin-filename', 'x.txt'], { cwd: dir, input: readFileSync(join(GENERIC, 'with-errors.txt')) });
      assert.equal(bad.code, 1);
      assert.equal(JSON.parse(bad.stdout)[0].file, 'x.txt');
      const missing = spawnCli(['nope.txt'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, 'replylint: no such file or no match: nope.txt\n');
      const fixed = spawnCli(['--stdin', '--fix'], { cwd: dir, input: readFileSync(join(GENERIC, 'with-errors.txt')) });
      assert.match(fixed.stdout, /示例交函〔2024〕15号/);
    } finally {
      removeDir(dir);
    }
  });

  test('.pre-commit-hooks.yaml declares the node hook', () => {
    const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h.id === 'replylint')!;
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'replylint');
    assert.ok(new RegExp(hook.files as string).test('letters/reply.md'));
    assert.ok(new RegExp(hook.files as string).test('reply.txt'));
    assert.ok(!new RegExp(hook.files as string).test('reply.docx'));
  });

  test('a git pre-commit hook refuses a letter with an error and accepts a clean one', { skip: !hasGit && 'git is not installed' }, () => {
    const repo = tempDir('replylint-git-');
    try {
      assert.equal(git(repo, 'init', '-q').status, 0);
      const hook = join(repo, '.git', 'hooks', 'pre-commit');
      writeFileSync(hook, preCommitHook(BIN));
      chmodSync(hook, 0o755);

      // A letter with an error: the commit is refused and nothing is recorded.
      copyFileSync(join(GENERIC, 'with-errors.txt'), join(repo, 'reply.txt'));
      git(repo, 'add', 'reply.txt');
      const refused = git(repo, 'commit', '-q', '-m', 'add a reply with an error');
      assert.notEqual(refused.status, 0, 'commit refused');
      assert.match(refused.stdout + refused.stderr, /doc-number-brackets/);
      assert.notEqual(git(repo, 'rev-parse', '--verify', '-q', 'HEAD').status, 0, 'no commit was made');

      // The clean letter goes through.
      copyFileSync(join(GENERIC, 'clean.txt'), join(repo, 'reply.txt'));
      git(repo, 'add', 'reply.txt');
      const accepted = git(repo, 'commit', '-q', '-m', 'add a clean reply');
      assert.equal(accepted.status, 0, accepted.stdout + accepted.stderr);
      assert.equal(git(repo, 'log', '--oneline').stdout.trim().split('\n').length, 1);

      // Files the hook does not look at (not .txt/.md) never block a commit.
      writeFileSync(join(repo, 'notes.docx'), 'not a letter');
      git(repo, 'add', 'notes.docx');
      assert.equal(git(repo, 'commit', '-q', '-m', 'other file').status, 0);
    } finally {
      removeDir(repo);
    }
  });
});
