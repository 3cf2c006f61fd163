/**
 * The language server's workspace index: every letter of the workspace folders (files matching
 * `replylint.files`) and every open letter, as the facts the cross-letter rules read. Built in
 * the background after start-up (with work-done progress where the client shows it), kept up to
 * date from open documents' analyses and from file events, and re-checked a moment after the
 * last change. The cross-letter findings become diagnostics with `relatedInformation` (source
 * `replylint-workspace`); the server decides whether they are pushed or pulled.
 */
import { relative } from 'node:path';
import { FileChangeType, type Connection, type Diagnostic, type DiagnosticRelatedInformation, type FileEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkWorkspace,
  dayOf,
  deadlineStatus,
  type Decoded,
  DOCS_BASE,
  factsFor,
  formatOf,
  isoDay,
  type LetterFacts,
  letterTotals,
  lint,
  type LintConfig,
  loadConfigForFile,
  type Locale,
  type Place,
  SOURCE,
  type WorkspaceFinding,
} from '../index';

/**
 * The source of cross-letter diagnostics: shown beside the rule id, it says the finding comes
 * from the letters together (and keeps them apart from a letter's own findings and counts).
 */
export const WORKSPACE_SOURCE = `${SOURCE}-workspace`;
import type { Analysis, Analyzer } from './analysis';
import { severities } from './diagnostics';
import { countsOf } from './structure';
import { readLetterFile, scanLetters } from './registry-actions';
import { matchesGlobs } from './detect';
import { toLspRange } from './positions';
import type { Counts, RepliesResult, ReplyRow } from './protocol';
import { URI } from './uri';

interface Entry {
  uri: string;
  /** Path relative to its workspace folder (messages, the Replies view). */
  name: string;
  facts: LetterFacts;
  counts: Counts;
  locale: Locale;
  /** Came from an open document (file events leave it alone until it is closed). */
  open: boolean;
}

export interface IndexOptions {
  connection: Connection;
  analyzer: Analyzer;
  roots: () => string[];
  trusted: () => boolean;
  /** The client shows server-initiated progress (window.workDoneProgress). */
  progress: boolean;
  /** The findings of these URIs changed (re-publish or ask the client to pull again). */
  onFindings: (uris: Set<string>) => void;
  /** The rows of the Replies view changed. */
  onRows: () => void;
  /** Milliseconds between the last change and the re-check. */
  delay?: number;
}

/** 1-based line/column of another file's place → an LSP range (0-based), for files not open. */
function placeRange(p: Place) {
  return { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.endLine - 1, character: p.endColumn - 1 } };
}

const LETTER_FILE = /\.(?:md|markdown|txt)$/i;

export class WorkspaceLetters {
  private entries = new Map<string, Entry>();
  private findings = new Map<string, WorkspaceFinding[]>();
  private keys = new Map<string, string>();
  /** URIs of the letters, in the order the last check numbered them (for related places). */
  private relatedUris: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private building = false;
  /** Resolves when the first full scan is indexed. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly o: IndexOptions) {}

  get indexing(): boolean {
    return this.building;
  }

  private key(uri: string): string {
    return URI.fsPath(uri) ?? uri;
  }

  private nameOf(uri: string): string {
    const path = URI.fsPath(uri) ?? URI.path(uri);
    const root = this.rootOf(path);
    return root ? relative(root, path).split('\\').join('/') : (path.split('/').pop() ?? path);
  }

  /** Scans the workspace folders in the background, yielding between files. */
  start(): Promise<void> {
    this.ready = this.scan().catch((err) => this.o.connection.console.error(`replylint: workspace index: ${(err as Error).message}`));
    return this.ready;
  }

