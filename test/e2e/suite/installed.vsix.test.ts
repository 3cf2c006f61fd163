/// <reference types="mocha" />
// Runs against the .vsix installed into the VS Code under test (what users install), not the
// development folder: the packaged bundles start, check a letter, fix it and outline it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { HAN, applyAction, closeAll, extension, fixture, openLetter, ruleOf, scratchCopy, settled, textBecomes } from './lib/util';

suite('The installed .vsix', () => {
  suiteTeardown(closeAll);

  test('is the extension VS Code loaded (from the extensions folder, not the sources)', async () => {
    const ext = extension();
    const dir = process.env.REPLYLINT_E2E_EXTENSIONS_DIR;
    assert.ok(dir, 'REPLYLINT_E2E_EXTENSIONS_DIR is set');
    assert.equal(path.dirname(ext.extensionPath), path.resolve(dir));
    assert.match(path.basename(ext.extensionPath), /^replylint\.replylint-\d+\.\d+\.\d+$/);
    const files = (await vscode.workspace.fs.readDirectory(ext.extensionUri)).map(([n]) => n).sort();
    assert.ok(files.includes('dist') && files.includes('package.json'), files.join(', '));
    for (const absent of ['server', 'client', 'test', 'node_modules', 'bin']) assert.ok(!files.includes(absent), `${absent}/ is not packaged`);
    const dist = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(ext.extensionUri, 'dist'))).map(([n]) => n).sort();
    // word-export.cjs: the Word export, loaded by the server on the first export only.
    assert.deepEqual(dist, ['extension.cjs', 'server.cjs', 'word-export.cjs']);
  });

  test('checks the seed letter with Chinese messages and rule ids', async () => {
    const { status, diagnostics } = await openLetter(fixture('seed.reply.txt'));
    assert.ok(extension().isActive);
    assert.equal(status.isReply, true);
    assert.ok(diagnostics.length >= 10);
    assert.ok(diagnostics.every((d) => d.source === 'replylint' && HAN.test(d.message)));
    assert.ok(diagnostics.some((d) => ruleOf(d) === 'doc-number-brackets'));
  });

  test('quick-fixes the 文号 and outlines the sections', async () => {
    const uri = await scratchCopy('seed.reply.txt');
    const { doc, diagnostics } = await openLetter(uri);
    const d = diagnostics.find((x) => ruleOf(x) === 'doc-number-brackets')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, 'quickfix');
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix);
    await applyAction(fix);
    await textBecomes(doc, 'the fixed 文号', (t) => t.includes('厦工信函〔2023〕25号'));
    await settled(doc);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const top = symbols.filter((s) => s.kind === vscode.SymbolKind.Namespace);
    assert.deepEqual(
      top.map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、'],
    );
    assert.equal(top[1].children.filter((s) => s.kind === vscode.SymbolKind.Namespace).length, 6);
  });

  test('New Reply from Template lints clean; reply letters do not box full-width punctuation', async () => {
    const doc = await vscode.commands.executeCommand<vscode.TextDocument>('replylint.newReply', { kind: 'npc', name: '郭海峰', number: '20230019', unit: '厦门市工业和信息化局' });
    const { status, diagnostics } = await settled(doc, 'the template');
    assert.equal(status.isReply, true);
    assert.deepEqual(diagnostics, []);
    for (const languageId of ['plaintext', 'markdown']) {
      assert.equal(vscode.workspace.getConfiguration('editor', { languageId }).get('unicodeHighlight.ambiguousCharacters'), false, languageId);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
