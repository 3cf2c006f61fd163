/** Registry features over the protocol: add-to-registry quick fix, the workspace draft command, completion inserting the 文号. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic } from 'vscode-languageserver-protocol/node';
import { FIXTURES, read } from '../helpers';
import { applyTextEdits, editsFor, startServer, type Session } from './harness';
import { parseRegistryText } from '../../server/src/index';
import type { RegistryDraftResult } from '../../server/src/lsp/protocol';

const WS = join(FIXTURES, 'lsp', 'ws');
const LETTER = join(WS, 'letter.reply.txt');
const REGISTRY = join(WS, 'xiamen.policies.json');
const uri = pathToFileURL(LETTER).href;
const regUri = pathToFileURL(REGISTRY).href;
const text = read(LETTER);
let s: Session;

before(async () => {
  s = await startServer({ locale: 'zh-cn', workspaceFolder: WS });
  s.open(uri, text);
  await s.waitForDiagnostics(uri);
});
after(async () => {
  await s?.close();
});

test('cite-unknown-policy offers “add this citation to the registry”, an edit of the first registry file', async () => {
  const p = await s.waitForDiagnostics(uri);
  const d = p.diagnostics.find((x) => x.code === 'cite-unknown-policy') as Diagnostic;
  assert.ok(d, p.diagnostics.map((x) => x.code).join(' '));
  const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const add = actions.find((a) => /加入政策登记表/.test(a.title));
  assert.ok(add, actions.map((a) => a.title).join(' | '));
  assert.match(add.title, /《厦门市技术转移机构管理办法》/);
  assert.match(add.title, /xiamen\.policies\.json/);
  // The edit touches the registry file only, and the result is a valid registry with the new entry.
  const edits = editsFor(add.edit, regUri);
  assert.ok(edits.length > 0);
  assert.deepEqual(editsFor(add.edit, uri), []);
  const before = read(REGISTRY);
  const after = applyTextEdits(before, edits);
  const parsed = parseRegistryText(after, REGISTRY);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(
    parsed.entries.map((e) => e.title),
    ['厦门市促进科技成果转移转化若干规定', '厦门市科技计划项目管理办法', '厦门市技术转移机构管理办法'],
  );
  // The file on disk is left alone until the client applies the edit.
  assert.equal(read(REGISTRY), before);
});

test('no add-to-registry action on other findings', async () => {
  const p = await s.waitForDiagnostics(uri);
  const other = p.diagnostics.filter((x) => x.code !== 'cite-unknown-policy');
  for (const d of other) {
    const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.ok(!actions.some((a) => /加入政策登记表/.test(a.title)), `${d.code}: ${actions.map((a) => a.title).join(' | ')}`);
  }
});

test('the draft command scans the workspace letters: titles, 文号, counts, where cited', async () => {
  const r = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.buildRegistryDraft', arguments: [{ format: 'json' }] })) as RegistryDraftResult;
  assert.equal(r.format, 'json');
  assert.ok(r.letters >= 1);
  const draft = JSON.parse(r.text) as { policies: Array<{ title: string; docNumber?: string; note: string }> };
  const rule = draft.policies.find((p) => p.title === '厦门市促进科技成果转移转化若干规定');
  assert.ok(rule, r.text);
  assert.equal(rule.docNumber, '厦府规〔2022〕5号');
  assert.match(rule.note, /cited 2×: letter\.reply\.txt:\d+:\d+; letter\.reply\.txt:\d+:\d+/);
  assert.ok(draft.policies.some((p) => p.title === '厦门市技术转移机构管理办法'));
  // The suggestion's own title (…收悉) is not a policy.
  assert.ok(!draft.policies.some((p) => p.title === '关于加快科技成果转化的建议'));
  // And it is valid registry JSON.
  assert.deepEqual(parseRegistryText(r.text, 'draft.policies.json').errors, []);
  const csv = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.buildRegistryDraft', arguments: [{ format: 'csv' }] })) as RegistryDraftResult;
  assert.match(csv.text, /^title,aliases,docNumber/);
});

test('the draft includes open, unsaved letters', async () => {
  const draftUri = pathToFileURL(join(WS, 'unsaved.reply.txt')).href;
  s.open(draftUri, text.replace('《厦门市技术转移机构管理办法》', '《厦门市新型研发机构认定管理办法》（厦科规〔2023〕3号）'));
  await s.waitForDiagnostics(draftUri);
  const r = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.buildRegistryDraft', arguments: [] })) as RegistryDraftResult;
  const draft = JSON.parse(r.text) as { policies: Array<{ title: string; docNumber?: string }> };
  const e = draft.policies.find((p) => p.title === '厦门市新型研发机构认定管理办法');
  assert.ok(e, r.text);
  assert.equal(e.docNumber, '厦科规〔2023〕3号');
  void s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: draftUri } });
});

test('completion after 《: choosing a registry title with its 文号 inserts title》（文号）', async () => {
  const draftUri = pathToFileURL(join(WS, 'complete.reply.txt')).href;
  const draft = text.replace('我局将继续推动科技成果转化工作。', '我局将继续落实《厦门市科技');
  s.open(draftUri, draft);
  await s.waitForDiagnostics(draftUri);
  const i = draft.indexOf('继续落实《厦门市科技') + '继续落实《厦门市科技'.length;
  const head = draft.slice(0, i);
  const position = { line: head.split('\n').length - 1, character: i - head.lastIndexOf('\n') - 1 };
  const items = (await s.conn.sendRequest('textDocument/completion', { textDocument: { uri: draftUri }, position })) as CompletionItem[];
  const withNumber = items.find((x) => x.label === '厦门市科技计划项目管理办法》（厦科规〔2021〕7号）');
  assert.ok(withNumber, items.map((x) => x.label).join(' | '));
  const edit = withNumber.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  const out = applyTextEdits(draft, [edit]);
  assert.ok(out.includes('我局将继续落实《厦门市科技计划项目管理办法》（厦科规〔2021〕7号）'), out);
  void s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: draftUri } });
});
