/** Code actions over the protocol: quick fixes from Diagnostic.data, fix-all, renumbering, disable comments. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { FIXTURES, SEED, lintText, read } from '../helpers';
import { applyTextEdits, editsFor, startServer, type Session } from './harness';

const seed = read(SEED);
let s: Session;
before(async () => {
  s = await startServer({ locale: 'zh-cn' });
});
after(async () => {
  await s?.close();
});

async function actions(uri: string, diagnostics: Diagnostic[], range = diagnostics[0]?.range, only?: string[]): Promise<CodeAction[]> {
  const r = range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: r, context: { diagnostics, only } })) as CodeAction[];
}

test('the preferred quick fix turns 厦工信函[2023]25号 into 厦工信函〔2023〕25号', async () => {
  const uri = 'file:///ws/qf/seed.reply.txt';
  s.open(uri, seed);
  const p = await s.waitForDiagnostics(uri);
  const d = p.diagnostics.find((x) => x.code === 'doc-number-brackets')!;
  const list = await actions(uri, [d]);
  const fix = list.find((a) => a.isPreferred);
  assert.ok(fix, 'a preferred quick fix');
  assert.equal(fix.kind, 'quickfix');
  assert.deepEqual(
    fix.diagnostics?.map((x) => x.code),
    ['doc-number-brackets'],
  );
  const out = applyTextEdits(seed, editsFor(fix.edit, uri));
  assert.ok(out.includes('厦工信函〔2023〕25号'));
  assert.ok(!out.includes('厦工信函[2023]25号'));
  assert.equal(out.length, seed.length);
  // Only the brackets changed.
  assert.equal(out.replace('〔2023〕', '[2023]'), seed);
});

test('a multi-edit fix (the aggregated half-width finding) becomes several TextEdits', async () => {
  const uri = 'file:///ws/qf/seed.reply.txt';
  const p = await s.waitForDiagnostics(uri);
  const d = p.diagnostics.find((x) => x.code === 'fullwidth-punct')!;
  const fix = (await actions(uri, [d])).find((a) => a.isPreferred)!;
  const edits = editsFor(fix.edit, uri);
  assert.ok(edits.length > 100, `edits: ${edits.length}`);
  const out = applyTextEdits(seed, edits);
  assert.ok(!lintText(out).messages.some((m) => m.ruleId === 'fullwidth-punct'));
});

test('suggestions are offered as (non-preferred) quick fixes', async () => {
  const uri = 'file:///ws/qf/seed.reply.txt';
  const p = await s.waitForDiagnostics(uri);
  const d = p.diagnostics.find((x) => (x.data as { suggestions?: unknown[] }).suggestions?.length && !(x.data as { fix?: unknown }).fix);
  assert.ok(d, 'a diagnostic with suggestions only');
  const list = await actions(uri, [d]);
  const titles = (d.data as { suggestions: Array<{ title: string }> }).suggestions.map((x) => x.title);
  for (const t of titles)
    assert.ok(
      list.some((a) => a.title === t && !a.isPreferred),
      `suggestion “${t}” offered`,
    );
});

test('source.fixAll.replylint leaves nothing fixable', async () => {
  const uri = 'file:///ws/qf/seed.reply.txt';
  await s.waitForDiagnostics(uri);
  const list = await actions(uri, [], undefined, ['source.fixAll']);
  assert.equal(list.length, 1);
  assert.equal(list[0].kind, 'source.fixAll.replylint');
  const out = applyTextEdits(seed, editsFor(list[0].edit, uri));
  assert.notEqual(out, seed);
  const again = lintText(out).messages;
  assert.deepEqual(
    again.filter((m) => m.fix).map((m) => m.ruleId),
    [],
  );
  assert.ok(out.includes('厦工信函〔2023〕25号'));
  // Asking for the exact kind works too; unrelated kinds get nothing.
  assert.equal((await actions(uri, [], undefined, ['source.fixAll.replylint'])).length, 1);
  assert.equal((await actions(uri, [], undefined, ['source.organizeImports'])).length, 0);
});

test('“fix all problems of this rule” fixes every finding of that rule only', async () => {
  const uri = 'file:///ws/qf/rule.reply.txt';
  const base = read(join(FIXTURES, 'lsp', 'letter.reply.txt'));
  // Two cited numbers with square brackets (cite-docnum-format) and one header number (another rule).
  const text = base.replace('厦科函〔2023〕12号', '厦科函[2023]12号').replaceAll('厦府规〔2022〕5号', '厦府规[2022]5号');
  s.open(uri, text);
  const p = await s.waitForDiagnostics(uri);
  const ds = p.diagnostics.filter((d) => d.code === 'cite-docnum-format');
  assert.ok(ds.length >= 2, `findings: ${ds.length}`);
  const list = await actions(uri, [ds[0]]);
  const all = list.find((a) => a.title.includes('cite-docnum-format'));
  assert.ok(all, list.map((a) => a.title).join(' | '));
  const out = applyTextEdits(text, editsFor(all.edit, uri));
  assert.equal(out, base.replace('厦科函〔2023〕12号', '厦科函[2023]12号'));
});

test('workspace/executeCommand fix-all applies the edit through workspace/applyEdit', async () => {
  const uri = 'file:///ws/qf/cmd.reply.txt';
  s.open(uri, seed);
  await s.waitForDiagnostics(uri);
  const before = s.applied.length;
  const res = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.fixAll', arguments: [uri, 1] })) as { applied: boolean };
  assert.equal(res.applied, true);
  assert.equal(s.applied.length, before + 1);
  const out = applyTextEdits(seed, editsFor(s.applied[before], uri));
  assert.deepEqual(
    lintText(out)
      .messages.filter((m) => m.fix)
      .map((m) => m.ruleId),
    [],
  );
  // A command for an older version is refused.
  const stale = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.fixAll', arguments: [uri, 0] })) as { applied: boolean };
  assert.equal(stale.applied, false);
});

test('renumber this level and renumber document', async () => {
  const uri = 'file:///ws/qf/renumber.reply.txt';
  const text = read(join(FIXTURES, 'lsp', 'renumber.reply.txt'));
  s.open(uri, text);
  const p = await s.waitForDiagnostics(uri);
  const seq = p.diagnostics.find((d) => d.code === 'numbering-sequence')!;
  assert.ok(seq);
  const list = await actions(uri, [seq], seq.range);
  const level = list.find((a) => /重排本级编号/.test(a.title));
  const doc = list.find((a) => /重排全文编号/.test(a.title));
  assert.ok(level && doc, list.map((a) => a.title).join(' | '));
  const one = applyTextEdits(text, editsFor(level.edit, uri));
  assert.ok(one.includes('（二）平台建设'));
  assert.ok(one.includes('三、下一步工作'), 'another level is left alone');
  const whole = applyTextEdits(text, editsFor(doc.edit, uri));
  assert.ok(whole.includes('（二）平台建设') && whole.includes('二、下一步工作') && whole.includes('二是引进人才'));
  assert.deepEqual(
    lintText(whole).messages.filter((m) => /numbering-sequence|inline-enum-sequence/.test(m.ruleId)),
    [],
  );
  // Without a numbering diagnostic, renumbering is a refactoring.
  const refactors = await actions(uri, [], { start: seq.range.start, end: seq.range.start }, ['refactor.rewrite']);
  assert.ok(refactors.some((a) => a.kind === 'refactor.rewrite'));
  // The command form, on the whole document.
  const before = s.applied.length;
  const res = (await s.conn.sendRequest('workspace/executeCommand', { command: 'replylint.server.renumberDocument', arguments: [uri] })) as { applied: boolean };
  assert.equal(res.applied, true);
  assert.equal(applyTextEdits(text, editsFor(s.applied[before], uri)), whole);
});

test('Markdown: “disable this rule here” inserts a disable comment that silences the finding', async () => {
  const uri = 'file:///ws/qf/letter.reply.md';
  const text = read(join(FIXTURES, 'lsp', 'letter.reply.md'));
  s.open(uri, text, 'markdown');
  const p = await s.waitForDiagnostics(uri);
  const d = p.diagnostics.find((x) => x.code === 'doc-number-brackets')!;
  assert.ok(d);
  const list = await actions(uri, [d]);
  const disable = list.find((a) => a.title.includes('停用'));
  assert.ok(disable, list.map((a) => a.title).join(' | '));
  const out = applyTextEdits(text, editsFor(disable.edit, uri));
  assert.ok(out.includes('<!-- replylint-disable-next-line doc-number-brackets -->\n厦科函[2023]13号'));
  assert.ok(!lintText(out, {}, 'letter.md').messages.some((m) => m.ruleId === 'doc-number-brackets'));
  // Plain text gets no disable action.
  const seedUri = 'file:///ws/qf/seed.reply.txt';
  const sd = (await s.waitForDiagnostics(seedUri)).diagnostics.find((x) => x.code === 'doc-number-brackets')!;
  assert.ok(!(await actions(seedUri, [sd])).some((a) => a.title.includes('停用')));
});

test('a diagnostic from an older version yields no stale edit', async () => {
  const uri = 'file:///ws/qf/old.reply.txt';
  const base = read(join(FIXTURES, 'lsp', 'letter.reply.txt')).replace('厦科函〔2023〕12号', '厦科函[2023]12号');
  s.open(uri, base);
  const p = await s.waitForDiagnostics(uri);
  const d = p.diagnostics.find((x) => x.code === 'doc-number-brackets')!;
  s.change(uri, 2, '前言\n' + base);
  await s.waitForDiagnostics(uri, (x) => x.version === 2);
  const list = await actions(uri, [d]);
  assert.ok(!list.some((a) => a.isPreferred));
});
