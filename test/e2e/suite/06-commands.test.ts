/// <reference types="mocha" />
// Each contributed command runs: new reply from template (every kind lints clean), fix all,
// renumber document, restart server, refresh the structure view, go to an element.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, extension, fixture, open, openLetter, ours, ruleOf, scratchCopy, settled, textBecomes, waitFor } from './lib/util';

suite('Commands', () => {
  suiteTeardown(closeAll);

  test('every command in the manifest is registered', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    const contributed: Array<{ command: string }> = extension().packageJSON.contributes.commands;
    assert.ok(contributed.length >= 5);
    for (const c of contributed) assert.ok(all.has(c.command), `${c.command} is registered`);
  });

  for (const kind of ['npc', 'cppcc', 'cohandle'] as const) {
    test(`New Reply from Template (${kind}) opens a letter that lints clean`, async () => {
      const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('replylint.newReply', { kind, name: '郭海峰', number: '20230019', unit: '厦门市工业和信息化局' });
      assert.ok(doc, 'a document was opened');
      assert.equal(vscode.window.activeTextEditor?.document, doc);
      assert.equal(doc.isUntitled, true);
      assert.ok(doc.getText().includes('第20230019号'), doc.getText());
      assert.ok(doc.getText().includes(kind === 'cppcc' ? '郭海峰委员' : '郭海峰代表'));
      const { status, diagnostics } = await settled(doc, `the ${kind} template`);
      assert.equal(status.isReply, true, 'recognised as a letter by its content');
      assert.deepEqual(
        diagnostics.map((d) => `${ruleOf(d)}: ${d.message}`),
        [],
        'no findings',
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }

  test('Fix All Auto-Fixable Problems edits the active letter', async () => {
    const uri = await scratchCopy('seed.reply.txt');
    const { doc, diagnostics } = await openLetter(uri);
    const applied = await vscode.commands.executeCommand<boolean>('replylint.fixAll');
    assert.equal(applied, true);
    await textBecomes(doc, 'the fixes', (t) => t.includes('厦工信函〔2023〕25号') && t.includes('郭海峰代表：'));
    const after = await settled(doc);
    assert.ok(after.diagnostics.length < diagnostics.length);
    assert.ok(!after.diagnostics.some((d) => ruleOf(d) === 'doc-number-brackets' || ruleOf(d) === 'fullwidth-punct'));
    assert.equal(await vscode.commands.executeCommand<boolean>('replylint.fixAll'), false, 'nothing left to fix the second time');
  });

  test('Renumber Document repairs out-of-sequence headings', async () => {
    const uri = await scratchCopy('renumber.reply.txt');
    const { doc, diagnostics } = await openLetter(uri);
    assert.deepEqual(diagnostics.map(ruleOf), ['numbering-sequence', 'numbering-sequence']);
    assert.equal(await vscode.commands.executeCommand<boolean>('replylint.renumberDocument'), true);
    await textBecomes(doc, 'the renumbering', (t) => t.includes('（二）平台建设') && t.includes('二、下一步工作'));
    assert.ok(!doc.getText().includes('（三）') && !doc.getText().includes('三、'));
    const after = await settled(doc);
    assert.deepEqual(after.diagnostics, []);
  });

  test('Refresh Reply Structure and Go to Element', async () => {
    const a = await api();
    const { doc } = await openLetter(fixture('letter.reply.txt'));
    const data = await a.structure.refresh();
    assert.ok(data && data.isReply && data.uri === doc.uri.toString());
    await vscode.commands.executeCommand('replylint.structure.refresh');
    assert.deepEqual(
      a.structure.data?.sections.map((s) => s.label),
      ['一、基本情况', '二、主要措施', '三、下一步工作'],
    );
    const target = a.structure.data!.sections[1].children[1];
    assert.equal(target.label, '（二）搭建服务平台');
    await open(fixture('seed.reply.txt'));
    await vscode.commands.executeCommand('replylint.structure.reveal', doc.uri.toString(), target.selectionRange);
    const editor = await waitFor(
      'the editor on the revealed heading',
      () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === doc.uri.toString() && e.selection.start.line === target.selectionRange.start.line ? e : undefined;
      },
      { events: [vscode.window.onDidChangeActiveTextEditor, vscode.window.onDidChangeTextEditorSelection] },
    );
    assert.equal(editor.document.getText(editor.selection), '（二）搭建服务平台');
  });

  test('Restart Language Server: a new server checks the letters again', async () => {
    const a = await api();
    const { doc } = await openLetter(fixture('seed.reply.txt'));
    const before = ours(doc.uri).length;
    let statuses = 0;
    const sub = a.status.onDidChange((p) => {
      if (p.uri === doc.uri.toString()) statuses++;
    });
    try {
      await vscode.commands.executeCommand('replylint.restartServer');
      await waitFor('a status from the restarted server', () => statuses > 0 && a.client.isRunning() && ours(doc.uri).length === before, {
        events: [a.status.onDidChange, vscode.languages.onDidChangeDiagnostics],
      });
    } finally {
      sub.dispose();
    }
  });
});
