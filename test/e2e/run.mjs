// npm run test:e2e — Reply Lint inside a real VS Code.
//  1. installs the e2e toolchain if needed (setup.sh: chromium, code-server, playwright-core…)
//  2. bundles the extension-host test suite (suite/*.ts → out/*.cjs)
//  3. "extension": runs it with @vscode/test-electron's runTests against the development folder
//     (the repository root). Offline (the default here) VS Code cannot be downloaded, so
//     vscodeExecutablePath is runner/code-server-vscode.cjs; with --download or
//     REPLYLINT_E2E_DOWNLOAD=1 (a machine with internet) runTests downloads desktop VS Code.
//  4. "vsix": packages the .vsix (scripts/package-vsix.mjs), installs it into the VS Code under
//     test (--install-extension into a fresh extensions folder) and runs suite/*.vsix.test.ts
//     against the installed extension, so that what users install is what is tested.
//  5. "ui": ui/check.cjs in the real workbench (playwright): the Problems panel, Outline and
//     Reply Structure rows for the seed letter; screenshots to .tmp/screenshots/, copied to
//     docs/images/ (the README's) with --update-images or when they are missing there.
//  6. writes ../../.tmp/e2e-summary.json ({passed, failed}) for test/run.mjs and prints the time.
// Each step runs on a fresh copy of workspace/ (tests may edit and save files there).
//   Options: --download, --only=extension,vsix,ui, --grep=TEXT (mocha test titles),
//            --update-images. KEEP_RUN_LOGS=1 keeps each run's logs (runner/…).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..');
const tmp = join(here, '.tmp');
const t0 = Date.now();
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const useDownload = process.env.REPLYLINT_E2E_DOWNLOAD === '1' || process.argv.includes('--download');
const only = new Set((arg('only') ?? 'extension,vsix,ui').split(','));
const grep = arg('grep');
const summaryFile = join(root, '.tmp', 'e2e-summary.json');
mkdirSync(join(root, '.tmp'), { recursive: true });
mkdirSync(tmp, { recursive: true });
rmSync(summaryFile, { force: true });

const counts = { passed: 0, failed: 0 };
const steps = [];
let status = 0;
function finish() {
  writeFileSync(summaryFile, JSON.stringify(counts));
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`[e2e] steps: ${steps.join(', ')}`);
  console.log(`[e2e] ${counts.passed} passed, ${counts.failed} failed in ${secs} s`);
  if (Date.now() - t0 > 180000) console.warn(`[e2e] warning: the run took over the 3-minute budget (${secs} s)`);
  process.exit(status || (counts.failed > 0 ? 1 : 0));
}
const since = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

