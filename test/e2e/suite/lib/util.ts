// Shared helpers for the extension-host tests: the extension's API, fixtures, and waiting on
// events (diagnostics, document changes, the client's status) — never fixed sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReplylintApi } from '../../../../client/src/extension';
import type { StatusParams } from '../../../../server/src/lsp/protocol';

export type { ReplylintApi };
export const EXT_ID = 'replylint.replylint';
export const SOURCE = 'replylint';

export function extension(): vscode.Extension<ReplylintApi> {
  const ext = vscode.extensions.getExtension<ReplylintApi>(EXT_ID);
  assert.ok(ext, `${EXT_ID} is installed`);
  return ext;
}

/** The API `activate` returns, once the language server is running. */
export async function api(): Promise<ReplylintApi> {
  const a = await extension().activate();
  await a.ready;
  return a;
}

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the test workspace is open');
  return f.uri;
}

export function fixture(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

let scratchN = 0;
/** A fresh copy of a fixture under scratch/ (for tests that edit or save), keeping its name's suffix. */
export async function scratchCopy(rel: string): Promise<vscode.Uri> {
  const name = rel.split('/').pop()!;
  const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `${++scratchN}-${name}`);
  await vscode.workspace.fs.copy(fixture(rel), target, { overwrite: true });
  return target;
}

export const DEFAULT_TIMEOUT = 20000;

/**
 * Resolves with the first truthy value of `probe`, re-checked whenever one of `events` fires
 * (and, as a safety net for state that changes without an event, every 100 ms).
 */
export function waitFor<T>(what: string, probe: () => T | undefined | null | false | '' | 0, opts: { events?: Array<vscode.Event<unknown>>; timeout?: number } = {}): Promise<T> {
  const events = opts.events ?? defaultEvents();
  const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let done = false;
    const finish = (err: Error | undefined, v?: T) => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(timer);
      for (const s of subs) s.dispose();
      if (err) reject(err);
      else resolve(v as T);
    };
    const check = () => {
      try {
        const v = probe();
        if (v) finish(undefined, v);
      } catch (err) {
        finish(err as Error);
      }
    };
    for (const e of events) subs.push(e(check));
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeout} ms waiting for ${what}`)), timeout);
    check();
  });
}

let statusEvent: vscode.Event<unknown> | undefined;
function defaultEvents(): Array<vscode.Event<unknown>> {
  const list: Array<vscode.Event<unknown>> = [vscode.languages.onDidChangeDiagnostics, vscode.workspace.onDidChangeTextDocument];
  if (statusEvent) list.push(statusEvent);
  return list;
}

/** Our diagnostics on a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

export function rules(uri: vscode.Uri): string[] {
  return ours(uri).map(ruleOf);
}

/**
 * Waits until the server has checked this version of the document (its status notification)
 * and VS Code shows exactly the findings it counted. Returns the status and the diagnostics.
 */
export async function settled(doc: vscode.TextDocument, what = doc.uri.path.split('/').pop()!): Promise<{ status: StatusParams; diagnostics: vscode.Diagnostic[] }> {
  const a = await api();
  statusEvent ??= a.status.onDidChange as vscode.Event<unknown>;
  return waitFor(`the server's findings for ${what} (version ${doc.version})`, () => {
    const s = a.status.get(doc.uri);
    if (!s || s.version !== doc.version) return undefined;
    const total = s.isReply ? s.counts.error + s.counts.warning + s.counts.info : 0;
    const diagnostics = ours(doc.uri);
    return diagnostics.length === total ? { status: s, diagnostics } : undefined;
  });
}

export async function open(uri: vscode.Uri, show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Opens a letter and waits for its findings. */
export async function openLetter(uri: vscode.Uri, show = true) {
  const doc = await open(uri, show);
  return { doc, ...(await settled(doc)) };
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a setting in the workspace; returns a function that puts the previous value back. */
export async function setting(section: string, key: string, value: unknown, opts: { languageId?: string } = {}): Promise<() => Promise<void>> {
  const scope = opts.languageId ? { languageId: opts.languageId } : undefined;
  const cfg = vscode.workspace.getConfiguration(section, scope);
  const info = cfg.inspect(key);
  const previous = opts.languageId ? info?.workspaceLanguageValue : info?.workspaceValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.Workspace, !!opts.languageId);
  return async () => {
    await vscode.workspace.getConfiguration(section, scope).update(key, previous, vscode.ConfigurationTarget.Workspace, !!opts.languageId);
  };
}

/** Applies a code action's edit (or runs its command). */
export async function applyAction(action: vscode.CodeAction | vscode.Command): Promise<void> {
  if ('edit' in action && action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of “${action.title}” applied`);
  const cmd = 'command' in action ? (typeof action.command === 'string' ? (action as vscode.Command) : action.command) : undefined;
  if (cmd) await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
}

/** Waits until the document's text satisfies `test`. */
export function textBecomes(doc: vscode.TextDocument, what: string, test: (text: string) => boolean): Promise<string> {
  return waitFor(
    what,
    () => {
      const t = doc.getText();
      return test(t) ? t : undefined;
    },
    { events: [vscode.workspace.onDidChangeTextDocument] },
  );
}

export const HAN = /[\u4e00-\u9fff]/;
