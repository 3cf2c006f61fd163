import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

suite('VS Code under test', () => {
  test('is a real VS Code with the extension under development loaded', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    assert.ok(vscode.extensions.getExtension('replylint.replylint'), 'replylint.replylint is loaded');
  });
});
