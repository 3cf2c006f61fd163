/** Diagnostics over the protocol: shape, locale, versions, which documents are letters. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { FIXTURES, SEED, lintText, read } from '../helpers';
import { startServer, until, type Session } from './harness';

const seed = read(SEED);
const SEED_URI = 'file:///ws/seed.reply.txt';

let zh: Session;
let en: Session;
before(async () => {
  [zh, en] = await Promise.all([startServer({ locale: 'zh-cn' }), startServer({ locale: 'en' })]);
});
after(async () => {
  await Promise.all([zh?.close(), en?.close()]);
});

test('the seed gets diagnostics with code, source, href, severity, data and version', async () => {
  zh.open(SEED_URI, seed);
  const p = await zh.waitForDiagnostics(SEED_URI);
  assert.equal(p.version, 1);
  assert.ok(p.diagnostics.length >= 2, `expected findings, got ${p.diagnostics.length}`);
  for (const d of p.diagnostics) {
    assert.equal(d.source, 'replylint');
    assert.equal(typeof d.code, 'string');
    assert.match(d.codeDescription?.href ?? '', new RegExp(`${d.code}\\.md$`));
    assert.ok(([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information] as number[]).includes(d.severity!));
    const data = d.data as { ruleId: string; version: number };
    assert.equal(data.ruleId, d.code);
    assert.equal(data.version, 1);
  }
  const h06 = p.diagnostics.find((d) => d.code === 'doc-number-brackets');
  assert.ok(h06, 'doc-number-brackets reported: ' + JSON.stringify(p.diagnostics.map((d) => d.code)));
  assert.equal(h06.severity, DiagnosticSeverity.Error);
  // The seed is one line: 厦工信函[2023]25号 starts at offset 43.
  assert.deepEqual(h06.range.start, { line: 0, character: 43 });
  assert.equal(seed.slice(43, 43 + 13), '厦工信函[2023]25号');
  assert.deepEqual((h06.data as { fix: unknown[] }).fix.length > 0, true);
  assert.match(h06.message, /六角括号/);
  const status = await until(() => zh.statuses.find((s) => s.uri === SEED_URI));
  assert.ok(status?.isReply);
  assert.equal(status.counts.error, p.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length);
});

test('messages follow the client locale (zh vs en)', async () => {
  en.open(SEED_URI, seed);
  const p = await en.waitForDiagnostics(SEED_URI);
  const h06 = p.diagnostics.find((d) => d.code === 'doc-number-brackets');
  assert.ok(h06);
  const engine = lintText(seed, { locale: 'en' }).messages.find((m) => m.ruleId === 'doc-number-brackets')!;
  assert.equal(h06.message, engine.text.en);
  const zhMsg = (await zh.waitForDiagnostics(SEED_URI)).diagnostics.find((d) => d.code === 'doc-number-brackets')!.message;
  assert.equal(zhMsg, engine.text.zh);
  assert.notEqual(h06.message, zhMsg);
});

test('a stale version’s diagnostics are never published after a newer edit', async () => {
  const uri = 'file:///ws/stale.reply.txt';
  const base = read(join(FIXTURES, 'lsp', 'letter.reply.txt'));
  zh.open(uri, base);
  await zh.waitForDiagnostics(uri, (p) => p.version === 1);
  // Version 2 introduces a defect, version 3 (sent right after) removes it again.
  const broken = base.replace('厦科函〔2023〕12号', '厦科函[2023]12号');
  zh.change(uri, 2, broken);
  zh.change(uri, 3, base);
  const after3 = await zh.waitForDiagnostics(uri, (p) => p.version === 3);
  assert.ok(!after3.diagnostics.some((d) => d.code === 'doc-number-brackets'));
  // Give a late stale publish the chance to show up, then check none did.
  await new Promise((r) => setTimeout(r, 400));
  const later = zh.diagnostics.filter((p) => p.uri === uri && (p.version ?? 0) >= 2);
  assert.ok(later.length >= 1);
  for (const p of later) assert.equal(p.version, 3, `published diagnostics for version ${p.version} after version 3 was sent`);
  // And a real later edit is picked up.
  zh.change(uri, 4, broken);
  const after4 = await zh.waitForDiagnostics(uri, (p) => p.version === 4);
  assert.ok(after4.diagnostics.some((d) => d.code === 'doc-number-brackets'));
});

test('non-letters get no diagnostics; content detection finds letters without the .reply. suffix', async () => {
  const readme = 'file:///ws/README.md';
  zh.open(readme, '# Project\n\nSome notes about 厦工信函[2023]25号 and more text.\n', 'markdown');
  const detected = 'file:///ws/notes/letter.txt';
  zh.open(detected, seed, 'plaintext');
  await zh.waitForDiagnostics(detected, (p) => p.diagnostics.length > 0);
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(!zh.diagnostics.some((p) => p.uri === readme && p.diagnostics.length > 0));
  const st =
    (await until(() => {
      const x = zh.statuses.filter((s) => s.uri === readme);
      return x.length > 0 ? x : undefined;
    })) ?? [];
  assert.ok(st.length > 0 && st.every((s) => !s.isReply));
});

test('detection can be switched off; the file globs still apply', async () => {
  const s = await startServer({ settings: { detect: false } });
  try {
    s.open('file:///ws/plain/letter.txt', seed);
    s.open('file:///ws/plain/letter.reply.txt', seed);
    await s.waitForDiagnostics('file:///ws/plain/letter.reply.txt', (p) => p.diagnostics.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!s.diagnostics.some((p) => p.uri === 'file:///ws/plain/letter.txt' && p.diagnostics.length > 0));
  } finally {
    await s.close();
  }
});

test('run: onSave lints on open and save, not while typing', async () => {
  const s = await startServer({ settings: { run: 'onSave', debounce: 0 } });
  try {
    const uri = 'file:///ws/save.reply.txt';
    const base = read(join(FIXTURES, 'lsp', 'letter.reply.txt'));
    s.open(uri, base);
    await s.waitForDiagnostics(uri, (p) => p.version === 1);
    s.change(uri, 2, base.replace('厦科函〔2023〕12号', '厦科函[2023]12号'));
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!s.diagnostics.some((p) => p.uri === uri && p.version === 2));
    void s.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await s.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(saved.diagnostics.some((d) => d.code === 'doc-number-brackets'));
  } finally {
    await s.close();
  }
});

test('profile setting reaches the engine', async () => {
  const s = await startServer({ settings: { profile: 'xiamen' } });
  try {
    const uri = 'file:///ws/profile.reply.txt';
    s.open(uri, read(join(FIXTURES, 'lsp', 'letter.reply.txt')));
    await s.waitForDiagnostics(uri);
    const r = (await s.conn.sendRequest('replylint/structure', { uri })) as { profile: string; checklist: Array<{ id: string; required: boolean }> };
    assert.equal(r.profile, 'xiamen');
    assert.ok(r.checklist.find((c) => c.id === 'cc')?.required);
  } finally {
    await s.close();
  }
});
