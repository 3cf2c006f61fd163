/// <reference types="mocha" />
// Letters together: the team fixture letters (test/fixtures/workspace/team) are written into the
// workspace while VS Code runs; the server's workspace index picks them up from file events,
// the cross-letter findings appear on both letters of a duplicated number (with related places
// in the other file), and the Replies view lists every letter with its category and deadline.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, openLetter, ruleOf, waitFor, workspaceRoot } from './lib/util';
import type { ReplyRow } from '../../../server/src/lsp/protocol';

const WORKSPACE_SOURCE = 'replylint-workspace';
// The bundled suite runs from test/e2e/out/; the fixtures live in the repository.
const TEAM = path.join(__dirname, '..', '..', 'fixtures', 'workspace', 'team');
const NAMES = ['01-industry.reply.md', '02-industry-again.reply.md', '03-science.reply.md', '04-draft-overdue.reply.md'];

function crossLetter(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === WORKSPACE_SOURCE);
}

suite('Letters together: cross-letter checks and the Replies view', () => {
  const uris = NAMES.map((n) => vscode.Uri.joinPath(workspaceRoot(), 'team', n));

  suiteSetup(async () => {
    await api();
    for (const [i, n] of NAMES.entries()) await vscode.workspace.fs.writeFile(uris[i], fs.readFileSync(path.join(TEAM, n)));
  });
  suiteTeardown(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'team'), { recursive: true, useTrash: false });
  });

  test('a duplicated number: the finding on both letters, each pointing at the other', async () => {
    const [a, b] = await waitFor(
      'duplicate-reply-number on both letters',
      () => {
        const x = crossLetter(uris[0]).find((d) => ruleOf(d) === 'duplicate-reply-number');
        const y = crossLetter(uris[1]).find((d) => ruleOf(d) === 'duplicate-reply-number');
        return x && y ? [x, y] : undefined;
      },
      { timeout: 30000 },
    );
    assert.equal(a.range.start.line, 6);
    assert.equal(a.relatedInformation?.[0].location.uri.toString(), uris[1].toString());
    assert.equal(b.relatedInformation?.[0].location.uri.toString(), uris[0].toString());
    assert.equal(a.severity, vscode.DiagnosticSeverity.Warning);
    // The policy under another title, and the deputy named differently, on the second letter.
    const codes = await waitFor('the other cross-letter findings on 02', () => {
      const c = crossLetter(uris[1]).map(ruleOf).sort();
      return c.length === 3 ? c : undefined;
    });
    assert.deepEqual(codes, ['cross-letter-cite-title', 'cross-letter-deputy-name', 'duplicate-reply-number']);
    await waitFor('the overdue draft', () => crossLetter(uris[3]).some((d) => ruleOf(d) === 'reply-overdue'));
  });

  test('an open letter shows its own findings and the cross-letter ones; fixing the number clears both letters', async () => {
    const { doc } = await openLetter(uris[1]);
    const editor = vscode.window.activeTextEditor!;
    await waitFor("the open letter's cross-letter findings", () => crossLetter(doc.uri).some((d) => ruleOf(d) === 'duplicate-reply-number'));
    const text = doc.getText();
    const ok = await editor.edit((e) => {
      for (let i = text.indexOf('20230021'); i >= 0; i = text.indexOf('20230021', i + 1)) e.replace(new vscode.Range(doc.positionAt(i), doc.positionAt(i + 8)), '20230088');
    });
    assert.ok(ok);
    await waitFor('no duplicate on either letter', () => !crossLetter(uris[0]).length && !crossLetter(doc.uri).some((d) => ruleOf(d) === 'duplicate-reply-number'), { timeout: 30000 });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the Replies view lists the letters with their category and deadline, and a summary line', async () => {
    const a = await api();
    const rowOf = (name: string) => a.replies.data?.rows.find((r) => r.file === `team/${name}`);
    await waitFor(
      'the team letters in the Replies view',
      () => {
        if (!rowOf(NAMES[3]) || rowOf(NAMES[1])!.number !== '20230021') void a.replies.refresh();
        // (02 as on disk again: the previous test reverted its edit)
        return NAMES.every((n) => rowOf(n)) && rowOf(NAMES[1])!.number === '20230021' && !a.replies.data?.indexing;
      },
      { events: [a.replies.onDidChangeTreeData as vscode.Event<unknown>], timeout: 30000 },
    );
    const label = (r: ReplyRow) => {
      const l = a.replies.getTreeItem(r).label;
      return typeof l === 'string' ? l : (l?.label ?? '');
    };
    const first = rowOf(NAMES[0])!;
    assert.equal(first.category, 'A');
    assert.equal(first.issueDate, '2023-04-10');
    assert.match(label(first), /20230021/);
    assert.match(label(first), /郭海峰/);
    assert.match(String(a.replies.getTreeItem(first).description), /^A · 2023-04-10/);
    const late = rowOf(NAMES[3])!;
    assert.equal(late.state, 'overdue');
    assert.equal(late.deadline, '2023-05-10');
    assert.match(String(a.replies.getTreeItem(late).description), /2023-05-10/);
    assert.equal(a.replies.getTreeItem(first).command?.command, 'vscode.open');
    // The other letters of the test workspace are there too, and the summary counts them all.
    assert.ok(a.replies.data!.rows.some((r) => r.file === 'seed.reply.txt'));
    assert.match(a.replies.summary(), new RegExp(`${a.replies.data!.totals.letters}`));
    assert.ok(a.replies.data!.totals.overdue >= 1);
    // Sorted by deadline, the undated overdue letter comes first; a filter keeps matching rows.
    a.replies.setSort('deadline');
    assert.equal(a.replies.getChildren()[0].file, `team/${NAMES[3]}`);
    a.replies.setFilter('20230021');
    assert.deepEqual(
      a.replies
        .getChildren()
        .map((r) => r.file)
        .sort(),
      [`team/${NAMES[0]}`, `team/${NAMES[1]}`],
    );
    a.replies.setFilter('');
    a.replies.setSort('file');
  });
});
