/**
 * Per-document state: settings (per resource, never global), whether the document is a letter,
 * and the lint result for one document version. Everything else in the server reads an
 * `Analysis`; nothing here knows about particular LSP features.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type ConfigError, ConfigStore, formatOf, lint, type LintConfig, type LintResult, loadConfigForFile, type Locale, type Profile, resolveProfile } from '../index';
import { DEFAULT_SETTINGS, toSettings, type ReplylintSettings } from './protocol';
import { isReplyDocument } from './detect';
import { adaptWordMessages, isWordView, wordSourcePath } from './word';
import { URI } from './uri';

export interface Analysis {
  uri: string;
  version: number;
  /** Treated as a reply letter (globs or content) and linting is enabled. */
  isReply: boolean;
  settings: ReplylintSettings;
  locale: Locale;
  /** Present when isReply. */
  result?: LintResult;
  config: LintConfig;
  profile: Profile;
  format: 'txt' | 'md';
  fsPath?: string;
  /** A letter that was not linted: too large (`replylint.maxDocumentSize`) or binary-looking (NUL). */
  skipped?: { reason: 'size' | 'binary'; bytes: number; limit: number };
  /** Registry files of the resolved config, in order (the add-to-registry quick fix edits the first). */
  registryFiles?: string[];
  /** Problems in the config files (and registry files) this document's config came from. */
  configErrors?: ConfigError[];
  /** Config files that applied, nearest last. */
  configSources?: string[];
}

/** UTF-8 byte length without encoding a huge string when the answer is obvious. */
export function utf8Size(text: string, limit: number): number {
  return text.length * 3 <= limit ? text.length : Buffer.byteLength(text, 'utf8');
}

/** Why a letter is not linted, if it is not: over the size limit, or a NUL in its first 64 KB (binary). */
export function skipReason(text: string, limit: number): Analysis['skipped'] {
  if (text.length > limit) return { reason: 'size', bytes: Buffer.byteLength(text, 'utf8'), limit };
  const bytes = utf8Size(text, limit);
  if (bytes > limit) return { reason: 'size', bytes, limit };
  if (text.slice(0, 65536).includes('\0')) return { reason: 'binary', bytes, limit };
  return undefined;
}

export interface AnalyzerOptions {
  connection: Connection;
  /** Client locale from InitializeParams (zh* → zh, else en). */
  clientLocale: Locale;
  /** The client answers workspace/configuration. */
  pullConfiguration: boolean;
  /** Settings pushed in initializationOptions / didChangeConfiguration (clients without pull). */
  pushed: () => unknown;
  roots: () => string[];
  /** Workspace trust (false: files outside the workspace folders are not read). */
  trusted?: () => boolean;
}

export class Analyzer {
  private settingsCache = new Map<string, Promise<ReplylintSettings>>();
  private cache = new Map<string, Analysis>();
  /** Keeps the last good config per folder while a config file is being edited into shape. */
  private configs = new ConfigStore();

  constructor(private readonly opts: AnalyzerOptions) {}

  settingsFor(uri: string): Promise<ReplylintSettings> {
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.fetchSettings(uri);
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  private async fetchSettings(uri: string): Promise<ReplylintSettings> {
    const pushed = this.opts.pushed();
    const base = toSettings(pushed);
    if (!this.opts.pullConfiguration) return base;
    try {
      const raw = await this.opts.connection.workspace.getConfiguration({ scopeUri: uri, section: 'replylint' });
      return raw && typeof raw === 'object' ? toSettings({ ...(pushed as object), ...raw }) : base;
    } catch {
      return base;
    }
  }

  /** Forget settings and results (configuration or config files changed). */
  reset(): void {
    this.settingsCache.clear();
    this.cache.clear();
  }

  forget(uri: string): void {
    this.settingsCache.delete(uri);
    this.cache.delete(uri);
  }

  cached(uri: string): Analysis | undefined {
    return this.cache.get(uri);
  }

  /** Analysis of the document's current version (cached per version). */
  async analyze(doc: TextDocument, current: () => TextDocument | undefined = () => doc): Promise<Analysis> {
    const settings = await this.settingsFor(doc.uri);
    // Settings may have taken a round trip: lint whatever version is current now.
    const now = current() ?? doc;
    const hit = this.cache.get(now.uri);
    if (hit && hit.version === now.version) return hit;
    const a = this.compute(now, settings);
    this.cache.set(now.uri, a);
    return a;
  }

  localeOf(settings: ReplylintSettings): Locale {
    return settings.locale === 'auto' ? this.opts.clientLocale : settings.locale;
  }

  private compute(doc: TextDocument, settings: ReplylintSettings): Analysis {
    const text = doc.getText();
    const locale = this.localeOf(settings);
    const fsPath = URI.fsPath(doc.uri);
    const path = URI.path(doc.uri);
    const format = doc.languageId === 'markdown' ? 'md' : doc.languageId === 'plaintext' ? 'txt' : formatOf(path);
    // A Word view (a .docx the user asked to check) is a letter whatever its content.
    const isReply =
      settings.enable &&
      (isWordView(doc.uri) ||
        isReplyDocument({
          uri: doc.uri,
          languageId: doc.languageId,
          text,
          files: settings.files,
          detect: settings.detect,
          roots: this.opts.roots(),
        }));
    const configPath = fsPath ?? wordSourcePath(doc.uri);
    const overrides: Partial<LintConfig> = { locale };
    if (settings.profile) overrides.profile = settings.profile;
    let config: LintConfig = overrides;
    const extra: Partial<Analysis> = {};
    if (isReply) {
      try {
        const root = this.rootOf(doc.uri);
        const trusted = this.opts.trusted?.() !== false;
        const resolved = configPath ? this.configs.resolve(configPath, { root, overrides, trusted }) : loadConfigForFile(undefined, { root, overrides, trusted });
        config = { ...resolved.config, ...overrides };
        extra.configErrors = resolved.errors;
        extra.configSources = resolved.sources;
        if (resolved.registryFiles && resolved.errors.length === 0) extra.registryFiles = resolved.registryFiles;
        for (const e of resolved.errors) this.opts.connection.console.warn(`${e.file}:${e.line}:${e.column}: ${e.message}`);
        for (const f of resolved.skipped ?? []) this.opts.connection.console.warn(`replylint: untrusted workspace: not reading ${f} (outside the workspace folder)`);
      } catch (err) {
        this.opts.connection.console.error(`replylint: config for ${doc.uri}: ${(err as Error).message}`);
      }
    }
    const profile = resolveProfile(config.profile);
    const a: Analysis = { uri: doc.uri, version: doc.version, isReply, settings, locale, config, profile, format, fsPath, ...extra };
    if (isReply) {
      a.skipped = skipReason(text, settings.maxDocumentSize);
      if (!a.skipped) a.result = lint({ text, format, path: configPath ?? path }, config);
      if (a.result && isWordView(doc.uri)) adaptWordMessages(doc.uri, text, a.result.messages);
    }
    return a;
  }

  /** The workspace folder (file system path) a document is in: the longest root its URI starts with. */
  rootOf(uri: string): string | undefined {
    const root = this.opts
      .roots()
      .filter((r) => uri.startsWith(r.endsWith('/') ? r : r + '/'))
      .sort((a, b) => b.length - a.length)[0];
    return root ? URI.fsPath(root) : undefined;
  }
}

export { DEFAULT_SETTINGS };
