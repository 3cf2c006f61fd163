/**
 * The policy registry in the editor, beyond hover and completion: the "add this citation to the
 * registry" quick fix (an edit of the first configured registry file, comments and CSV columns
 * kept by `addEntryToRegistryText`), the workspace scan behind "build a registry draft", and the
 * problems of a config file's registry references (missing, malformed, not read when untrusted).
 * Registry and config files are only ever read as data.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { addEntryToRegistryText, type Decoded, decodeNative, loadLegacyDecoding, loadRegistryFile, type Locale, type PolicyEntry, validateConfigText } from '../index';
import type { Analysis } from './analysis';
import { configDiagnostic, isOurs } from './diagnostics';
import { matchesGlobs } from './detect';
import { t } from './i18n';
import { URI } from './uri';

/** Registry files larger than this are not edited by the quick fix. */
const MAX_REGISTRY_SIZE = 20 * 1024 * 1024;

/** The text of a file: the open document's when it is open, else the disk's. */
export type TextSource = (path: string) => { text: string; version: number | null } | undefined;

export function diskText(path: string): { text: string; version: null } | undefined {
  try {
    if (statSync(path).size > MAX_REGISTRY_SIZE) return undefined;
    return { text: readFileSync(path, 'utf8'), version: null };
  } catch {
    return undefined;
  }
}

/** One TextEdit turning `before` into `after` (common prefix and suffix left alone). */
export function minimalEdit(before: string, after: string): TextEdit {
  let s = 0;
  const n = Math.min(before.length, after.length);
  while (s < n && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  let e = 0;
  while (e < n - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  const doc = TextDocument.create('file:///x', 'plaintext', 0, before);
  return { range: { start: doc.positionAt(s), end: doc.positionAt(before.length - e) }, newText: after.slice(s, after.length - e) };
}

/** The WorkspaceEdit adding `entry` to the registry file at `path`, or undefined when it cannot be read. */
export function addToRegistryEdit(path: string, entry: PolicyEntry, source: TextSource, documentChanges: boolean): WorkspaceEdit | undefined {
  const cur = source(path);
  if (!cur) return undefined;
  const next = addEntryToRegistryText(cur.text, path, entry);
  if (next === cur.text) return undefined;
  const uri = URI.file(path);
  const edit = minimalEdit(cur.text, next);
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version: cur.version }, edits: [edit] }] } : { changes: { [uri]: [edit] } };
}

/** The citation (title and the 文号 written after it) under a cite-unknown-policy finding. */
function citationAt(doc: TextDocument, a: Analysis, d: Diagnostic): PolicyEntry | undefined {
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  for (const c of a.result?.tree.data.parts.citations ?? []) {
    const [ts, te] = c.titleRange;
    if (ts - 1 <= end && te + 1 >= start) {
      const title = c.title.trim();
      if (!title) return undefined;
      const entry: PolicyEntry = { title };
      if (c.docNumber) entry.docNumber = c.docNumber.raw.replace(/[[［]/g, '〔').replace(/[\]］]/g, '〕');
      return entry;
    }
  }
  return undefined;
}

/** "Add this citation to the registry" on each cite-unknown-policy finding (first configured registry file). */
export function addToRegistryActions(doc: TextDocument, a: Analysis, diagnostics: Diagnostic[], source: TextSource, documentChanges: boolean): CodeAction[] {
  const file = a.registryFiles?.[0];
  if (!file || !a.result) return [];
  const out: CodeAction[] = [];
  const done = new Set<string>();
  for (const d of diagnostics.filter(isOurs)) {
    if (d.data.ruleId !== 'cite-unknown-policy' || d.data.version !== doc.version) continue;
    const entry = citationAt(doc, a, d);
    if (!entry || done.has(entry.title)) continue;
    done.add(entry.title);
    const edit = addToRegistryEdit(file, entry, source, documentChanges);
    if (!edit) continue;
    out.push({ title: t(a.locale, 'action.addToRegistry', entry.title, basename(file)), kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
  }
  return out;
}

// ---- config files: problems with the files they reference ------------------------------------

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Diagnostics for a config file: the validator's (schema, unknown rules, missing files), plus a
 * malformed registry file named at its `registry` entry, plus (untrusted) references outside the
 * workspace that are not read.
 */
export function configFileDiagnostics(doc: TextDocument, path: string, locale: Locale, trust: { trusted: boolean; root?: string }): Diagnostic[] {
  const text = doc.getText();
  const errors = validateConfigText(text, path);
  const out = errors.map((e) => configDiagnostic(doc, e));
  if (errors.length > 0 || !isAbsolute(path)) return out;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const node = root && findNodeAtLocation(root, ['registry']);
  if (!node) return out;
  const items = node.type === 'array' ? (node.children ?? []) : [node];
  const dir = dirname(path);
  const boundary = trust.root ?? dir;
  for (const item of items) {
    if (item.type !== 'string' || typeof item.value !== 'string') continue;
    const target = resolve(dir, item.value);
    const range = { start: doc.positionAt(item.offset), end: doc.positionAt(item.offset + item.length) };
    if (!trust.trusted && !inside(boundary, target)) {
      out.push({ range, severity: DiagnosticSeverity.Information, source: 'replylint', code: 'config', message: t(locale, 'config.untrusted', item.value) });
      continue;
    }
    if (!existsSync(target) || !/\.(json|jsonc|csv)$/i.test(target)) continue;
    const loaded = loadRegistryFile(target);
    if (loaded.errors.length === 0) continue;
    const first = loaded.errors
      .slice(0, 3)
      .map((e) => `${basename(e.file)}:${e.line}:${e.column}: ${e.message}`)
      .join('; ');
    const more = loaded.errors.length > 3 ? ` (+${loaded.errors.length - 3})` : '';
    out.push({ range, severity: DiagnosticSeverity.Error, source: 'replylint', code: 'config', message: t(locale, 'config.registryMalformed', first + more) });
  }
  return out;
}

// ---- the workspace scan behind "build a registry draft" ---------------------------------------

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test', '.tmp']);

export interface ScanLimits {
  maxFiles: number;
  maxVisited: number;
  maxSize: number;
}

/**
 * A letter file's text, decoded as the CLI reads files (UTF-8, UTF-16 with BOM, GB18030; the
 * legacy decoder is loaded only for GB18030). Throws when the file cannot be read.
 */
export async function readLetterFile(path: string): Promise<Decoded> {
  const bytes = readFileSync(path);
  return decodeNative(bytes) ?? (await loadLegacyDecoding()).decode(bytes);
}

/** Files under `root` whose workspace-relative path matches `globs` (bounded walk, no symlinks followed). */
export function scanLetters(root: string, globs: string[], limits: ScanLimits = { maxFiles: 5000, maxVisited: 50_000, maxSize: 5 * 1024 * 1024 }): string[] {
  const out: string[] = [];
  let visited = 0;
  const walk = (dir: string): void => {
    let names: import('node:fs').Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      if (out.length >= limits.maxFiles || ++visited > limits.maxVisited) return;
      const p = join(dir, d.name);
      if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name) && !d.name.startsWith('.')) walk(p);
      } else if (d.isFile()) {
        const rel = relative(root, p).split('\\').join('/');
        if (!matchesGlobs(rel, globs)) continue;
        try {
          if (statSync(p).size > limits.maxSize) continue;
        } catch {
          continue;
        }
        out.push(p);
      }
    }
  };
  walk(root);
  return out.sort();
}
