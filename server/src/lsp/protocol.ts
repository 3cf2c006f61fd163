/**
 * What the server and the VS Code client share: the settings shape and the custom requests and
 * notifications. Plain types and string constants only (no imports), so the client's bundle and
 * the server's bundle both compile this one file; no symlinks, no duplicated copies.
 */

/** LSP range (0-based line/character, UTF-16), repeated here to keep this file import-free. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export type RunMode = 'onType' | 'onSave';
export type LocaleSetting = 'auto' | 'zh' | 'en';

/** The `replylint.*` settings, per resource (`scope: resource`). */
export interface ReplylintSettings {
  enable: boolean;
  /** Profile id (generic, xiamen, fujian, national-npc, national-cppcc); '' = from config files. */
  profile: string;
  /** Lint while typing (debounced) or only on open and save. */
  run: RunMode;
  /** Also treat Markdown/plain-text documents as letters when their content looks like one. */
  detect: boolean;
  /** Globs (relative to the workspace folder) of files that are always letters. */
  files: string[];
  /** Language of messages; 'auto' follows the editor. */
  locale: LocaleSetting;
  /** Milliseconds to wait after the last keystroke before linting. */
  debounce: number;
  /** Documents larger than this many bytes (UTF-8) are not linted (one information message instead). */
  maxDocumentSize: number;
}

/** 5 MB, like the CLI's --max-file-size default. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;

export const DEFAULT_SETTINGS: ReplylintSettings = {
  enable: true,
  profile: '',
  run: 'onType',
  detect: true,
  files: ['**/*.reply.md', '**/*.reply.txt'],
  locale: 'auto',
  debounce: 150,
  maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
};

/** Coerces whatever a client sent into settings, falling back to the defaults field by field. */
export function toSettings(raw: unknown): ReplylintSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const files = Array.isArray(r.files) ? r.files.filter((f): f is string => typeof f === 'string' && f.length > 0) : d.files;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : d.enable,
    profile: typeof r.profile === 'string' ? r.profile : d.profile,
    run: r.run === 'onSave' || r.run === 'onType' ? r.run : d.run,
    detect: typeof r.detect === 'boolean' ? r.detect : d.detect,
    files,
    locale: r.locale === 'zh' || r.locale === 'en' || r.locale === 'auto' ? r.locale : d.locale,
    debounce: typeof r.debounce === 'number' && Number.isFinite(r.debounce) && r.debounce >= 0 ? Math.min(r.debounce, 5000) : d.debounce,
    maxDocumentSize: typeof r.maxDocumentSize === 'number' && Number.isFinite(r.maxDocumentSize) && r.maxDocumentSize > 0 ? r.maxDocumentSize : d.maxDocumentSize,
  };
}

/** Server commands (workspace/executeCommand); arguments: [uri: string, version?: number, offset?: number]. */
export const ServerCommands = {
  fixAll: 'replylint.server.fixAll',
  fixRule: 'replylint.server.fixRule',
  renumberDocument: 'replylint.server.renumberDocument',
  renumberLevel: 'replylint.server.renumberLevel',
  /** Arguments: [registryFile: string (path), entry: {title, docNumber?}]; applies an edit to the registry file. */
  addToRegistry: 'replylint.server.addToRegistry',
  /** Arguments: [{ format?: 'json' | 'csv' }]; returns a `RegistryDraftResult` (the client opens it). */
  buildRegistryDraft: 'replylint.server.buildRegistryDraft',
  /** Arguments: [uri, version?, ExportDocxOptions?]; returns an `ExportDocxResult`. */
  exportDocx: 'replylint.server.exportDocx',
} as const;

/** Word export (GB/T 9704): where to write, and whether to export a letter that has errors. */
export interface ExportDocxOptions {
  /** File system path of the .docx; absent: beside the letter (its name with .docx), or returned as bytes for an unsaved letter. */
  target?: string;
  force?: boolean;
  /** A layout variant on top of the profile's layout (e.g. fixed-28pt). */
  layoutProfile?: string;
}

export interface ExportDocxResult {
  /** The path written. */
  written?: string;
  /** The .docx, base64, when there was nowhere to write it (an unsaved letter and no target). */
  base64?: string;
  /** Errors in the letter; when not forced, nothing is exported. */
  errors: number;
  /** The first errors, for the message (line 1-based). */
  firstErrors: Array<{ line: number; message: string; ruleId: string }>;
  /** Why nothing was exported when it is not the errors: not a letter, unwritable target (one line). */
  failure?: string;
}

export interface RegistryDraftResult {
  /** The draft registry file (JSON, or CSV when asked). */
  text: string;
  format: 'json' | 'csv';
  /** Distinct titles in the draft. */
  entries: number;
  /** Letters scanned (workspace files matching `replylint.files` and open letters). */
  letters: number;
}

