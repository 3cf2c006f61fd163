/**
 * LSP wiring only: capabilities, document sync, version-tagged diagnostics, and one line per
 * feature that hands the current `Analysis` to its module. No linting judgement lives here; when
 * to lint is scheduler.ts, config problems on other files config-problems.ts, the commands
 * commands.ts, the workspace's letters workspace-index.ts.
 */
import {
  CodeActionKind,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registryEntries, validateProfileText } from '../index';
import { Analyzer, type Analysis } from './analysis';
import { collect, type Knowledge } from './citations';
import { codeActions, type EditFactory } from './code-actions';
import { executeCommand } from './commands';
import { completionsAt, TRIGGER_CHARACTERS } from './completion';
import { ConfigProblems } from './config-problems';
import { isConfigFile, isProfileFile } from './detect';
import { configDiagnostic, skippedDiagnostic, toDiagnostic } from './diagnostics';
import { hoverAt } from './hover';
import { localeOf } from './i18n';
import {
  FIX_ALL_KIND,
  RepliesChangedNotification,
  RepliesRequest,
  ServerCommands,
  StatusNotification,
  StructureRequest,
  toSettings,
  TrustNotification,
  WordReviewRequest,
  WordTextRequest,
  type RepliesResult,
  type StatusParams,
  type StructureParams,
  type StructureResult,
  type TrustParams,
  type WordReviewParams,
  type WordTextParams,
} from './protocol';
import { addToRegistryActions, configFileDiagnostics, diskText, type TextSource } from './registry-actions';
import { LintScheduler } from './scheduler';
import { countsOf, structureOf } from './structure';
import { documentSymbols, foldingRanges } from './symbols';
import { URI } from './uri';
import { forgetWordView, isWordView, wordReview, wordText } from './word';
import { WorkspaceLetters } from './workspace-index';

