/**
 * The code is lint-clean and formatted: `eslint` (eslint.config.js) and `prettier --check`
 * (.prettierrc.json) over server/src, client/src, scripts and test report nothing. Runs the same
 * commands as `npm run lint` and `npm run format:check`, so CI fails on either.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

function run(script: string) {
  return spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
}

test('eslint reports no problem', () => {
  assert.match(pkg.scripts.lint, /^eslint /);
  const r = run('lint');
  assert.equal(r.status, 0, `npm run lint:\n${r.stdout}${r.stderr}`);
});

test('prettier --check finds every file formatted', () => {
  assert.match(pkg.scripts['format:check'], /^prettier --check /);
  const r = run('format:check');
  assert.equal(r.status, 0, `npm run format:check:\n${r.stdout}${r.stderr}`);
});