// ---------------------------------------------------------------------------------------------
// Workspace trust: `initializationOptions.trusted` (absent = trusted: editors without a trust
// model) and this notification when VS Code grants trust later. In an untrusted workspace,
// registry, profile and `extends` files outside the workspace folder are not read.

export const TrustNotification = 'replylint/trust';

export interface TrustParams {
  trusted: boolean;
}

/** Code action kind for "fix all" (so `editor.codeActionsOnSave` can ask for it). */
export const FIX_ALL_KIND = 'source.fixAll.replylint';

// ---------------------------------------------------------------------------------------------
// replylint/structure: what the "Reply structure" view shows for one document.

export const StructureRequest = 'replylint/structure';

export interface StructureParams {
  uri: string;
}

export interface ChecklistItem {
  /** Element id: title, docNumber, salutation, acknowledgement, body, closing, signer, … */
  id: string;
  label: string;
  present: boolean;
  /** Required by the active profile (otherwise shown for information). */
  required: boolean;
  /** Where the element is (jump target), when present. */
  range?: WireRange;
}

export interface SectionNode {
  /** Marker and heading, e.g. “（三）着力提升产业基础能力”. */
  label: string;
  level: number;
  range: WireRange;
  /** The heading (marker + heading text), the jump target. */
  selectionRange: WireRange;
  children: SectionNode[];
}

export type CitationStatus = 'ok' | 'problem' | 'unknown';

export interface CitationInfo {
  title: string;
  docNumber?: string;
  /** How many times the letter cites it. */
  count: number;
  /** First citation in the letter. */
  range: WireRange;
  /** problem: a diagnostic sits on one of its citations; unknown: no registry knows it. */
  status: CitationStatus;
  /** Other open documents that cite the same title. */
  alsoIn: number;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface StructureResult {
  uri: string;
  version: number | null;
  /** False when the document is not treated as a reply letter (the view shows nothing). */
  isReply: boolean;
  profile: string;
  /** The letter's kind as the parser read it (parse/kind.ts), with its label in the locale. */
  kind?: { id: string; label: string };
  checklist: ChecklistItem[];
  sections: SectionNode[];
  citations: CitationInfo[];
  counts: Counts;
}

// ---------------------------------------------------------------------------------------------
// replylint/status: sent after each publish, so the client knows which documents are letters
// (status bar, view context) without detecting anything itself.

export const StatusNotification = 'replylint/status';

export interface StatusParams {
  uri: string;
  version: number | null;
  isReply: boolean;
  counts: Counts;
}

// ---------------------------------------------------------------------------------------------
// replylint/replies: the workspace's letters for the "Replies" view (one row per letter), from
// the server's workspace index; replylint/repliesChanged tells the client to ask again.

export const RepliesRequest = 'replylint/replies';
export const RepliesChangedNotification = 'replylint/repliesChanged';

export type DeadlineState = 'answered' | 'late' | 'due' | 'overdue' | 'unknown';

export interface ReplyRow {
  uri: string;
  /** Path relative to its workspace folder. */
  file: string;
  number?: string;
  deputy?: string;
  title?: string;
  /** Result category (A/B/C/D), from the letter or its front matter. */
  category?: string;
  /** 成文日期, YYYY-MM-DD. */
  issueDate?: string;
  /** 交办日期 + the profile's months, YYYY-MM-DD. */
  deadline?: string;
  /** Days to the deadline for a reply not yet dated (negative: overdue). */
  daysLeft?: number;
  state: DeadlineState;
  /** Findings, the cross-letter ones included. */
  counts: Counts;
}

export interface RepliesResult {
  /** The index is still being built (rows so far). */
  indexing: boolean;
  rows: ReplyRow[];
  totals: { letters: number; byCategory: Record<string, number>; overdue: number };
}

// ---------------------------------------------------------------------------------------------
// Word letters (.docx): the client shows the extracted letter as a read-only virtual document
// `replylint-docx:<path of the .docx>`, whose text the server serves; the server lints it like
// any letter (one line per paragraph) and writes reviewed copies.

export const WORD_SCHEME = 'replylint-docx';

/** The extracted text of a .docx. Params: the file: URI of the .docx. */
export const WordTextRequest = 'replylint/wordText';

export interface WordTextParams {
  uri: string;
}

export interface WordTextResult {
  text?: string;
  paragraphs?: number;
  /** One line saying why the file could not be read (`not a Word document (…)`). */
  error?: string;
}

/** `replylint review` from the editor: writes NAME.reviewed.docx beside the .docx. */
export const WordReviewRequest = 'replylint/wordReview';

export interface WordReviewParams {
  uri: string;
}

export interface WordReviewResult {
  /** file: URI of the reviewed copy. */
  output?: string;
  comments?: number;
  changes?: number;
  error?: string;
}