let t = Date.now();
const setup = spawnSync('bash', [join(here, 'setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) {
  console.error('[e2e] setup failed');
  counts.failed++;
  status = 1;
  finish();
}
steps.push(`setup ${since(t)}`);

// The suite runs inside the extension host: CommonJS, `vscode` external.
t = Date.now();
const suiteDir = join(here, 'suite');
rmSync(join(here, 'out'), { recursive: true, force: true });
const entries = readdirSync(suiteDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(suiteDir, f));
await build({
  entryPoints: entries,
  outdir: join(here, 'out'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
});
steps.push(`bundle ${since(t)}`);

const require = createRequire(join(here, 'package.json'));
const { runTests, resolveCliArgsFromVSCodeExecutablePath, downloadAndUnzipVSCode } = require('@vscode/test-electron');
const runner = join(here, 'runner', 'code-server-vscode.cjs');
const codeServer = join(here, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** A fresh copy of the fixture workspace for one step. */
function workspaceCopy(name) {
  // (The UI step's folder name shows in the screenshots' title bar and Explorer.)
  const dir = join(tmp, `ws-${name}`, 'letters');
  rmSync(join(dir, '..'), { recursive: true, force: true });
  cpSync(join(here, 'workspace'), dir, { recursive: true });
  return dir;
}

function record(name, ok) {
  if (ok) counts.passed++;
  else {
    counts.failed++;
    status = 1;
    console.error(`[e2e] ${name} failed`);
  }
}

async function suite(name, { dev = root, env = {}, launchArgs = [] } = {}) {
  const t1 = Date.now();
  const partial = join(root, '.tmp', `e2e-${name}.json`);
  rmSync(partial, { force: true });
  const workspace = workspaceCopy(name);
  let vscodeExecutablePath = runner;
  if (useDownload) vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.REPLYLINT_E2E_VSCODE_VERSION ?? 'stable');
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: dev,
      extensionTestsPath: join(here, 'out', 'index.cjs'),
      launchArgs: [workspace, '--disable-workspace-trust', ...launchArgs],
      extensionTestsEnv: { REPLYLINT_E2E_SUMMARY: partial, REPLYLINT_E2E_SUITE: name, ...(grep ? { REPLYLINT_E2E_GREP: grep } : {}), ...env },
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
  steps.push(`${name} ${since(t1)}`);
}

/** Installs the .vsix into a fresh extensions folder (code-server, or desktop VS Code's CLI). */
async function installVsix(vsix, extensionsDir) {
  rmSync(extensionsDir, { recursive: true, force: true });
  mkdirSync(extensionsDir, { recursive: true });
  if (useDownload) {
    const exe = await downloadAndUnzipVSCode(process.env.REPLYLINT_E2E_VSCODE_VERSION ?? 'stable');
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(exe);
    return spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8', shell: process.platform === 'win32' });
  }
  const data = join(tmp, 'install-data');
  rmSync(data, { recursive: true, force: true });
  return spawnSync(process.execPath, [codeServer, '--user-data-dir', join(data, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(data, 'config'), XDG_DATA_HOME: join(data, 'data'), XDG_CACHE_HOME: join(data, 'cache'), EXTENSIONS_GALLERY: '{}' },
  });
}

if (only.has('extension')) await suite('extension');

if (only.has('vsix')) {
  t = Date.now();
  const vsix = join(tmp, 'replylint.vsix');
  const pack = spawnSync(process.execPath, [join(root, 'scripts', 'package-vsix.mjs'), '--out', vsix], { encoding: 'utf8' });
  const summary = (pack.stdout ?? '').split('\n')[0];
  console.log(`[e2e] ${summary}`);
  if (pack.stderr) process.stderr.write(pack.stderr);
  record('package:vsix', pack.status === 0);
  if (pack.status === 0) {
    const extensionsDir = join(tmp, 'vsix-extensions');
    const inst = await installVsix(vsix, extensionsDir);
    const installed = inst.status === 0 && readdirSync(extensionsDir).some((d) => d.startsWith('replylint.replylint-'));
    if (!installed) console.error(`[e2e] install of the .vsix failed (exit ${inst.status}):\n${inst.stdout ?? ''}${inst.stderr ?? ''}`);
    else
      console.log(
        `[e2e] installed ${readdirSync(extensionsDir)
          .filter((d) => d.startsWith('replylint.'))
          .join(', ')} into ${extensionsDir}`,
      );
    record('install of the .vsix', installed);
    steps.push(`package+install ${since(t)}`);
    if (installed) {
      await suite('vsix', {
        dev: join(here, 'host'),
        env: { REPLYLINT_E2E_EXTENSIONS_DIR: extensionsDir },
        launchArgs: useDownload ? [`--extensions-dir=${extensionsDir}`] : [],
      });
    }
  }
}

if (only.has('ui')) {
  t = Date.now();
  const workspace = workspaceCopy('ui');
  // Screenshots land in .tmp/screenshots on every run; they replace the README's images in
  // docs/images/ with --update-images (or when those are missing), so that a test run does
  // not leave modified PNGs in the working tree.
  const shots = join(tmp, 'screenshots');
  const docsImages = join(root, 'docs', 'images');
  const publish =
    process.argv.includes('--update-images') || process.env.REPLYLINT_E2E_UPDATE_IMAGES === '1' || !['editor-problems.png', 'outline.png', 'structure.png'].every((f) => existsSync(join(docsImages, f)));
  const partial = join(root, '.tmp', 'e2e-ui.json');
  rmSync(partial, { force: true });
  const ui = spawnSync(
    process.execPath,
    [
      runner,
      `--extensionDevelopmentPath=${root}`,
      `--ui=${join(here, 'ui', 'check.cjs')}`,
      `--file=${join(workspace, 'seed.reply.txt')}`,
      `--ui-images=${shots}`,
      ...(publish ? [`--ui-publish=${docsImages}`] : []),
      `--ui-summary=${partial}`,
      workspace,
    ],
    { stdio: 'inherit' },
  );
  if (existsSync(partial)) {
    const s = JSON.parse(readFileSync(partial, 'utf8'));
    counts.passed += s.passed;
    counts.failed += s.failed;
  }
  if (!existsSync(partial)) record('ui', false);
  else if (ui.status !== 0) status = 1;
  steps.push(`ui ${since(t)}`);
}

finish();
