// npm run test:e2e — Reply Lint inside a real VS Code.
//  1. installs the e2e toolchain if needed (setup.sh: chromium, code-server, playwright-core…)
//  2. bundles the extension-host test suite (suite/*.ts → out/)
//  3. runs it with @vscode/test-electron's runTests. Offline (the default here) VS Code cannot be
//     downloaded, so vscodeExecutablePath is runner/code-server-vscode.cjs; set
//     REPLYLINT_E2E_DOWNLOAD=1 on a machine with internet to use a downloaded desktop VS Code.
//  4. writes ../../.tmp/e2e-summary.json ({passed, failed}) for test/run.mjs and prints the time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const t0 = Date.now();
const summaryFile = join(root, '.tmp', 'e2e-summary.json');
mkdirSync(join(root, '.tmp'), { recursive: true });
rmSync(summaryFile, { force: true });

const setup = spawnSync('bash', [join(here, 'setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) {
  console.error('[e2e] setup failed');
  writeFileSync(summaryFile, JSON.stringify({ passed: 0, failed: 1 }));
  process.exit(1);
}

// The suite runs inside the extension host: CommonJS, `vscode` external.
const suiteDir = join(here, 'suite');
const entries = readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => join(suiteDir, f));
await build({
  entryPoints: entries, outdir: join(here, 'out'), bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', external: ['vscode', 'mocha'], outExtension: { '.js': '.cjs' }, logLevel: 'warning',
});

const require = createRequire(join(here, 'package.json'));
const { runTests } = require('@vscode/test-electron');
const useDownload = process.env.REPLYLINT_E2E_DOWNLOAD === '1';
const counts = { passed: 0, failed: 0 };
let status = 0;

async function suite(name, workspace, env = {}) {
  const partial = join(root, '.tmp', `e2e-${name}.json`);
  rmSync(partial, { force: true });
  try {
    await runTests({
      ...(useDownload ? {} : { vscodeExecutablePath: join(here, 'runner', 'code-server-vscode.cjs') }),
      extensionDevelopmentPath: root,
      extensionTestsPath: join(here, 'out', 'index.cjs'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { REPLYLINT_E2E_SUMMARY: partial, REPLYLINT_E2E_SUITE: name, ...env },
    });
  } catch (err) {
    console.error(`[e2e] ${name}: ${err?.message ?? err}`);
    status = 1;
  }
  if (existsSync(partial)) {
    const s = JSON.parse(readFileSync(partial, 'utf8'));
    counts.passed += s.passed;
    counts.failed += s.failed;
  } else counts.failed++;
}

await suite('extension', join(here, 'workspace'));

const extra = join(here, 'ui.mjs');
if (existsSync(extra)) {
  const ui = spawnSync(process.execPath, [extra], { stdio: 'inherit' });
  if (ui.status === 0) counts.passed++;
  else {
    counts.failed++;
    status = 1;
  }
}

writeFileSync(summaryFile, JSON.stringify(counts));
console.log(`[e2e] ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exit(status || (counts.failed > 0 ? 1 : 0));
