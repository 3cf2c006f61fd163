/** The palette commands: new reply, fix all, renumber document, restart server. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, type RegistryDraftResult } from '../../server/src/lsp/protocol';
import { replyTemplate, type ReplyKind } from './template';

export { Commands } from './command-ids';

/** What `replylint.newReply` may be given as its argument (tasks, keybindings, tests): the answers it would otherwise ask for. */
export interface NewReplyArgs {
  kind?: ReplyKind;
  name?: string;
  number?: string;
  unit?: string;
}

/** Asks for the kind, the deputy/member, the number and the unit (unless given); opens the skeleton. */
export async function newReply(preset?: NewReplyArgs): Promise<vscode.TextDocument | undefined> {
  const kinds: Array<vscode.QuickPickItem & { reply: ReplyKind }> = [
    { reply: 'npc', label: vscode.l10n.t('Reply to a deputy’s suggestion (人大代表建议)') },
    { reply: 'cppcc', label: vscode.l10n.t('Reply to a member’s proposal (政协委员提案)') },
    { reply: 'cohandle', label: vscode.l10n.t('Co-handling opinion (会办/协办意见)') },
  ];
  const given = (v: unknown): v is string => typeof v === 'string';
  const presetKind = kinds.find((k) => k.reply === preset?.kind);
  const picked = presetKind ?? (await vscode.window.showQuickPick(kinds, { title: vscode.l10n.t('New reply letter'), placeHolder: vscode.l10n.t('What kind of letter?') }));
  if (!picked) return undefined;
  const name = given(preset?.name)
    ? preset.name
    : await vscode.window.showInputBox({
        title: vscode.l10n.t('New reply letter'),
        prompt: picked.reply === 'cppcc' ? vscode.l10n.t('Member’s name (without 委员)') : vscode.l10n.t('Deputy’s name (without 代表)'),
      });
  if (name === undefined) return undefined;
  const number = given(preset?.number)
    ? preset.number
    : await vscode.window.showInputBox({
        title: vscode.l10n.t('New reply letter'),
        prompt: picked.reply === 'cppcc' ? vscode.l10n.t('Proposal number (e.g. 20230019)') : vscode.l10n.t('Suggestion number (e.g. 20230019)'),
        validateInput: (v) => (/^\s*第?\s*[0-9A-Za-z]+\s*号?\s*$/.test(v) || v.trim() === '' ? undefined : vscode.l10n.t('Use the registered number, e.g. 20230019')),
      });
  if (number === undefined) return undefined;
  const unit = given(preset?.unit) ? preset.unit : await vscode.window.showInputBox({ title: vscode.l10n.t('New reply letter'), prompt: vscode.l10n.t('Handling unit (e.g. 厦门市工业和信息化局)') });
  if (unit === undefined) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: replyTemplate({ kind: picked.reply, name, number, unit }) });
  await vscode.window.showTextDocument(doc);
  return doc;
}

function activeLetter(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) void vscode.window.showInformationMessage(vscode.l10n.t('Open a reply letter first.'));
  return doc;
}

/** Runs a server command on the active document (the server applies the edit). */
export async function runOnActive(client: LanguageClient, command: string): Promise<boolean> {
  const doc = activeLetter();
  if (!doc) return false;
  const res = (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [doc.uri.toString(), doc.version] })) as { applied?: boolean } | null;
  const applied = !!res?.applied;
  if (!applied) void vscode.window.setStatusBarMessage(vscode.l10n.t('Reply Lint: nothing to change'), 3000);
  return applied;
}

export function fixAll(client: LanguageClient): Promise<boolean> {
  return runOnActive(client, ServerCommands.fixAll);
}

/**
 * Builds a policy-registry draft from every citation in the workspace's letters (files matching
 * `replylint.files`, and open letters) and opens it as an untitled JSON document to review and save.
 */
export async function buildRegistryDraft(client: LanguageClient): Promise<vscode.TextDocument | undefined> {
  const res = (await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.buildRegistryDraft, arguments: [{ format: 'json' }] })) as RegistryDraftResult | null;
  if (!res || typeof res.text !== 'string') return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'json', content: res.text });
  await vscode.window.showTextDocument(doc);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Reply Lint: {0} policies from {1} letters', res.entries, res.letters), 5000);
  return doc;
}

export function renumberDocument(client: LanguageClient): Promise<boolean> {
  return runOnActive(client, ServerCommands.renumberDocument);
}
