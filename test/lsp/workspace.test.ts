/** A real folder: config lookup, the policy registry in hover/completion/structure, config-file diagnostics. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { FIXTURES, read } from '../helpers';
import { startServer, type Session } from './harness';
import type { StructureResult } from '../../server/src/lsp/protocol';

const WS = join(FIXTURES, 'lsp', 'ws');
const LETTER = join(WS, 'letter.reply.txt');
const uri = pathToFileURL(LETTER).href;
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

const at = (needle: string, delta: number) => {
  const i = text.indexOf(needle) + delta;
  const before = text.slice(0, i);
  return { line: before.split('\n').length - 1, character: i - before.lastIndexOf('\n') - 1 };
};

test('the folder’s .replylintrc.json applies (its registry rule fires)', async () => {
  const p = await s.waitForDiagnostics(uri);
  assert.ok(
    p.diagnostics.some((d) => d.code === 'cite-unknown-policy'),
    p.diagnostics.map((d) => d.code).join(' '),
  );
});

test('hover shows what the registry knows, or that it does not know the title', async () => {
  const known = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: at('《厦门市促进科技成果转移转化若干规定》', 2) })) as Hover;
  const v = (known.contents as MarkupContent).value;
  assert.match(v, /政策登记表：《厦门市促进科技成果转移转化若干规定》（厦府规〔2022〕5号）/);
  assert.match(v, /发文机关：厦门市人民政府/);
  assert.match(v, /现行有效/);
  const unknown = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: at('《厦门市技术转移机构管理办法》', 2) })) as Hover;
  assert.match((unknown.contents as MarkupContent).value, /政策登记表中没有这份文件/);
});

test('completion after 《 includes registry titles', async () => {
  const draftUri = pathToFileURL(join(WS, 'draft.reply.txt')).href;
  const draft = text.replace('我局将继续推动科技成果转化工作。', '我局将继续落实《');
  s.open(draftUri, draft);
  await s.waitForDiagnostics(draftUri);
  const i = draft.indexOf('继续落实《') + 5;
  const before = draft.slice(0, i);
  const items = (await s.conn.sendRequest('textDocument/completion', {
    textDocument: { uri: draftUri },
    position: { line: before.split('\n').length - 1, character: i - before.lastIndexOf('\n') - 1 },
  })) as CompletionItem[];
  const reg = items.find((x) => x.label === '厦门市科技计划项目管理办法');
  assert.ok(reg, items.map((x) => x.label).join(' | '));
  assert.equal(reg.detail, '政策登记表');
  assert.ok(items.some((x) => x.label === '厦门市科技计划项目管理办法》（厦科规〔2021〕7号）'));
});

test('structure: cited policies carry their registry status', async () => {
  const r = (await s.conn.sendRequest('replylint/structure', { uri })) as StructureResult;
  const by = Object.fromEntries(r.citations.map((c) => [c.title, c.status]));
  assert.equal(by['厦门市促进科技成果转移转化若干规定'], 'ok');
  assert.notEqual(by['厦门市技术转移机构管理办法'], 'ok');
});

test('.replylintrc.json gets diagnostics from the config validator, not letter findings', async () => {
  const cfgUri = pathToFileURL(join(WS, 'sub', '.replylintrc.json')).href;
  const cfg = '{\n  "rules": {\n    "no-such-rule": "error"\n  },\n  "profile": "nowhere"\n}\n';
  s.open(cfgUri, cfg, 'json');
  const p = await s.waitForDiagnostics(cfgUri, (x) => x.diagnostics.length > 0);
  for (const d of p.diagnostics) {
    assert.equal(d.source, 'replylint');
    assert.equal(d.code, 'config');
  }
  assert.ok(
    p.diagnostics.some((d) => d.range.start.line === 2),
    JSON.stringify(p.diagnostics),
  );
  // Fixed text clears them.
  void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: cfgUri, version: 2 }, contentChanges: [{ text: '{ "profile": "xiamen" }\n' }] });
  const fixed = await s.waitForDiagnostics(cfgUri, (x) => x.version === 2);
  assert.deepEqual(fixed.diagnostics, []);
});