  private async scan(): Promise<void> {
    this.building = true;
    const files: Array<{ path: string; root: string }> = [];
    for (const r of this.o.roots()) {
      const root = URI.fsPath(r);
      if (!root) continue;
      const settings = await this.o.analyzer.settingsFor(r);
      if (!settings.enable) continue;
      for (const path of scanLetters(root, settings.files, { maxFiles: 5000, maxVisited: 50_000, maxSize: settings.maxDocumentSize })) files.push({ path, root });
    }
    const progress = this.o.progress && files.length > 0 ? await this.o.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Reply Lint', 0, `0/${files.length}`, false);
    try {
      for (let i = 0; i < files.length; i++) {
        const uri = URI.file(files[i].path);
        if (!this.entries.get(this.key(uri))?.open) await this.readDisk(uri, files[i].path, files[i].root);
        if (i % 10 === 9) {
          progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
          // Yield, so edits and requests are answered while the index is built.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      progress?.done();
      this.building = false;
    }
    this.flush(true);
  }

  /** Runs a pending re-check now (or a check anyway with `force`): answers see the latest state. */
  flush(force = false): void {
    if (!this.timer && !force) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.check();
  }

  /** A letter on disk: decoded like the CLI reads files, linted under its own config. */
  private async readDisk(uri: string, path: string, root?: string): Promise<void> {
    let decoded: Decoded;
    try {
      decoded = await readLetterFile(path);
    } catch {
      this.entries.delete(this.key(uri));
      return;
    }
    if (decoded.kind !== 'text') return;
    const text = decoded.text;
    const settings = await this.o.analyzer.settingsFor(uri);
    const locale = this.o.analyzer.localeOf(settings);
    const overrides: Partial<LintConfig> = { locale };
    if (settings.profile) overrides.profile = settings.profile;
    const resolved = loadConfigForFile(path, { root, overrides, trusted: this.o.trusted() });
    if (resolved.ignored) return;
    const config: LintConfig = { ...resolved.config, ...overrides };
    const result = lint({ text, format: formatOf(path), path }, config);
    this.entries.set(this.key(uri), { uri, name: this.nameOf(uri), facts: factsFor(result, config), counts: countsOf(result.messages), locale, open: false });
  }

  /** An open document's analysis: its facts replace the disk copy's. */
  update(a: Analysis): void {
    const k = this.key(a.uri);
    if (!a.isReply || !a.result) {
      if (this.entries.get(k)?.open) {
        this.entries.delete(k);
        this.recheck();
      }
      return;
    }
    this.entries.set(k, { uri: a.uri, name: this.nameOf(a.uri), facts: factsFor(a.result, a.config), counts: countsOf(a.result.messages), locale: a.locale, open: true });
    this.recheck();
  }

  /** A document was closed: the file on disk (if it is a workspace letter) takes its place. */
  async closed(uri: string): Promise<void> {
    const k = this.key(uri);
    const e = this.entries.get(k);
    if (!e?.open) return;
    this.entries.delete(k);
    const path = URI.fsPath(uri);
    const settings = await this.o.analyzer.settingsFor(uri);
    if (path && this.inWorkspace(path, settings.files)) await this.readDisk(uri, path, this.rootOf(path));
    this.recheck();
  }

  private rootOf(path: string): string | undefined {
    return this.o
      .roots()
      .map((r) => URI.fsPath(r))
      .filter((r): r is string => !!r && path.startsWith(r))
      .sort((a, b) => b.length - a.length)[0];
  }

  private inWorkspace(path: string, globs: string[]): boolean {
    const root = this.rootOf(path);
    return !!root && matchesGlobs(relative(root, path).split('\\').join('/'), globs);
  }

  /** File events for letters (created, changed, deleted on disk); returns the other events. */
  async filesChanged(changes: FileEvent[]): Promise<FileEvent[]> {
    const rest: FileEvent[] = [];
    let touched = false;
    for (const c of changes) {
      const path = URI.fsPath(c.uri);
      if (!path || !LETTER_FILE.test(path)) {
        rest.push(c);
        continue;
      }
      const k = this.key(c.uri);
      if (this.entries.get(k)?.open) continue;
      touched = true;
      if (c.type === FileChangeType.Deleted) this.entries.delete(k);
      else {
        const settings = await this.o.analyzer.settingsFor(c.uri);
        if (this.inWorkspace(path, settings.files)) await this.readDisk(URI.file(path), path, this.rootOf(path));
      }
    }
    if (touched) this.recheck();
    return rest;
  }

  /** Re-read every letter that is not open (config files changed). */
  rescan(): void {
    this.ready = this.ready
      .then(() => {
        for (const [k, e] of this.entries) if (!e.open) this.entries.delete(k);
        return this.scan();
      })
      .catch((err) => this.o.connection.console.error(`replylint: workspace index: ${(err as Error).message}`));
  }

  /** Runs the cross-letter rules `delay` ms after the last change. */
  recheck(delay = this.o.delay ?? 150): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.check();
    }, delay);
  }

  /** The indexed letters sorted by path (the order the check numbers them and the Replies view lists them). */
  private byName(): Entry[] {
    return [...this.entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The cross-letter findings now, and which URIs' findings changed. */
  check(): Set<string> {
    const list = this.byName();
    const found = checkWorkspace(list.map((e) => ({ file: e.uri, name: e.name, facts: e.facts })));
    const next = new Map<string, WorkspaceFinding[]>();
    for (const f of found) {
      const uri = list[f.letter].uri;
      const l = next.get(uri);
      if (l) l.push(f);
      else next.set(uri, [f]);
    }
    const changed = new Set<string>();
    const nextKeys = new Map<string, string>();
    for (const [uri, fs] of next) {
      const key = JSON.stringify(fs.map((f) => [f.ruleId, f.severity, f.place.offset, f.place.endOffset, f.message.zh, f.related.map((r) => [list[r.letter].uri, r.place.offset])]));
      nextKeys.set(uri, key);
      if (this.keys.get(uri) !== key) changed.add(uri);
    }
    for (const uri of this.keys.keys()) if (!next.has(uri)) changed.add(uri);
    this.findings = next;
    this.relatedUris = list.map((e) => e.uri);
    this.keys = nextKeys;
    if (changed.size > 0) this.o.onFindings(changed);
    this.o.onRows();
    return changed;
  }

  /** URIs that have cross-letter findings now. */
  urisWithFindings(): string[] {
    return [...this.findings.keys()];
  }

  /** Every indexed letter's URI. */
  uris(): string[] {
    return [...this.entries.values()].map((e) => e.uri);
  }

  /**
   * The cross-letter diagnostics of one letter. An open document's ranges come from its text;
   * related places in other files from their line/column. `related`: the client shows
   * relatedInformation (otherwise the message already names the other files).
   */
  diagnostics(uri: string, doc: TextDocument | undefined, related: boolean): Diagnostic[] {
    const fs = this.findings.get(uri) ?? [];
    const locale = this.entries.get(this.key(uri))?.locale ?? 'zh';
    return fs.map((f) => {
      const d: Diagnostic = {
        range: doc ? toLspRange(doc, [f.place.offset, f.place.endOffset]) : placeRange(f.place),
        severity: severities[f.severity],
        code: f.ruleId,
        codeDescription: { href: DOCS_BASE + f.ruleId + '.md' },
        source: WORKSPACE_SOURCE,
        message: f.message[locale],
        data: { ruleId: f.ruleId, workspace: true },
      };
      if (related && f.related.length > 0) {
        d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => {
          const other = this.relatedUris[r.letter];
          const name = this.entries.get(this.key(other))?.name ?? other;
          return { location: { uri: other, range: placeRange(r.place) }, message: locale === 'zh' ? `另见 ${name}` : `See ${name}` };
        });
      }
      return d;
    });
  }

  /** The Replies view: one row per letter, sorted by path, and the totals. */
  replies(today = new Date()): RepliesResult {
    const day = dayOf(today);
    const rows: ReplyRow[] = [];
    const list = this.byName();
    for (const e of list) {
      const f = e.facts;
      const st = deadlineStatus(f, day);
      const counts = { ...e.counts };
      for (const w of this.findings.get(e.uri) ?? []) counts[w.severity]++;
      rows.push({
        uri: e.uri,
        file: e.name,
        ...(f.number ? { number: f.number.value } : {}),
        ...(f.deputy ? { deputy: f.deputy.name } : {}),
        ...(f.title ? { title: f.title } : {}),
        ...(f.category ? { category: f.category } : {}),
        ...(f.issueDate ? { issueDate: isoDay(f.issueDate) } : {}),
        ...(f.deadline ? { deadline: isoDay(f.deadline) } : {}),
        ...(st.kind === 'due' || st.kind === 'overdue' ? { daysLeft: st.days } : {}),
        state: st.kind,
        counts,
      });
    }
    return {
      indexing: this.building,
      rows,
      totals: letterTotals(
        list.map((e) => e.facts),
        day,
      ),
    };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
