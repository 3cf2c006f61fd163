#!/usr/bin/env node
// A stand-in for a VS Code executable, for @vscode/test-electron's runTests on machines that
// cannot download VS Code: starts code-server (VS Code's server and web workbench, with the
// same Node extension host desktop VS Code uses for remote folders) on a free loopback port,
// opens the workbench in headless chromium (playwright-core) with the development payload, and
// exits with the extension host's exit code.
//
// Accepts test-electron's arguments: --extensionDevelopmentPath=DIR --extensionTestsPath=PATH
// [FOLDER]; other flags test-electron adds are ignored. Also: --screenshot=FILE --timeout=MS,
// --file=PATH (open this file in the editor at start).
// Environment: REPLYLINT_E2E_EXTENSIONS_DIR (code-server's --extensions-dir: installed
// extensions, e.g. the .vsix under test), REPLYLINT_E2E_USER_SETTINGS (user settings JSON),
// KEEP_RUN_LOGS=1 (keep the run's folder with code-server.log and browser-console.log).
// With --ui=SCRIPT, instead of waiting for tests it loads SCRIPT (a module exporting
// async (page, ctx) => exitCode) to drive the workbench (Problems panel, Outline, screenshots).
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const E2E = path.resolve(__dirname, '..');
const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR || path.join(E2E, 'node_modules', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p));

function parseArgs(argv) {
  const o = { dev: [], tests: undefined, folder: undefined, file: undefined, screenshot: undefined, timeout: 150000, ui: undefined, uiArgs: {} };
  for (const a of argv) {
    let m;
    if ((m = /^--extensionDevelopmentPath=(.*)$/.exec(a))) o.dev.push(path.resolve(m[1]));
    else if ((m = /^--extensionTestsPath=(.*)$/.exec(a))) o.tests = path.resolve(m[1]);
    else if ((m = /^--screenshot=(.*)$/.exec(a))) o.screenshot = path.resolve(m[1]);
    else if ((m = /^--file=(.*)$/.exec(a))) o.file = path.resolve(m[1]);
    else if ((m = /^--timeout=(\d+)$/.exec(a))) o.timeout = Number(m[1]);
    else if ((m = /^--ui=(.*)$/.exec(a))) o.ui = path.resolve(m[1]);
    else if ((m = /^--ui-(\w+)=(.*)$/.exec(a))) o.uiArgs[m[1]] = m[2];
    else if (!a.startsWith('-')) o.folder = path.resolve(a);
  }
  if ((!o.dev.length || !o.tests) && !o.ui) {
    console.error('usage: code-server-vscode.cjs --extensionDevelopmentPath=DIR --extensionTestsPath=PATH [FOLDER]');
    process.exit(2);
  }
  return o;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function waitForHttp(url, deadline) {
  return new Promise((resolve, reject) => {
    const once = () => {
      const req = http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', () => (Date.now() > deadline ? reject(new Error(`code-server did not answer on ${url}`)) : setTimeout(once, 200)));
    };
    once();
  });
}

// Workbench messages that are expected offline; still kept in browser-console.log.
const NOISE =
  /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|Creating a socket|Resolving connection token|Resolved connection token|ChatSessionStore:|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\])/;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const tmpRoot = path.join(E2E, '.tmp');
  fs.mkdirSync(tmpRoot, { recursive: true });
  const work = fs.mkdtempSync(path.join(tmpRoot, 'run-'));
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  fs.mkdirSync(path.join(work, 't'));
  const csLog = fs.openSync(path.join(work, 'code-server.log'), 'w');
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(work, 'xdg-config'),
    XDG_DATA_HOME: path.join(work, 'xdg-data'),
    XDG_CACHE_HOME: path.join(work, 'xdg-cache'),
    TMPDIR: path.join(work, 't'),
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{}',
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_IPC_HOOK_CLI;
  const extensionsDir = process.env.REPLYLINT_E2E_EXTENSIONS_DIR || path.join(work, 'extensions');
  const userData = path.join(work, 'user-data');
  // Workspace-independent user settings for the run (e.g. the display language).
  if (process.env.REPLYLINT_E2E_USER_SETTINGS) {
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), process.env.REPLYLINT_E2E_USER_SETTINGS);
  }
  const cs = cp.spawn(
    process.execPath,
    [
      path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js'),
      '--auth',
      'none',
      '--bind-addr',
      authority,
      '--config',
      path.join(work, 'config.yaml'),
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
    ],
    { env, stdio: ['ignore', csLog, csLog], detached: true },
  );

  let browser;
  let exitCode = 1;
  try {
    await waitForHttp(`http://${authority}/healthz`, Date.now() + 60000);
    const { chromium } = require(path.join(E2E, 'node_modules', 'playwright-core'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    const browserLog = fs.createWriteStream(path.join(work, 'browser-console.log'));
    page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => browserLog.write(`[pageerror] ${(e && e.stack) || e}\n`));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (typeof args[0] === 'string' && NOISE.test(args[0])) return;
      (console[type] || console.log).apply(console, args);
    });
    let resolveExit;
    const done = new Promise((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationExit', async (code) => resolveExit(code));

    const remote = (p) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
    const payload = [...opts.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['skipWelcome', 'true']];
    if (opts.tests) payload.push(['extensionTestsPath', remote(opts.tests)]);
    if (opts.file) payload.push(['openFile', remote(opts.file)]);
    const q = new URLSearchParams();
    if (opts.folder) q.set('folder', opts.folder);
    else q.set('ew', 'true');
    q.set('payload', JSON.stringify(payload));
    await page.goto(`http://${authority}/?${q.toString()}`);

    if (opts.ui) {
      exitCode = await require(opts.ui)(page, { folder: opts.folder, file: opts.file, args: opts.uiArgs, timeout: opts.timeout, work });
    } else {
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), opts.timeout));
      const result = await Promise.race([done, timeout]);
      if (opts.screenshot) await page.screenshot({ path: opts.screenshot }).catch((e) => console.error(`screenshot failed: ${e.message}`));
      if (result === 'timeout') console.error(`[runner] no result from the extension host within ${opts.timeout} ms (logs: ${work})`);
      exitCode = result === 'timeout' ? 1 : Number(result) || 0;
    }
    const vsv = require(path.join(CODE_SERVER_DIR, 'lib/vscode/package.json')).version;
    console.log(`[runner] VS Code ${vsv}, chromium ${browser.version()}; ${Date.now() - t0} ms; exit code ${exitCode}`);
  } catch (err) {
    console.error(`[runner] error: ${(err && err.stack) || err} (logs: ${work})`);
    exitCode = 1;
  } finally {
    try {
      if (browser) await browser.close();
    } catch {
      /* already closed */
    }
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 300));
    try {
      process.kill(-cs.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    if (exitCode === 0 && !process.env.KEEP_RUN_LOGS) fs.rmSync(work, { recursive: true, force: true });
    else console.error(`[runner] logs kept in ${work}`);
  }
  process.exit(exitCode);
}

main();
