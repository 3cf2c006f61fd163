/**
 * The server survives what real workspaces throw at it, through real JSON-RPC: broken configs
 * and registries, huge and binary documents, bursts of edits, untrusted workspaces, malformed
 * messages. (Killing the server and the client's restart are tested in the real-VS-Code suite.)
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type DocumentSymbol, type Hover, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { FIXTURES, ROOT, SEED, lintText, read } from '../helpers';
import { startServer, until, type Session } from './harness';

const seed = read(SEED);
const LETTER_TEXT = read(join(FIXTURES, 'lsp', 'ws', 'letter.reply.txt'));
const REGISTRY_TEXT = read(join(FIXTURES, 'lsp', 'ws', 'xiamen.policies.json'));
const TMP = mkdtempSync(join(tmpdir(), 'replylint-robust-'));
const sessions: Session[] = [];
after(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  rmSync(TMP, { recursive: true, force: true });
});

async function server(opts: Parameters<typeof startServer>[0] = {}): Promise<Session> {
  const s = await startServer(opts);
  sessions.push(s);
  return s;
}

/** A folder with files (relative path → text). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(TMP, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const fileUri = (p: string) => pathToFileURL(p).href;
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const newest = (s: Session, uri: string) => s.diagnostics.filter((p) => p.uri === uri).at(-1);

/** Resolves within `ms` or fails: the server still answers quickly. */
async function quickly<T>(p: Thenable<T> | Promise<T>, ms = 2000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([Promise.resolve(p), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function symbolsStillWork(s: Session): Promise<void> {
  const uri = 'file:///elsewhere/alive.reply.txt';
  if (!s.diagnostics.some((p) => p.uri === uri)) s.open(uri, seed);
  await s.waitForDiagnostics(uri);
  const symbols = (await quickly(s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }))) as DocumentSymbol[];
  assert.ok(symbols.length > 0);
}

// ---- configuration ------------------------------------------------------------------------

test('an invalid .replylintrc.json: diagnostics on the config, the letter keeps the last good config', async () => {
  const ws = folder('invalid-config', { '.replylintrc.json': '{ "rules": { "doc-number-brackets": "off" } }\n', 'seed.reply.txt': seed });
  const cfg = join(ws, '.replylintrc.json');
  const s = await server({ workspaceFolder: ws });
  const uri = fileUri(join(ws, 'seed.reply.txt'));
  s.open(uri, seed);
  const first = await s.waitForDiagnostics(uri);
  assert.ok(first.diagnostics.length > 0);
  assert.ok(!codes(first).includes('doc-number-brackets'), 'the config turns H06 off');

  // Broken on disk (the editor reports the change): unknown rule, wrong type, trailing garbage.
  writeFileSync(cfg, '{\n  "rules": { "doc-number-brackets": "off", "no-such-rule": "error" },\n  "profile": 7\n}\n');
  const before = s.diagnostics.length;
  void s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg), type: 2 }] });
  const onConfig = await s.waitForDiagnostics(fileUri(cfg), (p) => p.diagnostics.length > 0);
  for (const d of onConfig.diagnostics) {
    assert.equal(d.source, 'replylint');
    assert.equal(d.code, 'config');
  }
  assert.ok(
    onConfig.diagnostics.some((d) => d.range.start.line === 1 && /no-such-rule/.test(d.message)),
    JSON.stringify(onConfig.diagnostics),
  );
  assert.ok(
    onConfig.diagnostics.some((d) => d.range.start.line === 2),
    JSON.stringify(onConfig.diagnostics),
  );
  // The letter was re-checked and still uses the last good config (H06 stays off).
  const again = await until(() => s.diagnostics.slice(before).find((p) => p.uri === uri));
  assert.ok(again, 'the letter was re-published');
  assert.deepEqual(codes(again), codes(first));

  // The config open in the editor, half-typed: its own diagnostics, letters unaffected.
  s.open(fileUri(cfg), '{ "rules": { "doc-number-brackets": ', 'json');
  const open = await s.waitForDiagnostics(fileUri(cfg), (p) => p.version === 1);
  assert.ok(open.diagnostics.length > 0);
  await symbolsStillWork(s);

  // Repaired: the config's diagnostics are cleared.
  writeFileSync(cfg, '{ "rules": { "doc-number-brackets": "off" } }\n');
  void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(cfg), version: 2 }, contentChanges: [{ text: '{ "rules": { "doc-number-brackets": "off" } }\n' }] });
  const fixed = await s.waitForDiagnostics(fileUri(cfg), (p) => p.version === 2);
  assert.deepEqual(fixed.diagnostics, []);
});

