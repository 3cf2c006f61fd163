/**
 * Word letters: "Check Word Document" opens a read-only view of the letter extracted from a
 * .docx (a virtual document whose text the server serves), which the server lints like any
 * letter — diagnostics, outline, Reply Structure — and which follows the file when it changes on
 * disk. "Write Reviewed Copy" asks the server for NAME.reviewed.docx (comments + tracked changes).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WORD_SCHEME, WordReviewRequest, WordTextRequest, type WordReviewResult, type WordTextResult } from '../../server/src/lsp/protocol';

export function viewUri(file: vscode.Uri): vscode.Uri {
  return file.with({ scheme: WORD_SCHEME });
}

export function sourceUri(view: vscode.Uri): vscode.Uri {
  return view.with({ scheme: 'file' });
}

export class WordViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watchers = new Map<string, vscode.Disposable>();

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = sourceUri(uri);
    this.watch(file, uri);
    const r = await this.client.sendRequest<WordTextResult>(WordTextRequest, { uri: file.toString() });
    // Not a readable Word document: no view (an empty one would be linted as a letter missing everything).
    if (r.error !== undefined || r.text === undefined) throw new Error(r.error ?? vscode.l10n.t('Cannot read {0}', file.fsPath));
    return r.text;
  }

  /** Re-read the view when the .docx changes on disk (saved from Word, replaced, …). */
  private watch(file: vscode.Uri, view: vscode.Uri): void {
    const key = file.toString();
    if (this.watchers.has(key)) return;
    const folder = vscode.Uri.joinPath(file, '..');
    const name = file.path.split('/').pop()!;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const fire = () => this.changed.fire(view);
    this.watchers.set(key, vscode.Disposable.from(w, w.onDidChange(fire), w.onDidCreate(fire)));
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }
}

/** The .docx a command is about: its argument (explorer, editor title), the active view or tab, or one the user picks. */
async function targetDocx(arg?: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg.scheme === WORD_SCHEME ? sourceUri(arg) : arg;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === WORD_SCHEME) return sourceUri(active);
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined;
  if (input?.uri instanceof vscode.Uri && /\.docx$/i.test(input.uri.path)) return input.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [vscode.l10n.t('Word documents')]: ['docx'] }, title: vscode.l10n.t('Check Word Document') });
  return picked?.[0];
}

export async function checkWordDocument(arg?: unknown): Promise<vscode.TextEditor | undefined> {
  const file = await targetDocx(arg);
  if (!file) return undefined;
  try {
    const doc = await vscode.workspace.openTextDocument(viewUri(file));
    return await vscode.window.showTextDocument(doc, { preview: false });
  } catch (err) {
    void vscode.window.showErrorMessage((err as Error).message);
    return undefined;
  }
}

export async function writeReviewedCopy(client: LanguageClient, arg?: unknown): Promise<WordReviewResult | undefined> {
  const file = await targetDocx(arg);
  if (!file) return undefined;
  const r = await client.sendRequest<WordReviewResult>(WordReviewRequest, { uri: file.toString() });
  if (r.error !== undefined || !r.output) {
    void vscode.window.showErrorMessage(r.error ?? vscode.l10n.t('Cannot read {0}', file.fsPath));
    return r;
  }
  const name = vscode.Uri.parse(r.output).path.split('/').pop();
  void vscode.window.showInformationMessage(vscode.l10n.t('Wrote {0}: {1} comments, {2} tracked changes', name ?? r.output, r.comments ?? 0, r.changes ?? 0));
  return r;
}
