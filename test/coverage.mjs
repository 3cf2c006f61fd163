// Coverage of `npm test`, and the floor it may not drop below.
// test/run.mjs runs the tests with NODE_V8_COVERAGE set; report() turns what V8 wrote into
// c8's summary of the engine and the CLI (server/src; every source file counts, also one no
// test loads) and compares it with coverage-floor.json. `npm run coverage:raise`
// (node test/coverage.mjs raise) moves the floor up to the figures of the last `npm test`;
// nothing moves it down.
// The bundles in dist/ that the CLI and LSP tests spawn have no source maps, so V8's coverage of
// them cannot be traced back to the sources: they do not count. The CLI is counted where the
// in-process tests run it (cli/main's run); the language server (server/src/lsp) and the VS Code
// client (client/src) are tested only through the bundles (test/lsp over stdio, test/e2e in
// VS Code) and are left out, rather than counted as never run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const FLOOR = join(root, 'coverage-floor.json');
const REPORT_DIR = join(root, '.tmp', 'coverage');
const SUMMARY = join(REPORT_DIR, 'coverage-summary.json');
const LAST_RUN = join(REPORT_DIR, 'last-run.json');
const METRICS = ['lines', 'branches', 'functions'];

/** Summarises the V8 coverage in `rawDir`; returns the number of failures (0, or 1 below the floor). */
export function report(rawDir, { failedTests }) {
  const c8 = join(root, 'node_modules', 'c8', 'bin', 'c8.js');
  const started = Date.now();
  const options = '--reporter=json-summary --all --src server/src --include server/src/** --exclude server/src/lsp/** --exclude **/*.d.ts --exclude-after-remap';
  const r = spawnSync(process.execPath, [c8, 'report', '--temp-directory', rawDir, '--reports-dir', REPORT_DIR, ...options.split(' ')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(SUMMARY)) {
    console.error(`[coverage] c8 report failed\n${r.stderr}`);
    return 1;
  }
  const total = JSON.parse(readFileSync(SUMMARY, 'utf8')).total;
  writeFileSync(LAST_RUN, JSON.stringify({ failedTests, ...current(total) }, null, 2) + '\n');
  const floor = readFloor();
  const below = METRICS.filter((m) => total[m].pct < floor[m]);
  console.log(`coverage (server/src without lsp/): ${METRICS.map((m) => `${m} ${total[m].pct}% (floor ${floor[m]}%)`).join(', ')}; summarised in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (below.length === 0) return 0;
  console.error(`[coverage] below the floor in coverage-floor.json: ${below.map((m) => `${m} ${total[m].pct}% < ${floor[m]}%`).join(', ')}; add tests for the code you changed`);
  return 1;
}

/** Figures truncated to one decimal, so that a raised floor is never above what was measured. */
function current(total) {
  return Object.fromEntries(METRICS.map((m) => [m, Math.floor(total[m].pct * 10) / 10]));
}

function readFloor() {
  return existsSync(FLOOR) ? JSON.parse(readFileSync(FLOOR, 'utf8')) : { lines: 0, branches: 0, functions: 0 };
}

function raise() {
  if (!existsSync(LAST_RUN)) {
    console.error('coverage:raise: no figures yet; run `npm test` first');
    return 1;
  }
  const last = JSON.parse(readFileSync(LAST_RUN, 'utf8'));
  if (last.failedTests > 0) {
    console.error('coverage:raise: the last `npm test` had failures; raise the floor after a green run');
    return 1;
  }
  const floor = readFloor();
  const next = Object.fromEntries(METRICS.map((m) => [m, Math.max(floor[m] ?? 0, last[m])]));
  writeFileSync(FLOOR, JSON.stringify(next, null, 2) + '\n');
  for (const m of METRICS) console.log(`${m}: ${floor[m] ?? 0}% → ${next[m]}%`);
  return 0;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1] && process.argv[2] === 'raise') process.exit(raise());
