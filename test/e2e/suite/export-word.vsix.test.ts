/// <reference types="mocha" />
// The installed .vsix exports to Word: the server loads its Word writer (dist/word-export.cjs,
// packaged beside dist/server.cjs) on the first export.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { unzipSync } from 'fflate';
import { closeAll, fixture, openLetter, workspaceRoot } from './lib/util';

suite('Installed .vsix: Export to Word', () => {
  suiteTeardown(closeAll);

  test('writes a .docx that opens as a zip with word/document.xml', async () => {
    await openLetter(fixture('letter.reply.txt'));
    const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'vsix-export', 'letter.docx');
    const r = await vscode.commands.executeCommand<{ written?: string; errors: number; failure?: string }>('replylint.exportToWord', { target: target.fsPath });
    assert.deepEqual([r?.errors, r?.failure, r?.written], [0, undefined, target.fsPath]);
    assert.ok('word/document.xml' in unzipSync(await vscode.workspace.fs.readFile(target)));
  });
});
