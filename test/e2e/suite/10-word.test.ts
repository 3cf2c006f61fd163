/// <reference types="mocha" />
// Word letters: "Check Word Document" opens the letter extracted from a .docx as a read-only view
// with diagnostics and the outline, which follows the file on disk; "Write Reviewed Copy" writes
// NAME.reviewed.docx beside it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, fixture, rules, scratchCopy, settled, textBecomes } from './lib/util';

const SECTION = vscode.SymbolKind.Namespace;

async function checkWord(file: vscode.Uri): Promise<vscode.TextDocument> {
  await api();
  const editor = await vscode.commands.executeCommand<vscode.TextEditor>('replylint.checkWordDocument', file);
  assert.ok(editor, 'the view opened');
  return editor.document;
}

suite('Word letters (.docx)', () => {
  suiteTeardown(closeAll);

  test('Check Word Document: the extracted letter, one line per paragraph, with diagnostics and the outline', async () => {
    const doc = await checkWord(fixture('seed.docx'));
    assert.equal(doc.uri.scheme, 'replylint-docx');
    assert.equal(doc.lineAt(0).text, '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函');
    assert.equal(doc.lineAt(1).text, '厦工信函[2023]25号');
    const { status, diagnostics } = await settled(doc, 'seed.docx view');
    assert.ok(status.isReply);
    const ids = rules(doc.uri);
    for (const id of ['doc-number-brackets', 'jiezhi-vs-jiezhi', 'typo-lexicon', 'year-missing-nian']) assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    const bracket = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'doc-number-brackets');
    assert.equal(bracket?.range.start.line, 1);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepEqual(
      symbols.filter((s) => s.kind === SECTION).map((s) => s.name.slice(0, 2)),
      ['一、', '二、', '三、'],
    );
    // Read-only: its fixes are made by the review, not as edits (no quick fixes offered).
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, bracket!.range);
    assert.equal(actions.filter((a) => a.title && /〔/.test(a.title)).length, 0);
    // Typing into the view does nothing.
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(doc.lineAt(0).text, '厦门市工业和信息化局关于市十六届人大二次会议第20230019号建议办理情况答复的函');
    assert.equal(doc.isDirty, false);
  });

  test('Write Reviewed Copy writes NAME.reviewed.docx beside the file; the view follows the file when it changes on disk', async () => {
    const file = await scratchCopy('seed.docx');
    const r = await vscode.commands.executeCommand<{ output?: string; comments?: number; changes?: number; error?: string }>('replylint.writeReviewedCopy', file);
    assert.equal(r?.error, undefined);
    const copy = vscode.Uri.parse(r!.output!);
    assert.equal(copy.path, file.path.replace(/\.docx$/, '.reviewed.docx'));
    assert.ok((r!.comments ?? 0) > 20 && (r!.changes ?? 0) > 250, JSON.stringify(r));
    const doc = await checkWord(file);
    await settled(doc, 'scratch view');
    // The reviewed copy read with its changes accepted: 〔2023〕 in place of [2023].
    await vscode.workspace.fs.writeFile(file, await vscode.workspace.fs.readFile(copy));
    await textBecomes(doc, 'the view after the file changed', (t) => t.split('\n')[1] === '厦工信函〔2023〕25号');
    await settled(doc, 'the changed view');
    assert.ok(!rules(doc.uri).includes('doc-number-brackets'));
  });

  test('a file that is not a Word document opens no view', async () => {
    const bad = vscode.Uri.joinPath(fixture('seed.docx'), '..', 'scratch', 'not-word.docx');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('这不是 Word 文档'));
    await api();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('replylint.checkWordDocument', bad);
    assert.equal(editor, undefined);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'replylint-docx' && d.uri.path.endsWith('not-word.docx')));
  });
});