/** Accepts { uri } objects and bare strings; anything else is not a document. */
function uriOf(p: unknown): string | undefined {
  if (typeof p === 'string') return p;
  const o = p as { textDocument?: { uri?: unknown }; uri?: unknown } | null | undefined;
  const u = o?.textDocument?.uri ?? o?.uri;
  return typeof u === 'string' ? u : undefined;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  /** Documents that currently show diagnostics (so a non-letter is cleared once, not on every keystroke). */
  const showing = new Set<string>();
  let pushedSettings: unknown = {};
  let roots: string[] = [];
  let pullConfiguration = false;
  let dynamicConfiguration = false;
  let workspaceFolderEvents = false;
  /** Workspace trust; clients without a trust model (other editors) are trusted. */
  let trusted = true;
  const edits: EditFactory = { documentChanges: false };
  let analyzer: Analyzer | undefined;
  /** The workspace's letters for the cross-letter rules and the Replies view. */
  let letters: WorkspaceLetters | undefined;
  /** The client pulls diagnostics: cross-letter findings then travel by pull, the rest by push. */
  let pullDiagnostics = false;
  let pullRefresh = false;
  let relatedInformation = false;

  const az = () => analyzer!;
  const current = (uri: string) => () => documents.get(uri);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    pullConfiguration = !!caps.workspace?.configuration;
    dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    edits.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    workspaceFolderEvents = !!caps.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; trusted?: unknown };
    trusted = init.trusted !== false;
    pushedSettings = (init.settings as { replylint?: unknown } | undefined)?.replylint ?? init.settings ?? {};
    roots = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (roots.length === 0 && params.rootUri) roots = [params.rootUri];
    analyzer = new Analyzer({
      connection,
      clientLocale: localeOf(params.locale),
      pullConfiguration,
      pushed: () => pushedSettings,
      roots: () => roots,
      trusted: () => trusted,
    });
    const textCaps = caps.textDocument as { diagnostic?: { relatedInformation?: boolean }; publishDiagnostics?: { relatedInformation?: boolean } } | undefined;
    pullDiagnostics = !!textCaps?.diagnostic;
    pullRefresh = !!(caps.workspace as { diagnostics?: { refreshSupport?: boolean } } | undefined)?.diagnostics?.refreshSupport;
    relatedInformation = !!(textCaps?.publishDiagnostics?.relatedInformation || textCaps?.diagnostic?.relatedInformation || pullDiagnostics);
    letters = new WorkspaceLetters({
      connection,
      analyzer,
      roots: () => roots,
      trusted: () => trusted,
      progress: !!caps.window?.workDoneProgress,
      onFindings: crossLetterChanged,
      onRows: () => void connection.sendNotification(RepliesChangedNotification),
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
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'replylint-workspace', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
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
    void letters!.start();
  });

  // ------------------------------------------------------------------------------------------
  // Diagnostics: debounced (scheduler.ts), tagged with the version they were computed for.

  const scheduler = new LintScheduler(validate, (err) => connection.console.error(`replylint: ${(err as Error).stack ?? err}`));
  const schedule = (uri: string, delay: number) => scheduler.schedule(uri, delay);
  const configProblems = new ConfigProblems({ connection, documents, trusted: () => trusted, rootOf: (uri) => rootOf(uri) });

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    if (isConfigFile(uri)) {
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: configDocDiagnostics(doc) });
      return;
    }
    const started = performance.now();
    const a = await az().analyze(doc, current(uri));
    scheduler.linted(uri, performance.now() - started);
    const now = documents.get(uri);
    // Never publish for a version that is no longer the document's.
    if (!now || now.version !== a.version) return;
    publish(now, a);
  }

  function configDocDiagnostics(doc: TextDocument) {
    const path = URI.fsPath(doc.uri) ?? URI.path(doc.uri);
    if (isProfileFile(doc.uri)) return validateProfileText(doc.getText(), path).map((e) => configDiagnostic(doc, e));
    const root = rootOf(doc.uri);
    return configFileDiagnostics(doc, path, az().localeOf(toSettings({})), { trusted, root });
  }

  function rootOf(uri: string): string | undefined {
    return az().rootOf(uri);
  }

  function publish(doc: TextDocument, a: Analysis): void {
    const messages = a.result?.messages ?? [];
    if (a.skipped) {
      // One information message instead of linting (too large, or binary).
      void connection.sendDiagnostics({ uri: doc.uri, version: a.version, diagnostics: [skippedDiagnostic(a.skipped, a.locale)] });
      showing.add(doc.uri);
    } else if (a.isReply || showing.has(doc.uri)) {
      const diagnostics = messages.map((m) => toDiagnostic(doc, m, a.locale));
      if (!pullDiagnostics && a.isReply) diagnostics.push(...letters!.diagnostics(doc.uri, doc, relatedInformation));
      void connection.sendDiagnostics({ uri: doc.uri, version: a.version, diagnostics });
      if (a.isReply && messages.length > 0) showing.add(doc.uri);
      else showing.delete(doc.uri);
    }
    try {
      configProblems.sync(doc.uri, a.isReply ? a : undefined);
    } catch (err) {
      connection.console.error(`replylint: config problems: ${(err as Error).message}`);
    }
    const status: StatusParams = { uri: doc.uri, version: a.version, isReply: a.isReply, counts: countsOf(messages) };
    void connection.sendNotification(StatusNotification, status);
    // A Word view is a rendering of a .docx, not a letter file of the workspace: it stays out of
    // the cross-letter index (like .docx files in the CLI), so a letter and its Word copy are not
    // taken for two replies.
    if (!isWordView(doc.uri)) letters!.update(a);
  }

  /**
   * Cross-letter findings changed on these letters. A client that pulls is asked to pull again;
   * otherwise open letters are re-published (their own findings with the cross-letter ones) and
   * letters that are not open get the cross-letter ones alone.
   */
  function crossLetterChanged(uris: Set<string>): void {
    if (pullDiagnostics) {
      if (pullRefresh) connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
      return;
    }
    for (const uri of uris) {
      const doc = documents.get(uri);
      const a = doc ? az().cached(uri) : undefined;
      if (doc && a && a.version === doc.version) publish(doc, a);
      else if (!doc) void connection.sendDiagnostics({ uri, diagnostics: letters!.diagnostics(uri, undefined, relatedInformation) });
    }
  }

  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    letters!.flush();
    return { kind: 'full', items: letters!.diagnostics(uri, documents.get(uri), relatedInformation) };
  });

  connection.languages.diagnostics.onWorkspace(async () => {
    await letters!.ready;
    letters!.flush();
    return {
      items: letters!.uris().map((uri) => ({ kind: 'full' as const, uri, version: documents.get(uri)?.version ?? null, items: letters!.diagnostics(uri, documents.get(uri), relatedInformation) })),
    };
  });

  connection.onRequest(RepliesRequest, (): RepliesResult => letters!.replies());

  function revalidateAll(): void {
    az().reset();
    letters?.rescan();
    for (const d of documents.all()) schedule(d.uri, 0);
  }

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (e.document.version <= 1 && !az().cached(uri)) return; // the open event scheduled it
    if (isConfigFile(uri)) return schedule(uri, 50);
    void az()
      .settingsFor(uri)
      .then((s) => {
        if (s.run === 'onType') schedule(uri, scheduler.debounceFor(uri, s.debounce));
      });
  });
  documents.onDidSave((e) => {
    const uri = e.document.uri;
    if (isConfigFile(uri)) revalidateAll();
    void az()
      .settingsFor(uri)
      .then((s) => {
        if (s.run === 'onSave') schedule(uri, 0);
      });
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    scheduler.forget(uri);
    az().forget(uri);
    forgetWordView(uri);
    if (showing.delete(uri) || isConfigFile(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    // The file on disk takes the closed document's place in the index; pushed, its cross-letter
    // findings stay in view.
    void letters!.closed(uri).then(() => {
      const left = pullDiagnostics ? [] : letters!.diagnostics(uri, undefined, relatedInformation);
      if (left.length > 0) void connection.sendDiagnostics({ uri, diagnostics: left });
    });
    if (isConfigFile(uri)) configProblems.forgetFile(uri);
    else configProblems.sync(uri, undefined);
  });

  connection.onDidChangeConfiguration((p) => {
    const s = (p?.settings as { replylint?: unknown } | undefined)?.replylint;
    if (s && typeof s === 'object') pushedSettings = s;
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(async (p) => {
    // Letters changed on disk only update the index; config, profile and registry files re-check everything.
    const changes = p?.changes ?? [];
    const rest = changes.length > 0 ? await letters!.filesChanged(changes) : [];
    if (changes.length === 0 || rest.length > 0) revalidateAll();
  });
  connection.onNotification(TrustNotification, (p: TrustParams) => {
    const next = p?.trusted !== false;
    if (next === trusted) return;
    trusted = next;
    revalidateAll();
  });

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

  /** An open document's text (and version) when the file is open, else the disk's. */
  const textOf: TextSource = (path) => {
    const open = documents.get(URI.file(path));
    return open ? { text: open.getText(), version: open.version } : diskText(path);
  };

  connection.onCodeAction(async (params) => {
    // A Word view is read-only: its fixes are made by the review (tracked changes), not as edits.
    if (isWordView(uriOf(params) ?? '')) return [];
    const x = await analysisOf(params);
    if (!x || !params?.context || !params.range) return [];
    const diagnostics = params.context.diagnostics ?? [];
    const out = codeActions(x.doc, x.a, { ...params, context: { ...params.context, diagnostics } }, edits);
    const only = params.context.only;
    if (!only || only.length === 0 || only.some((k) => k === CodeActionKind.QuickFix || k === 'quickfix')) {
      out.push(...addToRegistryActions(x.doc, x.a, diagnostics, textOf, edits.documentChanges));
    }
    return out;
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

  connection.onRequest(WordTextRequest, (params: WordTextParams) => wordText(params));
  connection.onRequest(WordReviewRequest, (params: WordReviewParams) => wordReview(params, (doc) => az().analyze(doc, () => doc)));

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

  connection.onExecuteCommand((params) => executeCommand(params, { connection, documents, analyzer: az(), roots: () => roots, rootOf, edits, textOf, analysisOf }));

  connection.onShutdown(() => {
    letters?.dispose();
    scheduler.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
