/// <reference types="mocha" />
// The language server is restarted after it is killed, and the diagnostics come back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, fixture, openLetter, ours, type ReplylintApi } from './lib/util';
import { waitFor } from './lib/util';

/** The server's process id (vscode-languageclient keeps the child process of a `module` server). */
function serverPid(a: ReplylintApi): number | undefined {
  return (a.client as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid;
}

suite('Server crash', () => {
  suiteTeardown(closeAll);

  test('after SIGKILL the server is restarted and the findings return', async () => {
    const a = await api();
    const seed = fixture('seed.reply.txt');
    const draft = fixture('drafts/reply-draft.txt');
    await openLetter(draft, false);
    const { diagnostics } = await openLetter(seed);
    const pid = serverPid(a);
    assert.ok(pid && pid !== process.pid, 'the server runs in its own process');
    const seen = new Set<string>();
    const sub = a.status.onDidChange((p) => seen.add(p.uri));
    try {
      process.kill(pid, 'SIGKILL');
      await waitFor(
        'a new server process',
        () => {
          const now = serverPid(a);
          return now !== undefined && now !== pid && a.client.isRunning();
        },
        { events: [a.client.onDidChangeState as vscode.Event<unknown>] },
      );
      await waitFor('the new server to check both letters again', () => seen.has(seed.toString()) && seen.has(draft.toString()) && ours(seed).length === diagnostics.length && ours(draft).length === 1, {
        events: [a.status.onDidChange, vscode.languages.onDidChangeDiagnostics],
        timeout: 30000,
      });
    } finally {
      sub.dispose();
    }
    assert.throws(() => process.kill(pid, 0), 'the old server is gone');
  });
});
