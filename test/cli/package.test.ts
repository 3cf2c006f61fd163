/**
 * The npm package is lean: the CLI and the language server run from esbuild bundles, so the
 * tarball holds only what runs (bin/, dist/, schemas/, snippets/, l10n/, README, LICENSE and the
 * manifest's strings) and installing it into a clean folder adds one package, with no
 * dependencies to fetch, after which `npx replylint` lints a letter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC, tempDir, removeDir } from './cli-helpers';
import { ROOT } from '../helpers';

const SHIPPED_DIRS = ['bin/', 'dist/', 'schemas/', 'snippets/', 'l10n/'];
const SHIPPED_FILES = ['package.json', 'README.md', 'LICENSE', 'package.nls.json', 'package.nls.zh-cn.json'];
const NEEDED = [
  'bin/replylint.cjs',
  'bin/replylint-language-server.cjs',
  'dist/cli.cjs',
  'dist/cli-engine.cjs',
  'dist/cli-worker.cjs',
  'dist/server.cjs',
  'schemas/replylintrc.schema.json',
  'README.md',
  'LICENSE',
];

function npm(args: string[], cwd: string) {
  // No network: the package has no dependencies to fetch.
  const r = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test('npm pack ships only what runs; a clean `npm install <tarball>` adds one package; `npx replylint letter.txt` lints', () => {
  // The bundles come from `npm run build` (npm test builds first); --ignore-scripts keeps the
  // prepack build from rewriting dist/ under the other tests that are running it.
  if (!existsSync(join(ROOT, 'dist', 'server.cjs')) || !existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
    const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  }
  const dir = tempDir('replylint-pack-');
  try {
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0].files.map((f) => f.path);
    for (const f of files) assert.ok(SHIPPED_DIRS.some((d) => f.startsWith(d)) || SHIPPED_FILES.includes(f), `not to be shipped: ${f}`);
    for (const f of NEEDED) assert.ok(files.includes(f), `missing from the package: ${f}`);

    const clean = join(dir, 'clean');
    mkdirSync(clean);
    writeFileSync(join(clean, 'package.json'), '{ "name": "clean", "version": "1.0.0", "private": true }\n');
    npm(['install', join(dir, packed[0].filename)], clean);
    const installed = readdirSync(join(clean, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepEqual(installed, ['replylint'], 'the package installs no dependencies');

    copyFileSync(join(GENERIC, 'with-errors.txt'), join(clean, 'letter.txt'));
    const r = spawnSync('npx', ['--offline', '--no-install', 'replylint', '--format', 'json', 'letter.txt'], { cwd: clean, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Array<{ file: string; messages: Array<{ ruleId: string }> }>;
    assert.equal(report[0].file, 'letter.txt');
    assert.ok(
      report[0].messages.some((m) => m.ruleId === 'numbering-sequence'),
      r.stdout,
    );
  } finally {
    removeDir(dir);
  }
});

test('the .vsix still packages: its staged manifest drops `files`, which vsce refuses beside .vscodeignore', () => {
  const dir = tempDir('replylint-vsix-');
  try {
    const out = join(dir, 'replylint.vsix');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package-vsix.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(existsSync(out));
    assert.match(r.stdout, /extension\/dist\/server\.cjs/);
  } finally {
    removeDir(dir);
  }
});