test('an invalid config from the start: the letter is linted with the default config', async () => {
  const ws = folder('invalid-from-start', { '.replylintrc.json': '{ "rules": { "doc-number-brackets": "off" ', 'seed.reply.txt': seed });
  const s = await server({ workspaceFolder: ws });
  const uri = fileUri(join(ws, 'seed.reply.txt'));
  s.open(uri, seed);
  const p = await s.waitForDiagnostics(uri);
  assert.deepEqual(
    codes(p).sort(),
    lintText(seed)
      .messages.map((m) => m.ruleId)
      .sort(),
  );
  const onConfig = await s.waitForDiagnostics(fileUri(join(ws, '.replylintrc.json')), (x) => x.diagnostics.length > 0);
  assert.equal(onConfig.diagnostics[0].severity, DiagnosticSeverity.Error);
});

test('a missing registry file: a clear diagnostic on the config entry, linting goes on', async () => {
  const cfgText = '{\n  "registry": ["policies/nope.policies.json"]\n}\n';
  const ws = folder('missing-registry', { '.replylintrc.json': cfgText, 'letter.reply.txt': LETTER_TEXT });
  const s = await server({ workspaceFolder: ws, locale: 'en' });
  const uri = fileUri(join(ws, 'letter.reply.txt'));
  s.open(uri, LETTER_TEXT);
  // Linted with the default config (no registry, so no registry findings).
  const p = await s.waitForDiagnostics(uri);
  assert.deepEqual(
    codes(p).sort(),
    lintText(LETTER_TEXT)
      .messages.map((m) => m.ruleId)
      .sort(),
  );
  const onConfig = await s.waitForDiagnostics(fileUri(join(ws, '.replylintrc.json')), (x) => x.diagnostics.length > 0);
  const d = onConfig.diagnostics[0];
  assert.match(d.message, /registry file not found/);
  assert.match(d.message, /nope\.policies\.json/);
  assert.equal(d.range.start.line, 1, 'points at the registry entry');
  assert.equal(d.range.start.character, cfgText.split('\n')[1].indexOf('"policies'));
  await symbolsStillWork(s);
});

test('a malformed registry file: a diagnostic on the config naming the registry’s problem, and on the registry', async () => {
  const cfgText = '{\n  "registry": ["bad.policies.json"]\n}\n';
  const bad = '{\n  "policies": [\n    { "title": 5, "status": "maybe" }\n  ]\n';
  const ws = folder('malformed-registry', { '.replylintrc.json': cfgText, 'bad.policies.json': bad, 'letter.reply.txt': LETTER_TEXT });
  const s = await server({ workspaceFolder: ws, locale: 'en' });
  const uri = fileUri(join(ws, 'letter.reply.txt'));
  s.open(uri, LETTER_TEXT);
  const p = await s.waitForDiagnostics(uri);
  assert.deepEqual(
    codes(p).sort(),
    lintText(LETTER_TEXT)
      .messages.map((m) => m.ruleId)
      .sort(),
    'the letter is still linted',
  );
  const onConfig = await s.waitForDiagnostics(fileUri(join(ws, '.replylintrc.json')), (x) => x.diagnostics.length > 0);
  assert.match(onConfig.diagnostics[0].message, /Policy registry file has errors: bad\.policies\.json:\d+:\d+/);
  assert.equal(onConfig.diagnostics[0].range.start.line, 1);
  const onRegistry = await s.waitForDiagnostics(fileUri(join(ws, 'bad.policies.json')), (x) => x.diagnostics.length > 0);
  assert.ok(onRegistry.diagnostics.length > 0);
  // Hover still answers (the registry is simply not there).
  const i = LETTER_TEXT.indexOf('《厦门市促进') + 2;
  const head = LETTER_TEXT.slice(0, i);
  const h = (await quickly(s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: head.split('\n').length - 1, character: i - head.lastIndexOf('\n') - 1 } }))) as Hover | null;
  assert.ok(h);

  // Repaired on disk: both diagnostics go away.
  writeFileSync(join(ws, 'bad.policies.json'), REGISTRY_TEXT);
  const mark = s.diagnostics.length;
  void s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(ws, 'bad.policies.json')), type: 2 }] });
  const cleared = await until(() => s.diagnostics.slice(mark).find((x) => x.uri === fileUri(join(ws, '.replylintrc.json')) && x.diagnostics.length === 0));
  assert.ok(cleared, 'config diagnostics cleared');
  assert.ok(await until(() => s.diagnostics.slice(mark).find((x) => x.uri === fileUri(join(ws, 'bad.policies.json')) && x.diagnostics.length === 0)));
  const relinted = await s.waitForDiagnostics(uri, (x) => codes(x).includes('cite-unknown-policy'));
  assert.ok(relinted);
});

