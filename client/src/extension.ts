/**
 * Extension entry: start the language client, register the commands, the structure view and
 * the status-bar item. All checking happens in the server; this file only wires VS Code.
 * `activate` returns an API object so the e2e tests can reach the client and the view.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, StructureRequest, TrustNotification, WORD_SCHEME, type StatusParams, type StructureResult, type TrustParams } from '../../server/src/lsp/protocol';
import { createClient } from './client';
import { Commands, buildRegistryDraft, fixAll, newReply, renumberDocument, type NewReplyArgs } from './commands';
import { LetterStatus } from './status';
import { REVEAL_COMMAND, StructureProvider, reveal } from './structure-view';
import { RepliesChangedNotification, RepliesRequest, type RepliesResult } from '../../server/src/lsp/protocol';
import { RepliesProvider, askFilter, pickSort } from './replies-view';
import { exportToWord, type ExportArgs } from './export-word';
import { WordViews, checkWordDocument, writeReviewedCopy } from './word';

export interface ReplylintApi {
  client: LanguageClient;
  status: LetterStatus;
  structure: StructureProvider;
  /** The "Replies" view: every letter of the workspace (the server's workspace index). */
  replies: RepliesProvider;
  /** Resolves once the server is running. */
  ready: Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): ReplylintApi {
  const c = createClient(context);
  client = c;
  const status = new LetterStatus();
  const structure = new StructureProvider((uri) => c.sendRequest<StructureResult | null>(StructureRequest, { uri }));
  const view = vscode.window.createTreeView('replylint.structure', { treeDataProvider: structure, showCollapseAll: true });
  const replies = new RepliesProvider(() => c.sendRequest<RepliesResult>(RepliesRequest));
  const repliesView = vscode.window.createTreeView('replylint.replies', { treeDataProvider: replies });
  replies.attach(repliesView);
  context.subscriptions.push(
    c.onNotification(RepliesChangedNotification, () => replies.refreshSoon()),
    replies,
    repliesView,
    vscode.commands.registerCommand(Commands.refreshReplies, () => replies.refresh()),
    vscode.commands.registerCommand(Commands.sortReplies, () => pickSort(replies)),
    vscode.commands.registerCommand(Commands.filterReplies, () => askFilter(replies)),
  );

  // Registered once: the client keeps notification handlers across restarts.
  context.subscriptions.push(
    c.onNotification(StatusNotification, (p: StatusParams) => {
      status.update(p);
      if (p.uri === vscode.window.activeTextEditor?.document.uri.toString()) structure.refreshSoon();
    }),
  );

  context.subscriptions.push(
    status,
    structure,
    view,
    vscode.window.onDidChangeActiveTextEditor(() => structure.refreshSoon(0)),
    vscode.commands.registerCommand(Commands.newReply, (args?: NewReplyArgs) => newReply(args && typeof args === 'object' ? args : undefined)),
    vscode.commands.registerCommand(Commands.fixAll, () => fixAll(c)),
    vscode.commands.registerCommand(Commands.renumberDocument, () => renumberDocument(c)),
    vscode.commands.registerCommand(Commands.restartServer, () => c.restart()),
    vscode.commands.registerCommand(Commands.buildRegistryDraft, () => buildRegistryDraft(c)),
    // Trust granted later: the server may now read registries/profiles outside the folder.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (c.isRunning()) void c.sendNotification(TrustNotification, { trusted: true } satisfies TrustParams);
    }),
    vscode.commands.registerCommand(Commands.refreshStructure, () => structure.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, range) => reveal(uri, range)),
    vscode.commands.registerCommand(Commands.exportToWord, (args?: ExportArgs) =>
      exportToWord(c, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : args instanceof vscode.Uri ? { uri: args.toString() } : {}),
    ),
  );
  const words = new WordViews(c);
  context.subscriptions.push(
    words,
    vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, words),
    vscode.commands.registerCommand(Commands.checkWordDocument, (uri?: unknown) => checkWordDocument(uri)),
    vscode.commands.registerCommand(Commands.writeReviewedCopy, (uri?: unknown) => writeReviewedCopy(c, uri)),
  );

  const ready = c
    .start()
    .then(() => structure.refresh())
    .then(() => replies.refresh())
    .then(() => undefined);
  return { client: c, status, structure, replies, ready };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
