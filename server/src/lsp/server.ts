/**
 * LSP wiring only: capabilities, document sync, debounced and version-tagged diagnostics, and
 * one line per feature that hands the current `Analysis` to its module. No linting judgement
 * lives here.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registryEntries, validateConfigText, validateProfileText } from '../config';
import { Analyzer, type Analysis } from './analysis';
import { collect, type Knowledge } from './citations';
import { codeActions, fixAllAction, workspaceEdit, type EditFactory } from './code-actions';
import { completionsAt, TRIGGER_CHARACTERS } from './completion';
import { isConfigFile, isProfileFile } from './detect';
import { configDiagnostic, toDiagnostic } from './diagnostics';
import { ruleEdits } from './edits';
import { hoverAt } from './hover';
import { localeOf } from './i18n';
import { FIX_ALL_KIND, ServerCommands, StatusNotification, StructureRequest, type StatusParams, type StructureParams, type StructureResult } from './protocol';
import { renumberDocumentEdits, renumberLevelEdits } from './renumber';
import { countsOf, structureOf } from './structure';
import { documentSymbols, foldingRanges } from './symbols';
import { URI } from './uri';

/** Accepts { uri } objects and bare strings; anything else is not a document. */
function uriOf(p: unknown): string | undefined {
  if (typeof p === 'string') return p;
  const o = p as { textDocument?: { uri?: unknown }; uri?: unknown } | null | undefined;
  const u = o?.textDocument?.uri ?? o?.uri;
  return typeof u === 'string' ? u : undefined;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents that currently show diagnostics (so a non-letter is cleared once, not on every keystroke). */
  const showing = new Set<string>();
  let pushedSettings: unknown = {};
  let roots: string[] = [];
  let pullConfiguration = false;
  let dynamicConfiguration = false;
  let workspaceFolderEvents = false;
  const edits: EditFactory = { documentChanges: false };
  let analyzer: Analyzer | undefined;

  const az = () => analyzer!;
  const current = (uri: string) => () => documents.get(uri);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    pullConfiguration = !!caps.workspace?.configuration;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    edits.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    workspaceFolderEvents = !!caps.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown };
    pushedSettings = (init.settings as { replylint?: unknown } | undefined)?.replylint ?? init.settings ?? {};
    roots = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (roots.length === 0 && params.rootUri) roots = [params.rootUri];
    analyzer = new Analyzer({
      connection,
      clientLocale: localeOf(params.locale),
      pullConfiguration,
      pushed: () => pushedSettings,
      roots: () => roots,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'replylint' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        executeCommandProvider: { commands: Object.values(ServerCommands) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'replylint-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'replylint' });
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        roots = [...roots.filter((r) => !e.removed.some((f) => f.uri === r)), ...e.added.map((f) => f.uri)];
        revalidateAll();
      });
    }
  });

  // ------------------------------------------------------------------------------------------
  // Diagnostics: debounced, tagged with the version they were computed for.

  function schedule(uri: string, delay: number): void {
    const old = timers.get(uri);
    if (old) clearTimeout(old);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      validate(uri).catch((err) => connection.console.error(`replylint: ${(err as Error).stack ?? err}`));
    }, delay));
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    if (isConfigFile(uri)) {
      const path = URI.fsPath(uri) ?? URI.path(uri);
      const errors = isProfileFile(uri) ? validateProfileText(doc.getText(), path) : validateConfigText(doc.getText(), path);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: errors.map((e) => configDiagnostic(doc, e)) });
      return;
    }
    const a = await az().analyze(doc, current(uri));
    const now = documents.get(uri);
    // Never publish for a version that is no longer the document's.
    if (!now || now.version !== a.version) return;
    publish(now, a);
  }

  function publish(doc: TextDocument, a: Analysis): void {
    const messages = a.result?.messages ?? [];
    if (a.isReply || showing.has(doc.uri)) {
      void connection.sendDiagnostics({ uri: doc.uri, version: a.version, diagnostics: messages.map((m) => toDiagnostic(doc, m, a.locale)) });
      if (a.isReply && messages.length > 0) showing.add(doc.uri);
      else showing.delete(doc.uri);
    }
    const status: StatusParams = { uri: doc.uri, version: a.version, isReply: a.isReply, counts: countsOf(messages) };
    void connection.sendNotification(StatusNotification, status);
  }

  function revalidateAll(): void {
    az().reset();
    for (const d of documents.all()) schedule(d.uri, 0);
  }

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (e.document.version <= 1 && !az().cached(uri)) return; // the open event scheduled it
    if (isConfigFile(uri)) return schedule(uri, 50);
    void az().settingsFor(uri).then((s) => {
      if (s.run === 'onType') schedule(uri, s.debounce);
    });
  });
  documents.onDidSave((e) => {
    const uri = e.document.uri;
    if (isConfigFile(uri)) revalidateAll();
    void az().settingsFor(uri).then((s) => {
      if (s.run === 'onSave') schedule(uri, 0);
    });
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    az().forget(uri);
    if (showing.delete(uri) || isConfigFile(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((p) => {
    const s = (p?.settings as { replylint?: unknown } | undefined)?.replylint;
    if (s && typeof s === 'object') pushedSettings = s;
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => revalidateAll());

  // ------------------------------------------------------------------------------------------
  // Features: each asks for the current analysis and hands it to its module.

  async function analysisOf(p: unknown): Promise<{ doc: TextDocument; a: Analysis } | undefined> {
    const uri = uriOf(p);
    const doc = uri ? documents.get(uri) : undefined;
    if (!doc || isConfigFile(doc.uri)) return undefined;
    const a = await az().analyze(doc, current(doc.uri));
    const now = documents.get(doc.uri) ?? doc;
    return a.result && now.version === a.version ? { doc: now, a } : undefined;
  }

  async function knowledge(): Promise<Knowledge> {
    const trees = [];
    for (const d of documents.all()) {
      if (isConfigFile(d.uri)) continue;
      const a = await az().analyze(d, current(d.uri));
      if (a.result) trees.push({ uri: d.uri, tree: a.result.tree });
    }
    return collect(trees);
  }

  connection.onCodeAction(async (params) => {
    const x = await analysisOf(params);
    if (!x || !params?.context || !params.range) return [];
    return codeActions(x.doc, x.a, { ...params, context: { ...params.context, diagnostics: params.context.diagnostics ?? [] } }, edits);
  });

  connection.onDocumentSymbol(async (params) => {
    const x = await analysisOf(params);
    return x ? documentSymbols(x.doc, x.a.result!.tree, x.a.locale) : [];
  });

  connection.onFoldingRanges(async (params) => {
    const x = await analysisOf(params);
    return x ? foldingRanges(x.doc, x.a.result!.tree) : [];
  });

  connection.onHover(async (params) => {
    const x = await analysisOf(params);
    if (!x || !params.position) return null;
    return hoverAt(x.doc, x.a.result!.tree, x.doc.offsetAt(params.position), x.a.locale, await knowledge(), x.a.config);
  });

  connection.onCompletion(async (params) => {
    const x = await analysisOf(params);
    if (!x || !params.position) return [];
    return completionsAt(x.doc, x.doc.offsetAt(params.position), x.a.locale, await knowledge(), registryEntries(x.a.config));
  });

  connection.onRequest(StructureRequest, async (params: StructureParams): Promise<StructureResult | null> => {
    const uri = uriOf(params);
    const doc = uri ? documents.get(uri) : undefined;
    if (!uri || !doc) return null;
    const a = await az().analyze(doc, current(uri));
    const base = { uri, version: a.version, isReply: a.isReply };
    if (!a.result) return { ...base, profile: a.profile.id, checklist: [], sections: [], citations: [], counts: { error: 0, warning: 0, info: 0 } };
    const now = documents.get(uri) ?? doc;
    return { ...base, ...structureOf({ doc: now, tree: a.result.tree, messages: a.result.messages, profile: a.profile, locale: a.locale, knowledge: await knowledge(), config: a.config }) };
  });

  connection.onExecuteCommand(async (params) => {
    const args = Array.isArray(params?.arguments) ? params.arguments : [];
    const x = await analysisOf(args[0]);
    if (!x) return { applied: false };
    const { doc, a } = x;
    // A command issued for an older version is not applied to a newer text.
    if (typeof args[1] === 'number' && args[1] !== doc.version) return { applied: false };
    const text = doc.getText();
    let action: CodeAction | undefined;
    switch (params.command) {
      case ServerCommands.fixAll:
        action = fixAllAction(doc, a, edits);
        break;
      case ServerCommands.fixRule: {
        const ruleId = typeof args[2] === 'string' ? args[2] : '';
        const e = ruleEdits(text, a.result!.messages, ruleId);
        if (e.length > 0) action = { title: ruleId, edit: workspaceEdit(doc, e, edits) };
        break;
      }
      case ServerCommands.renumberDocument: {
        const e = renumberDocumentEdits(text, a.result!.tree);
        if (e.length > 0) action = { title: 'renumber', edit: workspaceEdit(doc, e, edits) };
        break;
      }
      case ServerCommands.renumberLevel: {
        const pos = args[2] as { line?: unknown; character?: unknown } | number | undefined;
        const offset = typeof pos === 'number' ? pos : pos && typeof pos.line === 'number' && typeof pos.character === 'number' ? doc.offsetAt({ line: pos.line, character: pos.character }) : -1;
        const r = offset >= 0 ? renumberLevelEdits(text, a.result!.tree, offset) : undefined;
        if (r) action = { title: 'renumber', edit: workspaceEdit(doc, r.edits, edits) };
        break;
      }
      default:
        return { applied: false };
    }
    if (!action?.edit) return { applied: false };
    const res = await connection.workspace.applyEdit({ label: action.title, edit: action.edit });
    return { applied: res.applied };
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
