/**
 * "Reply Lint: Export to Word (GB/T 9704)": asks where to save (beside the letter by default),
 * sends the server command and reports the outcome. The server lints, builds and writes the
 * .docx; a letter with errors is exported only when the user confirms (or `force` is given).
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, type ExportDocxOptions, type ExportDocxResult } from '../../server/src/lsp/protocol';

/** What tests, tasks and keybindings may pass: skip the dialogs. */
export interface ExportArgs {
  /** The letter (default: the active editor's). */
  uri?: string;
  /** File system path of the .docx (no save dialog). */
  target?: string;
  /** Export even with errors (no question). */
  force?: boolean;
  layoutProfile?: string;
}

const docxName = (uri: vscode.Uri) => uri.with({ path: uri.path.replace(/(\.reply)?\.(txt|md|markdown)$/i, '') + '.docx' });

async function send(client: LanguageClient, doc: vscode.TextDocument, opts: ExportDocxOptions): Promise<ExportDocxResult | undefined> {
  const res = (await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.exportDocx, arguments: [doc.uri.toString(), doc.version, opts] })) as ExportDocxResult | { applied: false } | null;
  return res && 'errors' in res ? res : undefined;
}

export async function exportToWord(client: LanguageClient, args: ExportArgs = {}): Promise<ExportDocxResult | undefined> {
  const doc = args.uri
    ? (vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))))
    : vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a reply letter first.'));
    return undefined;
  }
  let target = args.target;
  if (!target) {
    const picked = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export to Word (GB/T 9704)'),
      defaultUri: doc.isUntitled ? undefined : docxName(doc.uri),
      filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    });
    if (!picked) return undefined;
    target = picked.fsPath;
  }
  let result = await send(client, doc, { target, force: args.force, layoutProfile: args.layoutProfile });
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This document is not checked as a reply letter, so it cannot be exported.'));
    return undefined;
  }
  if (!result.written && !result.failure && result.errors > 0 && args.force === undefined) {
    const first = result.firstErrors.map((e) => `${e.line}: ${e.message}`).join('\n');
    const again = vscode.l10n.t('Export Anyway');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('The letter has {0} error(s); a letter is exported when it has none.', result.errors), { modal: true, detail: first }, again);
    if (answer !== again) return result;
    result = (await send(client, doc, { target, force: true, layoutProfile: args.layoutProfile })) ?? result;
  }
  if (result.failure) void vscode.window.showErrorMessage(vscode.l10n.t('Export to Word failed: {0}', result.failure));
  else if (result.written) {
    const open = vscode.l10n.t('Reveal in File Explorer');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', result.written), open).then((a) => {
      if (a === open) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result!.written!));
    });
  }
  return result;
}