// ---- size and binary ------------------------------------------------------------------------

test('a 50 MB letter gets one information message, and the server keeps answering quickly', async () => {
  const s = await server({ locale: 'zh-cn' });
  const uri = 'file:///big/huge.reply.txt';
  const unit = seed + '\n';
  const big = unit.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(unit)));
  assert.ok(Buffer.byteLength(big) >= 50 * 1024 * 1024);
  s.open(uri, big);
  const p = await s.waitForDiagnostics(uri, () => true, 60_000);
  assert.equal(p.diagnostics.length, 1);
  const d = p.diagnostics[0];
  assert.equal(d.severity, DiagnosticSeverity.Information);
  assert.equal(d.code, 'skipped-size');
  assert.match(d.message, /超过 5 MB 上限（replylint\.maxDocumentSize）/);
  const t0 = Date.now();
  await symbolsStillWork(s);
  assert.equal(await quickly(s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } })), null);
  assert.deepEqual(await quickly(s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })), []);
  assert.ok(Date.now() - t0 < 3000, `answers took ${Date.now() - t0} ms`);
  assert.equal(s.proc.exitCode, null);
  void s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('a binary document (NUL characters) gets one information message; the size limit is a setting', async () => {
  const s = await server({ locale: 'en', settings: { maxDocumentSize: 1000 } });
  const bin = 'file:///bin/scan.reply.txt';
  s.open(bin, '%PDF-1.7\0\0\u0001\u0002' + seed.slice(0, 200));
  const p = await s.waitForDiagnostics(bin);
  assert.equal(p.diagnostics.length, 1);
  assert.equal(p.diagnostics[0].code, 'skipped-binary');
  assert.equal(p.diagnostics[0].severity, DiagnosticSeverity.Information);
  assert.match(p.diagnostics[0].message, /NUL/);
  // The seed is over a 1000-byte limit here.
  const uri = 'file:///bin/seed.reply.txt';
  s.open(uri, seed);
  const q = await s.waitForDiagnostics(uri);
  assert.deepEqual(codes(q), ['skipped-size']);
  assert.match(q.diagnostics[0].message, /over the 1000 B limit/);
  // Cut below the limit: linted normally, the message goes away.
  const small = seed.slice(0, 300);
  s.change(uri, 2, small);
  const r = await s.waitForDiagnostics(uri, (x) => x.version === 2);
  assert.ok(!codes(r).includes('skipped-size'));
  assert.deepEqual(
    codes(r).sort(),
    lintText(small)
      .messages.map((m) => m.ruleId)
      .sort(),
  );
  // A document that is not a letter gets nothing, binary or not.
  s.open('file:///bin/photo.png.txt', '\0'.repeat(5000), 'plaintext');
  await new Promise((res) => setTimeout(res, 400));
  assert.equal(s.diagnostics.filter((x) => x.uri === 'file:///bin/photo.png.txt' && x.diagnostics.length > 0).length, 0);
});

