/**
 * Which open documents the server treats as letters, with their counts (from the server's
 * `replylint/status` notification), the status-bar item and the `replylint.activeIsReply`
 * context key that shows the structure view.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class LetterStatus implements vscode.Disposable {
  private readonly byUri = new Map<string, StatusParams>();
  private readonly item: vscode.StatusBarItem;
  private readonly changed = new vscode.EventEmitter<StatusParams>();
  /** Fires after each status the server sends. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('replylint.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Reply Lint');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
        this.render();
      }),
    );
  }

  update(p: StatusParams): void {
    this.byUri.set(p.uri, p);
    this.render();
    this.changed.fire(p);
  }

  get(uri: vscode.Uri | string): StatusParams | undefined {
    return this.byUri.get(uri.toString());
  }

  /** The active editor's letter status, if it is a letter. */
  active(): StatusParams | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    const s = doc ? this.get(doc.uri) : undefined;
    return s?.isReply ? s : undefined;
  }

  /** What the status bar shows (exposed for tests). */
  get text(): string {
    return this.item.text;
  }

  get visible(): boolean {
    return this.active() !== undefined;
  }

  render(): void {
    const s = this.active();
    void vscode.commands.executeCommand('setContext', 'replylint.activeIsReply', !!s);
    if (!s) {
      this.item.hide();
      return;
    }
    const { error, warning } = s.counts;
    this.item.text = `$(error) ${error} $(warning) ${warning}`;
    this.item.tooltip = vscode.l10n.t('Reply Lint: {0} errors, {1} warnings. Click to open Problems.', error, warning);
    this.item.backgroundColor = error > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
