/**
 * The letters a registry draft is built from: every open letter, and every letter of the
 * workspace folders (files matching `replylint.files`, read from disk as the CLI reads them),
 * with paths relative to the folder they are in.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftInput } from '../index';
import type { Analysis, Analyzer } from './analysis';
import { isConfigFile } from './detect';
import { readLetterFile, scanLetters } from './registry-actions';
import { URI } from './uri';

export interface DraftSources {
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  roots: () => string[];
  rootOf: (uri: string) => string | undefined;
}

/** The inputs, and the analysis of the first open letter (its config's registry is the base). */
export async function draftInputs(s: DraftSources): Promise<{ inputs: DraftInput[]; a?: Analysis }> {
  const byPath = new Map<string, DraftInput>();
  let first: Analysis | undefined;
  for (const d of s.documents.all()) {
    if (isConfigFile(d.uri)) continue;
    const a = await s.analyzer.analyze(d, () => s.documents.get(d.uri));
    if (!a.isReply || a.skipped) continue;
    first ??= a;
    const path = URI.fsPath(d.uri) ?? URI.path(d.uri);
    byPath.set(path, { path, text: d.getText() });
  }
  for (const r of s.roots()) {
    const root = URI.fsPath(r);
    if (!root) continue;
    const settings = await s.analyzer.settingsFor(r);
    for (const f of scanLetters(root, settings.files, { maxFiles: 5000, maxVisited: 50_000, maxSize: settings.maxDocumentSize })) {
      if (byPath.has(f)) continue;
      try {
        // Decoded like the CLI reads files (UTF-8, UTF-16 with BOM, GB18030); binary files left out.
        const decoded = await readLetterFile(f);
        if (decoded.kind === 'text') byPath.set(f, { path: f, text: decoded.text });
      } catch {
        // unreadable: left out
      }
    }
  }
  // Places relative to the workspace folder they are in.
  const rel = (p: string) => {
    const root = s.rootOf(URI.file(p));
    return root && p.startsWith(root) ? p.slice(root.length).replace(/^[\\/]+/, '') : p;
  };
  return { inputs: [...byPath.values()].map((i) => ({ path: rel(i.path), text: i.text })), a: first };
}
