// The language server's export command (what the VS Code command sends): the built server
// writes the .docx where asked, beside the letter by default, or returns it for an unsaved one;
// a letter with errors is exported only when forced.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { startServer, type Session } from '../lsp/harness';
import type { ExportDocxResult } from '../../server/src/lsp/protocol';
import { read, tmpDir } from './helpers';

let s: Session;
let dir: string;
const SEED_SPLIT = read('test/fixtures/export/seed-split.reply.txt');
const SEED_RAW = read('examples/seed.reply.txt');

before(async () => {
  dir = tmpDir('lsp');
  s = await startServer({ workspaceFolder: dir });
});
after(() => s.close());

const exportDocx = (uri: string, opts: Record<string, unknown> = {}) =>
  s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.exportDocx', arguments: [uri, 1, opts] }) as Promise<ExportDocxResult>;
const hasDocumentXml = (bytes: Uint8Array) => 'word/document.xml' in unzipSync(bytes);

test('a clean letter is written to the target, and beside the letter by default', async () => {
  const letter = join(dir, 'seed.reply.txt');
  writeFileSync(letter, SEED_SPLIT);
  const uri = `file://${letter}`;
  s.open(uri, SEED_SPLIT);
  await s.waitForDiagnostics(uri);
  const target = join(dir, 'out', 'asked.docx');
  const r = await exportDocx(uri, { target });
  assert.deepEqual({ ...r, firstErrors: r.firstErrors.length }, { errors: 0, firstErrors: 0, written: target });
  assert.ok(hasDocumentXml(readFileSync(target)));
  const beside = await exportDocx(uri);
  assert.equal(beside.written, join(dir, 'seed.docx'));
  assert.ok(hasDocumentXml(readFileSync(join(dir, 'seed.docx'))));
});

test('a letter with errors: nothing written and the first errors returned; forced, it is written', async () => {
  const uri = `file://${join(dir, 'raw.reply.txt')}`;
  s.open(uri, SEED_RAW);
  await s.waitForDiagnostics(uri);
  const target = join(dir, 'raw.docx');
  const r = await exportDocx(uri, { target });
  assert.ok(r.errors > 0);
  assert.equal(r.written, undefined);
  assert.ok(r.firstErrors.length > 0 && r.firstErrors.every((e) => e.line >= 1 && e.message && e.ruleId));
  assert.equal(existsSync(target), false);
  const forced = await exportDocx(uri, { target, force: true });
  assert.equal(forced.written, target);
  assert.ok(hasDocumentXml(readFileSync(target)));
});

test('an unsaved letter comes back as bytes; an unwritable target is a one-line failure', async () => {
  const uri = 'untitled:Untitled-1';
  s.open(uri, SEED_SPLIT);
  await s.waitForDiagnostics(uri);
  const r = await exportDocx(uri);
  assert.ok(r.base64 && hasDocumentXml(Buffer.from(r.base64, 'base64')));
  writeFileSync(join(dir, 'blocker'), 'x');
  const bad = await exportDocx(uri, { target: join(dir, 'blocker', 'x.docx') });
  assert.match(bad.failure ?? '', /^cannot write .*blocker\/x\.docx: (ENOTDIR|EEXIST)$/);
});
