/// <reference types="mocha" />
// Code actions: the 文号 quick fix, source.fixAll.replylint, and editor.codeActionsOnSave.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { cli, cliPath } from './lib/cli';
import { applyAction, closeAll, openLetter, ours, ruleOf, scratchCopy, setting, settled, textBecomes, waitFor } from './lib/util';

type Action = vscode.CodeAction | vscode.Command;
const isAction = (a: Action): a is vscode.CodeAction => 'edit' in a || 'kind' in a || 'diagnostics' in a;

suite('Code actions', () => {
  suiteTeardown(closeAll);

  test('the 文号 quick fix turns 厦工信函[2023]25号 into 厦工信函〔2023〕25号', async () => {
    const uri = await scratchCopy('seed.reply.txt');
    const { doc, diagnostics } = await openLetter(uri);
    const d = diagnostics.find((x) => ruleOf(x) === 'doc-number-brackets');
    assert.ok(d, 'doc-number-brackets is reported');
    const actions = (await vscode.commands.executeCommand<Action[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)).filter(isAction);
    // (The API returns code actions without their diagnostics: pick the preferred fix by its title.)
    const fix = actions.find((a) => a.isPreferred && a.title.includes('厦工信函[2023]25号'));
    assert.ok(fix, `a preferred quick fix for the 文号 among: ${JSON.stringify(actions.map((a) => ({ title: a.title, isPreferred: a.isPreferred, diagnostics: a.diagnostics?.map(ruleOf) })))}`);
    assert.equal(fix.kind?.value, 'quickfix');
    const original = doc.getText();
    await applyAction(fix);
    await textBecomes(doc, 'the fixed 文号', (t) => t.includes('厦工信函〔2023〕25号'));
    assert.ok(!doc.getText().includes('厦工信函[2023]25号'));
    assert.equal(doc.getText(), original.replace('厦工信函[2023]25号', '厦工信函〔2023〕25号'), 'only the brackets changed');
    const after = await settled(doc);
    assert.ok(!after.diagnostics.some((x) => ruleOf(x) === 'doc-number-brackets'), 'the finding is gone');
  });

  test('source.fixAll.replylint fixes every safe finding, as the CLI --fix does', async () => {
    const uri = await scratchCopy('seed.reply.txt');
    const { doc, diagnostics } = await openLetter(uri);
    const original = doc.getText();
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(original.length));
    const actions = (await vscode.commands.executeCommand<Action[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.replylint')).filter(isAction);
    assert.equal(actions.length, 1, `one fix-all action: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(actions[0].kind?.value, 'source.fixAll.replylint');
    await applyAction(actions[0]);
    const fixed = await textBecomes(doc, 'the fix-all edit', (t) => t !== original);
    assert.ok(fixed.includes('厦工信函〔2023〕25号'), '文号 brackets');
    assert.ok(fixed.includes('郭海峰代表：'), 'full-width colon after the salutation');
    assert.ok(!/[,;]/.test(fixed.slice(0, 6900)), 'no ASCII comma or semicolon left in the body');
    const after = await settled(doc);
    const before = new Set(diagnostics.map(ruleOf));
    assert.ok(before.has('fullwidth-punct') && !after.diagnostics.some((x) => ruleOf(x) === 'fullwidth-punct'), 'fullwidth-punct is gone');
    assert.ok(after.diagnostics.length < diagnostics.length, `fewer findings (${diagnostics.length} → ${after.diagnostics.length})`);
    if (cliPath()) {
      const byCli = cli(['--stdin', '--fix', '--stdin-filename', 'seed.reply.txt', '--no-config-lookup'], original);
      assert.equal(fixed, byCli, 'the editor fixes exactly what the CLI fixes');
    }
  });

  test('editor.codeActionsOnSave with source.fixAll.replylint fixes the letter on save', async () => {
    const restore = await setting('editor', 'codeActionsOnSave', { 'source.fixAll.replylint': 'explicit' }, { languageId: 'plaintext' });
    try {
      const uri = await scratchCopy('drafts/reply-draft.txt');
      const { doc } = await openLetter(uri);
      assert.deepEqual(ours(uri).map(ruleOf), ['doc-number-brackets']);
      // Make the document dirty (a new last line), then save as a user would (Ctrl+S).
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, doc.positionAt(doc.getText().length), '\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the saved file to carry the fix', () => !doc.isDirty && doc.getText().includes('厦教函〔2023〕5号'));
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(onDisk.includes('厦教函〔2023〕5号'), 'the fixed text is on disk');
      const after = await settled(doc);
      assert.deepEqual(after.diagnostics, []);
    } finally {
      await restore();
    }
  });
});
