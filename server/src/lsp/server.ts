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
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { buildRegistryDraft, type ConfigError, type DraftInput, loadLegacyDecoding, draftToCsv, draftToJson, type PolicyEntry, registryEntries, validateProfileText } from '../index';
import { Analyzer, type Analysis } from './analysis';
import { collect, type Knowledge } from './citations';
import { codeActions, fixAllAction, workspaceEdit, type EditFactory } from './code-actions';
import { completionsAt, TRIGGER_CHARACTERS } from './completion';
import { isConfigFile, isProfileFile } from './detect';
import { configDiagnostic, skippedDiagnostic, toDiagnostic } from './diagnostics';
import { ruleEdits } from './edits';
import { hoverAt } from './hover';
import { localeOf } from './i18n';
import { FIX_ALL_KIND, ServerCommands, StatusNotification, StructureRequest, TrustNotification, type RegistryDraftResult, type StatusParams, type StructureParams, type StructureResult, type TrustParams } from './protocol';
import { addToRegistryActions, addToRegistryEdit, configFileDiagnostics, diskText, scanLetters, type TextSource } from './registry-actions';
import { renumberDocumentEdits, renumberLevelEdits } from './renumber';
import { countsOf, structureOf } from './structure';
import { documentSymbols, foldingRanges } from './symbols';
import { URI } from './uri';
import { forgetWordView, isWordView, wordReview, wordText } from './word';
import { WordReviewRequest, WordTextRequest, type WordReviewParams, type WordTextParams } from './protocol';
import { RepliesChangedNotification, RepliesRequest, type RepliesResult } from './protocol';
import { WorkspaceLetters } from './workspace-index';
import { DiagnosticRefreshRequest } from 'vscode-languageserver';
import { toSettings } from './protocol';
import type { ExportDocxOptions, ExportDocxResult } from './protocol';
import { exportForEditor } from './export-docx';

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
  /** Workspace trust; clients without a trust model (other editors) are trusted. */
  let trusted = true;
  /** Config/registry problems published on files that are not open, and the letters that saw them. */
  const external = new Map<string, { letters: Set<string>; key: string }>();
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
  // Diagnostics: debounced, tagged with the version they were computed for.

  // The debounce adapts to how long the document takes to lint: delay = min(setting, k × last
  // lint time), so a 1 MB document waits for the typing to pause (and linting never takes more
  // than about 1/k of the CPU while typing). A change to a document that lints in under 25 ms
  // (a letter: ~1 ms once V8 has warmed up, 10–40 ms for the first edits before that), arriving
  // when no lint is pending, waits only BURST_MS: long enough for the rest of a burst (a paste,
  // an undo, edits sent together) to arrive, so that no version the client has already
  // replaced is published, and short enough that each keystroke's result shows at once.
  const lintMs = new Map<string, number>();
  const DEBOUNCE_FACTOR = 3;
  const LINT_AT_ONCE_MS = 25;
  const BURST_MS = 2;
  function debounceFor(uri: string, setting: number): number {
    const last = lintMs.get(uri);
    if (last === undefined) return setting;
    if (last < LINT_AT_ONCE_MS && !timers.has(uri)) return Math.min(setting, BURST_MS);
    return Math.min(setting, Math.max(BURST_MS, Math.round(DEBOUNCE_FACTOR * last)));
  }
  function schedule(uri: string, delay: number): void {
    const old = timers.get(uri);
    if (old) clearTimeout(old);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      // Two turns of the event loop first: a change read in this turn (the connection handles
      // one message per turn) is applied before linting, so a version the client has already
      // replaced is not linted and published.
      setImmediate(() => setImmediate(() => {
        validate(uri).catch((err) => connection.console.error(`replylint: ${(err as Error).stack ?? err}`));
      }));
    }, delay));
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    if (isConfigFile(uri)) {
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: configDocDiagnostics(doc) });
      return;
    }
    const started = performance.now();
    const a = await az().analyze(doc, current(uri));
    lintMs.set(uri, performance.now() - started);
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
    const r = roots.filter((x) => uri.startsWith(x.endsWith('/') ? x : x + '/')).sort((a, b) => b.length - a.length)[0];
    return r ? URI.fsPath(r) : undefined;
  }

  /**
   * Problems in the config and registry files a letter's config came from, published on those
   * files when they are not open (an open one is validated as a document), so a broken registry
   * shows up even though only the letter is open. Cleared when no letter sees them any more.
   */
  function syncConfigProblems(letterUri: string, a: Analysis | undefined): void {
    const problems = new Map<string, Diagnostic[]>();
    const errors = a?.configErrors ?? [];
    if (a && errors.length > 0) {
      const byFile = new Map<string, ConfigError[]>();
      for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
      const configs = new Set([...(a.configSources ?? []), ...[...byFile.keys()].filter((f) => isConfigFile(URI.file(f)) && !isProfileFile(URI.file(f)))]);
      for (const f of configs) {
        const uri = URI.file(f);
        const cur = documents.get(uri) ? undefined : diskText(f);
        if (!cur) continue;
        const doc = TextDocument.create(uri, 'json', 0, cur.text);
        const diags = configFileDiagnostics(doc, f, a.locale, { trusted, root: rootOf(a.uri) });
        if (diags.length > 0) problems.set(uri, diags);
      }
      for (const [f, errs] of byFile) {
        const uri = URI.file(f);
        if (configs.has(f) || documents.get(uri)) continue;
        const doc = TextDocument.create(uri, 'json', 0, diskText(f)?.text ?? '');
        problems.set(uri, errs.map((e) => configDiagnostic(doc, e)));
      }
    }
    for (const [uri, entry] of external) {
      if (entry.letters.has(letterUri) && !problems.has(uri)) {
        entry.letters.delete(letterUri);
        if (entry.letters.size === 0) {
          external.delete(uri);
          if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      }
    }
    for (const [uri, diagnostics] of problems) {
      let entry = external.get(uri);
      if (!entry) external.set(uri, (entry = { letters: new Set(), key: '' }));
      entry.letters.add(letterUri);
      const key = JSON.stringify(diagnostics);
      if (key !== entry.key) {
        entry.key = key;
        void connection.sendDiagnostics({ uri, diagnostics });
      }
    }
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
      syncConfigProblems(doc.uri, a.isReply ? a : undefined);
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
    void az().settingsFor(uri).then((s) => {
      if (s.run === 'onType') schedule(uri, debounceFor(uri, s.debounce));
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
    lintMs.delete(uri);
    az().forget(uri);
    forgetWordView(uri);
    if (showing.delete(uri) || isConfigFile(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    // The file on disk takes the closed document's place in the index; pushed, its cross-letter
    // findings stay in view.
    void letters!.closed(uri).then(() => {
      const left = pullDiagnostics ? [] : letters!.diagnostics(uri, undefined, relatedInformation);
      if (left.length > 0) void connection.sendDiagnostics({ uri, diagnostics: left });
    });
    if (isConfigFile(uri)) external.delete(uri);
    else syncConfigProblems(uri, undefined);
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

  /** Every letter in the workspace (files matching `replylint.files`) and every open letter. */
  async function draftInputs(): Promise<{ inputs: DraftInput[]; a?: Analysis }> {
    const byPath = new Map<string, DraftInput>();
    let first: Analysis | undefined;
    for (const d of documents.all()) {
      if (isConfigFile(d.uri)) continue;
      const a = await az().analyze(d, current(d.uri));
      if (!a.isReply || a.skipped) continue;
      first ??= a;
      const path = URI.fsPath(d.uri) ?? URI.path(d.uri);
      byPath.set(path, { path, text: d.getText() });
    }
    const { decode } = await loadLegacyDecoding();
    for (const r of roots) {
      const root = URI.fsPath(r);
      if (!root) continue;
      const settings = await az().settingsFor(r);
      for (const f of scanLetters(root, settings.files, { maxFiles: 5000, maxVisited: 50_000, maxSize: settings.maxDocumentSize })) {
        if (byPath.has(f)) continue;
        try {
          // Decoded like the CLI reads files (UTF-8, UTF-16 with BOM, GB18030); binary files left out.
          const decoded = decode(readFileSync(f));
          if (decoded.kind === 'text') byPath.set(f, { path: f, text: decoded.text });
        } catch {
          // unreadable: left out
        }
      }
    }
    // Places relative to the workspace folder they are in.
    const rel = (p: string) => {
      const root = rootOf(URI.file(p));
      return root && p.startsWith(root) ? p.slice(root.length).replace(/^[\\/]+/, '') : p;
    };
    return { inputs: [...byPath.values()].map((i) => ({ path: rel(i.path), text: i.text })), a: first };
  }

  connection.onExecuteCommand(async (params) => {
    const args = Array.isArray(params?.arguments) ? params.arguments : [];
    if (params?.command === ServerCommands.buildRegistryDraft) {
      const opt = (args[0] ?? {}) as { format?: unknown };
      const format = opt.format === 'csv' ? 'csv' : 'json';
      const { inputs, a } = await draftInputs();
      const draft = buildRegistryDraft(inputs, a?.config.registry);
      const result: RegistryDraftResult = { text: format === 'csv' ? draftToCsv(draft) : draftToJson(draft), format, entries: draft.length, letters: inputs.length };
      return result;
    }
    if (params?.command === ServerCommands.addToRegistry) {
      const file = typeof args[0] === 'string' ? args[0] : undefined;
      const entry = args[1] as PolicyEntry | undefined;
      if (!file || !entry || typeof entry.title !== 'string' || !entry.title.trim()) return { applied: false };
      const edit = addToRegistryEdit(file, { title: entry.title, ...(typeof entry.docNumber === 'string' ? { docNumber: entry.docNumber } : {}) }, textOf, edits.documentChanges);
      if (!edit) return { applied: false };
      const res = await connection.workspace.applyEdit({ label: 'add to registry', edit });
      return { applied: res.applied };
    }
    const x = await analysisOf(args[0]);
    if (!x) return { applied: false };
    const { doc, a } = x;
    if (params.command === ServerCommands.exportDocx) {
      // Word export (loaded on first use: the `docx` writer is not needed to lint).
      if (!a.result) return { errors: 0, firstErrors: [], failure: 'not a reply letter (or not linted)' } satisfies ExportDocxResult;
      return exportForEditor(a.result, a.config, a.fsPath, (args[2] && typeof args[2] === 'object' ? args[2] : {}) as ExportDocxOptions);
    }
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
    letters?.dispose();
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
