/**
 * The language server's workspace index over the protocol: the team fixture folder as the
 * workspace, a client that only takes pushed diagnostics and a client that pulls
 * (`textDocument/diagnostic`, `workspace/diagnostic`), and the `replylint/replies` request.
 */
import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { startServer, until, type Session } from '../lsp/harness';
import { tempDir, removeDir } from '../cli/cli-helpers';
import { RepliesRequest, type RepliesResult } from '../../server/src/lsp/protocol';

const TEAM = join(ROOT, 'test', 'fixtures', 'workspace', 'team');
const NAMES = ['01-industry.reply.md', '02-industry-again.reply.md', '03-science.reply.md', '04-draft-overdue.reply.md'];

function folder(): { dir: string; uris: string[]; paths: string[] } {
  const dir = tempDir('replylint-ws-lsp-');
  cpSync(TEAM, dir, { recursive: true });
  const paths = NAMES.map((n) => join(dir, n));
  return { dir, paths, uris: paths.map((p) => pathToFileURL(p).href) };
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

describe('push: a client without pull diagnostics', () => {
  let s: Session;
  let f: ReturnType<typeof folder>;
  before(async () => {
    f = folder();
    s = await startServer({ workspaceFolder: f.dir, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } } });
  });
  after(async () => {
    await s?.close();
    if (f) removeDir(f.dir);
  });

  test('the index is built in the background: letters that are not open get their cross-letter findings, with related places', async () => {
    const p = await s.waitForDiagnostics(f.uris[0], (x) => x.diagnostics.some((d) => d.code === 'duplicate-reply-number'), 20_000);
    const d = p.diagnostics.find((x) => x.code === 'duplicate-reply-number')!;
    assert.equal(d.source, 'replylint-workspace', "apart from the letter's own findings");
    assert.deepEqual(d.range, { start: { line: 6, character: 23 }, end: { line: 6, character: 31 } });
    assert.equal(d.relatedInformation?.[0].location.uri, f.uris[1]);
    assert.deepEqual(d.relatedInformation?.[0].location.range, { start: { line: 6, character: 23 }, end: { line: 6, character: 31 } });
    assert.match(d.relatedInformation![0].message, /02-industry-again\.reply\.md/);
    assert.match(d.codeDescription!.href, /docs\/rules\/duplicate-reply-number\.md$/);
    const other = await s.waitForDiagnostics(f.uris[1], (x) => x.diagnostics.length >= 3);
    assert.deepEqual(codes(other.diagnostics), ['cross-letter-cite-title', 'cross-letter-deputy-name', 'duplicate-reply-number']);
    const late = await s.waitForDiagnostics(f.uris[3], (x) => x.diagnostics.length > 0);
    assert.deepEqual(codes(late.diagnostics), ['reply-overdue']);
  });

  test('an open letter gets its own findings and the cross-letter ones together; an edit that removes the duplicate clears both files', async () => {
    const text = readFileSync(f.paths[1], 'utf8');
    s.open(f.uris[1], text, 'markdown');
    const opened = await s.waitForDiagnostics(f.uris[1], (x) => x.version === 1 && x.diagnostics.some((d) => d.code === 'duplicate-reply-number'));
    assert.ok(opened.diagnostics.some((d) => d.code === 'cross-letter-cite-title'));
    const renumbered = text.replaceAll('20230021', '20230077').replace('郭海代表', '郭海峰代表');
    s.change(f.uris[1], 2, renumbered);
    const first = await s.waitForDiagnostics(f.uris[0], (x) => x.diagnostics.length === 0);
    assert.deepEqual(first.diagnostics, []);
    const own = await s.waitForDiagnostics(f.uris[1], (x) => x.version === 2 && !x.diagnostics.some((d) => d.code === 'duplicate-reply-number'));
    assert.ok(
      own.diagnostics.some((d) => d.code === 'cross-letter-cite-title'),
      'the citation is still a variant',
    );
  });

  test('replylint/replies: one row per letter with number, deputy, category and deadline, and the totals', async () => {
    let r = (await s.conn.sendRequest(RepliesRequest)) as RepliesResult;
    for (let i = 0; i < 100 && (r.indexing || r.rows.length < 4); i++) {
      await new Promise((res) => setTimeout(res, 100));
      r = (await s.conn.sendRequest(RepliesRequest)) as RepliesResult;
    }
    assert.deepEqual(
      r.rows.map((x) => [x.file, x.number, x.deputy, x.category ?? null, x.state]),
      [
        ['01-industry.reply.md', '20230021', '郭海峰', 'A', 'answered'],
        ['02-industry-again.reply.md', '20230077', '郭海峰', 'B', 'answered'],
        ['03-science.reply.md', '20230102', '张华', 'B', 'answered'],
        ['04-draft-overdue.reply.md', '20230140', '李明', null, 'overdue'],
      ],
    );
    assert.equal(r.rows[0].issueDate, '2023-04-10');
    assert.equal(r.rows[3].deadline, '2023-05-10');
    assert.ok(r.rows[3].daysLeft! < 0);
    assert.ok(r.rows[3].counts.warning >= 1, 'the overdue finding counts');
    assert.deepEqual(r.totals, { letters: 4, byCategory: { A: 1, B: 2, '-': 1 }, overdue: 1 });
  });

  test('a letter changed on disk (file event) is read again', async () => {
    const changed = readFileSync(f.paths[2], 'utf8').replace('20230102', '20230021').replace('张华代表', '郭海峰代表');
    writeFileSync(f.paths[2], changed);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: f.uris[2], type: 2 }] });
    const p = await s.waitForDiagnostics(f.uris[2], (x) => x.diagnostics.some((d) => d.code === 'duplicate-reply-number'));
    assert.equal(p.diagnostics.find((d) => d.code === 'duplicate-reply-number')!.relatedInformation?.[0].location.uri, f.uris[0]);
  });
});