// ---- edit bursts ------------------------------------------------------------------------------

test('2,000 rapid edits end with exactly the last version’s diagnostics, none stale after it', async () => {
  const s = await server({ locale: 'zh-cn' });
  const uri = 'file:///burst/seed.reply.txt';
  s.open(uri, seed);
  await s.waitForDiagnostics(uri);
  const mark = s.diagnostics.length;
  const N = 2000;
  const last = N + 1;
  const finalText = seed.replace('厦工信函[2023]25号', '厦工信函〔2023〕25号');
  for (let v = 2; v <= last; v++) s.change(uri, v, v === last ? finalText : seed + '一'.repeat(v % 7));
  const p = await s.waitForDiagnostics(uri, (x) => x.version === last, 30_000);
  // Give any straggler time to arrive: nothing older may be published after the last version.
  await new Promise((res) => setTimeout(res, 600));
  const burst = s.diagnostics.slice(mark).filter((x) => x.uri === uri);
  const versions = burst.map((x) => x.version as number);
  assert.deepEqual(
    [...versions].sort((a, b) => a - b),
    versions,
    `published versions out of order: ${versions.join(',')}`,
  );
  assert.equal(versions.at(-1), last);
  assert.ok(burst.length <= 20, `debounced: ${burst.length} publishes for ${N} edits`);
  assert.deepEqual(
    codes(p).sort(),
    lintText(finalText)
      .messages.map((m) => m.ruleId)
      .sort(),
  );
  assert.ok(!codes(p).includes('doc-number-brackets'));
  assert.equal(newest(s, uri)?.version, last);
  await symbolsStillWork(s);
});

// ---- workspace trust ----------------------------------------------------------------------

function trustFolders(name: string): { ws: string; letter: string; cfg: string } {
  const base = join(TMP, name);
  folder(name, {
    'outside/shared.policies.json': REGISTRY_TEXT,
    'ws/.replylintrc.json': '{\n  "registry": ["../outside/shared.policies.json"]\n}\n',
    'ws/letter.reply.txt': LETTER_TEXT,
  });
  return { ws: join(base, 'ws'), letter: join(base, 'ws', 'letter.reply.txt'), cfg: join(base, 'ws', '.replylintrc.json') };
}

async function hoverOnPolicy(s: Session, uri: string): Promise<string> {
  const i = LETTER_TEXT.indexOf('《厦门市促进') + 2;
  const head = LETTER_TEXT.slice(0, i);
  const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: head.split('\n').length - 1, character: i - head.lastIndexOf('\n') - 1 } })) as Hover;
  return (h.contents as MarkupContent).value;
}

test('an untrusted workspace does not read a registry outside the workspace folder', async () => {
  const { ws, letter, cfg } = trustFolders('untrusted');
  const s = await server({ workspaceFolder: ws, locale: 'en', trusted: false });
  const uri = fileUri(letter);
  s.open(uri, LETTER_TEXT);
  const p = await s.waitForDiagnostics(uri);
  assert.ok(!codes(p).includes('cite-unknown-policy'), 'no registry, so no registry findings');
  assert.doesNotMatch(await hoverOnPolicy(s, uri), /Policy registry: /);
  // The config says why (information, at the entry).
  s.open(fileUri(cfg), read(cfg), 'json');
  const onConfig = await s.waitForDiagnostics(fileUri(cfg), (x) => x.diagnostics.length > 0);
  assert.equal(onConfig.diagnostics[0].severity, DiagnosticSeverity.Information);
  assert.match(onConfig.diagnostics[0].message, /Untrusted workspace: not reading \.\.\/outside\/shared\.policies\.json/);

  // Trust granted: the registry is read.
  void s.conn.sendNotification('replylint/trust', { trusted: true });
  const trusted = await s.waitForDiagnostics(uri, (x) => codes(x).includes('cite-unknown-policy'));
  assert.ok(trusted);
  assert.match(await hoverOnPolicy(s, uri), /Policy registry: 《厦门市促进科技成果转移转化若干规定》/);
});

