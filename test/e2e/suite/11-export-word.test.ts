/// <reference types="mocha" />
// "Reply Lint: Export to Word (GB/T 9704)" in a real VS Code: the client sends the server
// command, the server writes the .docx, and the file opens as a zip with word/document.xml.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { unzipSync } from 'fflate';
import { api, closeAll, openLetter, scratchCopy, workspaceRoot } from './lib/util';

interface ExportResult {
  written?: string;
  errors: number;
  firstErrors: Array<{ line: number; message: string; ruleId: string }>;
  failure?: string;
}

const entries = async (uri: vscode.Uri) => unzipSync(await vscode.workspace.fs.readFile(uri));
const exists = async (uri: vscode.Uri) =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );

suite('Export to Word', () => {
  suiteTeardown(closeAll);

  test('the command is contributed and registered', async () => {
    await api();
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'replylint')!;
    const cmd = ext.packageJSON.contributes.commands.find((c: { command: string }) => c.command === 'replylint.exportToWord');
    assert.ok(cmd, 'replylint.exportToWord contributed');
    assert.ok((await vscode.commands.getCommands(true)).includes('replylint.exportToWord'));
  });

  test('Export to Word (GB/T 9704) writes a .docx of the active letter that opens as a zip with word/document.xml', async () => {
    const uri = await scratchCopy('letter.reply.txt');
    await openLetter(uri);
    const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'exported', 'letter.docx');
    const r = await vscode.commands.executeCommand<ExportResult>('replylint.exportToWord', { target: target.fsPath });
    assert.ok(r, 'a result');
    assert.equal(r.failure, undefined);
    assert.equal(r.errors, 0);
    assert.equal(r.written, target.fsPath);
    const files = await entries(target);
    assert.ok('word/document.xml' in files, Object.keys(files).join(', '));
    assert.ok(new TextDecoder().decode(files['word/document.xml']).includes('李明代表：'));
  });

  test('a letter with errors is not exported unless forced', async () => {
    const uri = await scratchCopy('seed.reply.txt');
    const { diagnostics } = await openLetter(uri);
    assert.ok(diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'exported', 'seed.docx');
    const refused = await vscode.commands.executeCommand<ExportResult>('replylint.exportToWord', { uri: uri.toString(), target: target.fsPath, force: false });
    assert.ok(refused.errors > 0 && refused.firstErrors.length > 0);
    assert.equal(refused.written, undefined);
    assert.equal(await exists(target), false);
    const forced = await vscode.commands.executeCommand<ExportResult>('replylint.exportToWord', { uri: uri.toString(), target: target.fsPath, force: true });
    assert.equal(forced.written, target.fsPath);
    assert.ok('word/document.xml' in (await entries(target)));
  });
});