describe('pull: a client with textDocument/diagnostic', () => {
  let s: Session;
  let f: ReturnType<typeof folder>;
  let refreshes = 0;
  before(async () => {
    f = folder();
    s = await startServer({
      workspaceFolder: f.dir,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } },
    });
    s.conn.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
  });
  after(async () => {
    await s?.close();
    if (f) removeDir(f.dir);
  });

  test('workspace/diagnostic reports every letter; the cross-letter findings are pulled, not pushed', async () => {
    const r = (await s.conn.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Array<{ uri: string; kind: string; items: Diagnostic[] }> };
    const by = new Map(r.items.map((i) => [i.uri, i]));
    assert.deepEqual([...by.keys()].sort(), [...f.uris].sort());
    assert.deepEqual(codes(by.get(f.uris[0])!.items), ['duplicate-reply-number']);
    assert.deepEqual(codes(by.get(f.uris[1])!.items), ['cross-letter-cite-title', 'cross-letter-deputy-name', 'duplicate-reply-number']);
    assert.equal(by.get(f.uris[1])!.items.find((d) => d.code === 'cross-letter-cite-title')!.relatedInformation?.length, 2);
    assert.deepEqual(codes(by.get(f.uris[2])!.items), []);

    s.open(f.uris[1], readFileSync(f.paths[1], 'utf8'), 'markdown');
    const pushed = await s.waitForDiagnostics(f.uris[1], (x) => x.version === 1);
    assert.ok(!pushed.diagnostics.some((d) => d.code === 'duplicate-reply-number'), "pushed: the letter's own findings only");
    const doc = (await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: f.uris[1] } })) as { kind: string; items: Diagnostic[] };
    assert.equal(doc.kind, 'full');
    assert.ok(doc.items.some((d) => d.code === 'duplicate-reply-number'));
    assert.ok(!s.diagnostics.some((p) => p.uri === f.uris[0]), 'nothing pushed for letters that are not open');

    const before = refreshes;
    s.change(f.uris[1], 2, readFileSync(f.paths[1], 'utf8').replaceAll('20230021', '20230078'));
    await s.waitForDiagnostics(f.uris[1], (x) => x.version === 2);
    assert.ok(await until(() => (refreshes > before ? true : undefined), 10_000), 'the client is asked to pull again');
    const after = (await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: f.uris[0] } })) as { items: Diagnostic[] };
    assert.deepEqual(codes(after.items), []);
  });
});
