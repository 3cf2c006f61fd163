/** Outline, folding, hover, completion, the structure request, and robustness, over the protocol. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { FIXTURES, SEED, read } from '../helpers';
import { applyTextEdits, startServer, type Session } from './harness';
import type { StructureResult } from '../../server/src/lsp/protocol';

const seed = read(SEED);
const SEED_URI = 'file:///ws/f/seed.reply.txt';
const LETTER_URI = 'file:///ws/f/letter.reply.txt';
const letter = read(join(FIXTURES, 'lsp', 'letter.reply.txt'));
let s: Session;
let en: Session;

before(async () => {
  [s, en] = await Promise.all([startServer({ locale: 'zh-CN' }), startServer({ locale: 'en-US' })]);
  for (const x of [s, en]) {
    x.open(SEED_URI, seed);
    x.open(LETTER_URI, letter);
    await Promise.all([x.waitForDiagnostics(SEED_URI), x.waitForDiagnostics(LETTER_URI)]);
  }
});
after(async () => {
  await Promise.all([s?.close(), en?.close()]);
});

const pos = (text: string, needle: string, delta = 0) => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” in text`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
};

test('document symbols of the seed: title, 三 top-level sections, （一）…（六） under 二, 1.…3. under （三）, footer', async () => {
  const syms = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } })) as DocumentSymbol[];
  const sections = syms.filter((x) => /^[一二三四五六七八九十]+、/.test(x.name));
  assert.deepEqual(
    sections.map((x) => x.name),
    ['一、办理工作背景', '二、措施与成效', '三、下一步工作措施'],
  );
  assert.match(syms[0].name, /^厦门市工业和信息化局关于/);
  assert.equal(syms.length, 5, syms.map((x) => x.name).join(' | '));
  assert.equal(syms[syms.length - 1].name, '落款');
  const two = sections[1];
  assert.deepEqual(
    two.children!.map((c) => c.name.slice(0, 3)),
    ['(一)', '(二)', '(三)', '(四)', '(五)', '(六)'],
  );
  const three = two.children![2];
  assert.deepEqual(
    three.children!.map((c) => c.name.slice(0, 2)),
    ['1.', '2.', '3.'],
  );
  assert.match(three.children![0].name, /^1\.提升企业创新能力/);
  // Each child lies inside its parent; the selection inside the range.
  const inside = (a: DocumentSymbol['range'], b: DocumentSymbol['range']) =>
    (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) && (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
  const check = (x: DocumentSymbol) => {
    assert.ok(inside(x.selectionRange, x.range), x.name);
    for (const c of x.children ?? []) {
      assert.ok(inside(c.range, x.range), `${c.name} inside ${x.name}`);
      check(c);
    }
  };
  syms.forEach(check);
  const footer = syms[syms.length - 1];
  assert.ok(footer.children!.some((c) => c.name.includes('周桂良')));
});

test('symbol details follow the locale', async () => {
  const zhSyms = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LETTER_URI } })) as DocumentSymbol[];
  const enSyms = (await en.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LETTER_URI } })) as DocumentSymbol[];
  assert.equal(zhSyms.find((x) => x.name.startsWith('一、'))!.detail, '一级标题');
  assert.equal(enSyms.find((x) => x.name.startsWith('一、'))!.detail, 'Level 1');
  assert.equal(enSyms[enSyms.length - 1].name, 'Footer');
});

test('folding ranges: one per section of a multi-line letter, none on a one-line letter', async () => {
  const ranges = (await s.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: LETTER_URI } })) as FoldingRange[];
  const lines = letter.split('\n');
  const starts = ranges.map((r) => lines[r.startLine]);
  for (const h of ['一、基本情况', '二、主要措施', '（一）完善政策体系', '（二）搭建服务平台', '三、下一步工作']) assert.ok(starts.includes(h), `fold at ${h}`);
  const two = ranges.find((r) => lines[r.startLine] === '二、主要措施')!;
  assert.equal(lines[two.endLine], '建设科技成果转化服务平台，提供一站式服务。');
  for (const r of ranges) assert.ok(r.endLine > r.startLine);
  const none = (await s.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: SEED_URI } })) as FoldingRange[];
  assert.deepEqual(none, []);
});

test('hover on a 《title》 tells what the letter cites, with its 文号', async () => {
  const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: LETTER_URI }, position: pos(letter, '《厦门市促进科技成果转移转化若干规定》', 3) })) as Hover;
  const v = (h.contents as MarkupContent).value;
  assert.match(v, /厦门市促进科技成果转移转化若干规定/);
  assert.match(v, /本函引用 2 次/);
  assert.match(v, /厦府规〔2022〕5号/);
  // The seed cites the same title: the other open document is counted.
  assert.match(v, /另有 1 个打开的文档/);
  const e = (await en.conn.sendRequest('textDocument/hover', { textDocument: { uri: LETTER_URI }, position: pos(letter, '《厦门市促进科技成果转移转化若干规定》', 3) })) as Hover;
  assert.match((e.contents as MarkupContent).value, /Cited 2 time/);
});

test('hover on a 文号: the letter’s own number and a cited one', async () => {
  const own = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: LETTER_URI }, position: pos(letter, '厦科函〔2023〕12号', 2) })) as Hover;
  assert.match((own.contents as MarkupContent).value, /本函的发文字号/);
  assert.match((own.contents as MarkupContent).value, /厦科函/);
  const cited = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: SEED_URI }, position: pos(seed, '厦府规〔2022〕2号', 2) })) as Hover;
  const v = (cited.contents as MarkupContent).value;
  assert.match(v, /引用文件的文号/);
  assert.match(v, /厦门市人民政府关于加快推进软件和新兴数字产业发展若干措施的通知/);
  const nothing = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: LETTER_URI }, position: pos(letter, '我局将继续', 1) });
  assert.equal(nothing, null);
});

test('hover on the salutation shows the letter’s kind and what it requires', async () => {
  const line = letter.split('\n').find((l) => /代表：$/.test(l.trim()))!;
  const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: LETTER_URI }, position: pos(letter, line.trim(), 1) })) as Hover;
  const v = (h.contents as MarkupContent).value;
  assert.match(v, /信函类型：答复人大代表建议/);
  assert.match(v, /此类信函须有：“收悉”、建议（提案）编号、“现答复如下：”、结束语/);
  const e = (await en.conn.sendRequest('textDocument/hover', { textDocument: { uri: LETTER_URI }, position: pos(letter, line.trim(), 1) })) as Hover;
  assert.match((e.contents as MarkupContent).value, /Letter kind: reply to a deputy’s suggestion/);
});

test('hover on a rule id in a Markdown disable comment shows the rule', async () => {
  const uri = 'file:///ws/f/disabled.reply.md';
  const text = read(join(FIXTURES, 'lsp', 'letter.reply.md')).replace('厦科函[2023]13号', '<!-- replylint-disable-next-line doc-number-brackets -->\n厦科函[2023]13号');
  s.open(uri, text, 'markdown');
  await s.waitForDiagnostics(uri);
  const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(text, 'doc-number-brackets', 4) })) as Hover;
  const v = (h.contents as MarkupContent).value;
  assert.match(v, /doc-number-brackets/);
  assert.match(v, /H06/);
  assert.match(v, /docs\/rules\/doc-number-brackets\.md/);
});

test('completion after 《 offers titles cited in open documents, and 文号 after 〔', async () => {
  const uri = 'file:///ws/f/draft.reply.txt';
  const text = letter.replace('我局将继续推动科技成果转化工作。', '我局将继续落实《');
  s.open(uri, text);
  await s.waitForDiagnostics(uri);
  const at = pos(text, '继续落实《', 5);
  const items = (await s.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: at, context: { triggerKind: 2, triggerCharacter: '《' } })) as CompletionItem[];
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('厦门市促进科技成果转移转化若干规定'), labels.slice(0, 10).join(' | '));
  // From the seed (another open document):
  assert.ok(labels.includes('厦门市制造业创新中心建设管理办法(试行)'));
  // The suggestion's own title is not offered as a policy.
  assert.ok(!labels.includes('关于加快科技成果转化的建议'));
  const withNumber = items.find((i) => i.label === '厦门市促进科技成果转移转化若干规定》（厦府规〔2022〕5号）');
  assert.ok(withNumber, labels.filter((l) => l.includes('》')).join(' | '));
  const out = applyTextEdits(text, [withNumber.textEdit as { range: never; newText: string }]);
  assert.ok(out.includes('我局将继续落实《厦门市促进科技成果转移转化若干规定》（厦府规〔2022〕5号）'));
  // After 厦府规〔 the known numbers of that agency.
  const text2 = letter.replace('我局将继续推动科技成果转化工作。', '依据厦府规〔');
  const uri2 = 'file:///ws/f/draft2.reply.txt';
  s.open(uri2, text2);
  await s.waitForDiagnostics(uri2);
  const nums = (await s.conn.sendRequest('textDocument/completion', { textDocument: { uri: uri2 }, position: pos(text2, '厦府规〔', 4) })) as CompletionItem[];
  assert.ok(nums.some((i) => i.label === '厦府规〔2022〕2号'));
  assert.ok(nums.every((i) => i.label.startsWith('厦府规')));
  // Elsewhere, nothing.
  const none = (await s.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: pos(text, '我局作为', 1) })) as CompletionItem[];
  assert.deepEqual(none, []);
});

test('replylint/structure: checklist, sections and cited policies', async () => {
  const r = (await s.conn.sendRequest('replylint/structure', { uri: SEED_URI })) as StructureResult;
  assert.equal(r.isReply, true);
  assert.equal(r.profile, 'generic');
  // The letter's kind, as the parser read it, with its label (Chinese without a client locale).
  assert.deepEqual(r.kind, { id: 'suggestion-reply', label: '答复人大代表建议' });
  const byId = Object.fromEntries(r.checklist.map((c) => [c.id, c]));
  for (const id of ['title', 'salutation', 'acknowledgement', 'body', 'closing', 'issuer', 'issueDate']) {
    assert.equal(byId[id].present, true, id);
    assert.equal(byId[id].required, true, id);
    assert.ok(byId[id].range, id);
  }
  assert.equal(byId.cc.present, false);
  assert.equal(byId.cc.required, false);
  assert.deepEqual(
    r.sections.map((x) => x.label),
    ['一、办理工作背景', '二、措施与成效', '三、下一步工作措施'],
  );
  assert.equal(r.sections[1].children.length, 6);
  const cited = r.citations.find((c) => c.title.startsWith('厦门市人民政府关于加快推进软件'));
  assert.equal(cited?.docNumber, '厦府规〔2022〕2号');
  assert.ok(r.citations.every((c) => ['ok', 'problem', 'unknown'].includes(c.status)));
  assert.ok(r.counts.error >= 1);
  const notLetter = 'file:///ws/f/notes.md';
  s.open(notLetter, '# Notes\n\nnothing here\n', 'markdown');
  const n = (await s.conn.sendRequest('replylint/structure', { uri: notLetter })) as StructureResult;
  assert.equal(n.isReply, false);
  assert.equal(await s.conn.sendRequest('replylint/structure', { uri: 'file:///nowhere.txt' }), null);
});

test('the server survives malformed requests and unknown documents', async () => {
  const bad: Array<[string, unknown]> = [
    ['textDocument/hover', {}],
    ['textDocument/hover', { textDocument: { uri: SEED_URI } }],
    ['textDocument/hover', { textDocument: { uri: 42 }, position: 'x' }],
    ['textDocument/completion', null],
    ['textDocument/codeAction', { textDocument: { uri: SEED_URI } }],
    [
      'textDocument/codeAction',
      {
        textDocument: { uri: SEED_URI },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        context: {
          diagnostics: [
            { source: 'replylint', data: 'junk' },
            { source: 'replylint', data: { ruleId: 'x', version: 1, fix: 'no' } },
          ],
        },
      },
    ],
    ['textDocument/documentSymbol', { textDocument: { uri: 'file:///not-open.txt' } }],
    ['textDocument/foldingRange', []],
    ['workspace/executeCommand', { command: 'replylint.server.fixAll', arguments: ['file:///not-open.txt'] }],
    ['workspace/executeCommand', { command: 'replylint.server.renumberLevel', arguments: [SEED_URI, 1, { line: 'a' }] }],
    ['workspace/executeCommand', {}],
    ['replylint/structure', 'nonsense'],
    ['no/such/method', { a: 1 }],
  ];
  for (const [method, params] of bad) {
    await s.conn.sendRequest(method, params).then(
      () => undefined,
      () => undefined,
    );
  }
  // Malformed notifications too.
  void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.txt', version: 3 }, contentChanges: [{ text: 'x' }] });
  void s.conn.sendNotification('textDocument/didOpen', {});
  const syms = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } })) as DocumentSymbol[];
  assert.ok(syms.length > 3, 'still answering');
  assert.equal(s.proc.exitCode, null);
});
