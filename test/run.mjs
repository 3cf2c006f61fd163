// Runs the test tiers and ends with the line "N passed, N failed".
//   node test/run.mjs            unit, corpus, CLI and LSP tests (plain Node)
//   node test/run.mjs --e2e      …then the real-VS-Code tests (test/e2e), if set up
//   node test/run.mjs --no-coverage   without measuring coverage (and without its floor check)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { report as coverageReport } from './coverage.mjs';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'e2e' || name === 'node_modules' || name === 'fixtures') continue;
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

// The Word tests drive a real LibreOffice; install it (and poppler, a CJK font) when missing.
const office = spawnSync('bash', [join(root, 'test/office/setup.sh')], { stdio: 'inherit' });
if (office.status !== 0) console.error('[test] office setup failed: the Word tests will fail');

let passed = 0;
let failed = 0;
// One summary file per run, so that two runs at once never read each other's.
const summaryFile = join(tmp, `node-test-summary-${process.pid}.json`);
rmSync(summaryFile, { force: true });
const files = findTests(join(root, 'test'));
// V8 writes each Node process's coverage here; test/coverage.mjs summarises it against the floor.
const coverage = !process.argv.includes('--no-coverage');
const coverageDir = join(tmp, `coverage-raw-${process.pid}`);
rmSync(coverageDir, { recursive: true, force: true });
const r = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'test/summary-reporter.mjs')}`,
    `--test-reporter-destination=${summaryFile}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...(coverage && { NODE_V8_COVERAGE: coverageDir }) } },
);
try {
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += s.passed;
  failed += s.failed;
} catch {
  failed++;
}
rmSync(summaryFile, { force: true });
if (r.status !== 0 && failed === 0) failed++;
if (coverage) failed += coverageReport(coverageDir, { failedTests: failed });
rmSync(coverageDir, { recursive: true, force: true });

if (process.argv.includes('--e2e')) {
  const e2e = spawnSync(process.execPath, [join(root, 'test/e2e/run.mjs')], { cwd: root, stdio: 'inherit' });
  const f = join(tmp, 'e2e-summary.json');
  if (existsSync(f)) {
    const s = JSON.parse(readFileSync(f, 'utf8'));
    passed += s.passed;
    failed += s.failed;
  }
  if (e2e.status !== 0 && !existsSync(f)) failed++;
  else if (e2e.status !== 0 && existsSync(f) && JSON.parse(readFileSync(f, 'utf8')).failed === 0) failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
