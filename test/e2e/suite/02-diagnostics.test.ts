/// <reference types="mocha" />
// Diagnostics: Chinese messages with rule ids and severities, the same findings as the CLI,
// and updates while typing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cli, cliPath } from './lib/cli';
import { HAN, closeAll, fixture, open, openLetter, ours, ruleOf, scratchCopy, settled, textBecomes, waitFor } from './lib/util';

suite('Diagnostics', () => {
  suiteTeardown(closeAll);

  test('the seed letter shows Chinese messages with rule ids and severities', async () => {
    const { diagnostics } = await openLetter(fixture('seed.reply.txt'));
    for (const d of diagnostics) {
      assert.equal(d.source, 'replylint');
      assert.match(ruleOf(d), /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `rule id ${ruleOf(d)}`);
      assert.match(d.message, HAN, `Chinese message: ${d.message}`);
    }
    const docNumber = diagnostics.find((d) => ruleOf(d) === 'doc-number-brackets');
    assert.ok(docNumber, 'doc-number-brackets is reported');
    assert.equal(docNumber.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(docNumber.message, '发文字号“厦工信函[2023]25号”的年份应使用六角括号“〔〕”');
    assert.deepEqual([docNumber.range.start.line, docNumber.range.start.character], [0, 43]);
    const doc = await open(fixture('seed.reply.txt'));
    assert.equal(doc.getText(docNumber.range), '厦工信函[2023]25号');
    const severities = new Set(diagnostics.map((d) => d.severity));
    assert.deepEqual([...severities].sort(), [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information].sort());
    assert.ok(
      diagnostics.some((d) => ruleOf(d) === 'typo-lexicon' && d.message.includes('奥林匹克')),
      '奥利匹克 → 奥林匹克',
    );
  });

  test('the editor reports exactly what the CLI reports', async function () {
    if (!cliPath()) this.skip();
    for (const rel of ['seed.reply.txt', 'letter.reply.md', 'renumber.reply.txt', 'drafts/reply-draft.txt']) {
      const uri = fixture(rel);
      const { diagnostics } = await openLetter(uri, false);
      const report = JSON.parse(cli(['--format', 'json', '--no-config-lookup', uri.fsPath])) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
      const expected = report[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort();
      const actual = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)} ${d.message}`).sort();
      assert.deepEqual(actual, expected, rel);
    }
  });

  test('findings follow the text while typing (no save)', async () => {
    const uri = await scratchCopy('letter.reply.txt');
    const { doc, diagnostics } = await openLetter(uri);
    assert.deepEqual(diagnostics, [], 'the multi-line letter is clean');
    const at = doc.getText().indexOf('厦科函〔2023〕12号');
    const range = new vscode.Range(doc.positionAt(at + 3), doc.positionAt(at + 9));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, range, '[2023]');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await textBecomes(doc, 'the edit', (t) => t.includes('厦科函[2023]12号'));
    const after = await settled(doc);
    assert.deepEqual(after.diagnostics.map(ruleOf), ['doc-number-brackets']);
    await vscode.commands.executeCommand('undo');
    await waitFor('the finding to go after undo', () => doc.getText().includes('厦科函〔2023〕12号') && ours(uri).length === 0);
    assert.ok(doc.isDirty === false || doc.getText().includes('〔2023〕'));
  });
});