test('a trusted workspace (the default for editors without a trust model) reads it', async () => {
  const { ws, letter } = trustFolders('trusted');
  const s = await server({ workspaceFolder: ws, locale: 'en' });
  const uri = fileUri(letter);
  s.open(uri, LETTER_TEXT);
  const p = await s.waitForDiagnostics(uri);
  assert.ok(codes(p).includes('cite-unknown-policy'));
});

// ---- malformed messages -------------------------------------------------------------------

test('the server survives malformed messages and nonsense parameters', async () => {
  const s = await server();
  const raw = (body: string) => s.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  raw('{ this is not json');
  raw('[1, 2, 3]');
  raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}');
  raw('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///never-opened.reply.txt","version":2},"contentChanges":[{"text":"x"}]}}');
  raw('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":42,"languageId":null,"version":"one","text":7}}}');
  raw('{"jsonrpc":"2.0","method":"replylint/trust","params":"yes"}');
  raw('{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"replylint":{"debounce":"fast","files":[1,null],"maxDocumentSize":-5}}}}');
  await new Promise((res) => setTimeout(res, 200));
  // Requests with nonsense parameters get an answer (empty or an error), never a crash.
  const answers = await Promise.allSettled(
    [
      s.conn.sendRequest('textDocument/hover', { textDocument: {}, position: null }),
      s.conn.sendRequest('textDocument/completion', null),
      s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nope.reply.txt' }, range: null, context: null }),
      s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 5 } }),
      s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.fixAll', arguments: [null, 'x', {}] }),
      s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.addToRegistry', arguments: [42, null] }),
      s.conn.sendRequest('workspace/executeCommand', { command: 'no.such.command' }),
      s.conn.sendRequest('replylint/structure', null),
      s.conn.sendRequest('no/such/method', {}),
    ].map((p) => quickly(p, 5000)),
  );
  for (const a of answers) if (a.status === 'rejected') assert.doesNotMatch(String(a.reason), /no answer within/);
  assert.equal(s.proc.exitCode, null, 'still running');
  await symbolsStillWork(s);
});

// ---- nothing from a workspace is executed ------------------------------------------------------

test('configs, profiles and registries are data: a workspace’s .js files are never run', async () => {
  const marker = join(TMP, 'pwned.txt');
  const evil = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { rules: {} };\n`;
  const ws = folder('evil', {
    'evil.js': evil,
    'profile.js': evil,
    'registry.js': evil,
    '.replylintrc.json': '{\n  "extends": "./evil.js",\n  "profile": "./profile.js",\n  "registry": ["registry.js"]\n}\n',
    'seed.reply.txt': seed,
  });
  const s = await server({ workspaceFolder: ws, locale: 'en' });
  const uri = fileUri(join(ws, 'seed.reply.txt'));
  s.open(uri, seed);
  await s.waitForDiagnostics(uri);
  const onConfig = await s.waitForDiagnostics(fileUri(join(ws, '.replylintrc.json')), (x) => x.diagnostics.length > 0);
  assert.ok(onConfig.diagnostics.length > 0);
  await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.buildRegistryDraft', arguments: [] });
  await new Promise((res) => setTimeout(res, 200));
  assert.equal(existsSync(marker), false, 'a workspace script ran');
});

test('the server, config and registry code load no code at run time (no eval, dynamic import, require, child processes)', () => {
  const dirs = ['lsp', 'config', 'registry', 'engine', 'parse', 'rules', 'text'].map((d) => join(ROOT, 'server', 'src', d));
  const bad = /\beval\s*\(|new\s+Function\s*\(|\bimport\s*\(\s*[^'"\s]|\brequire\s*\(|createRequire|node:child_process|node:vm|\bwebassembly\b/i;
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) {
        readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (!/^\s*(\/\/|\*)/.test(line) && bad.test(line)) offenders.push(`${p}:${i + 1}: ${line.trim()}`);
          });
      }
    }
  };
  dirs.forEach(walk);
  assert.deepEqual(offenders, []);
});
