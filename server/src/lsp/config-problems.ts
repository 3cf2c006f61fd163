/**
 * Problems in the config and registry files a letter's config came from, published on those
 * files when they are not open (an open one is validated as a document), so a broken registry
 * shows up even though only the letter is open. Cleared when no letter sees them any more.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigError } from '../index';
import type { Analysis } from './analysis';
import { isConfigFile, isProfileFile } from './detect';
import { configDiagnostic } from './diagnostics';
import { configFileDiagnostics, diskText } from './registry-actions';
import { URI } from './uri';

export interface ConfigProblemsOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  trusted: () => boolean;
  /** The workspace folder (file system path) a document is in. */
  rootOf: (uri: string) => string | undefined;
}

export class ConfigProblems {
  /** Files with published problems, and the letters that saw them. */
  private external = new Map<string, { letters: Set<string>; key: string }>();

  constructor(private readonly o: ConfigProblemsOptions) {}

  /** After linting a letter (`a` undefined: the letter is closed or not a letter). */
  sync(letterUri: string, a: Analysis | undefined): void {
    const { documents, connection } = this.o;
    const problems = this.problemsOf(a);
    for (const [uri, entry] of this.external) {
      if (entry.letters.has(letterUri) && !problems.has(uri)) {
        entry.letters.delete(letterUri);
        if (entry.letters.size === 0) {
          this.external.delete(uri);
          if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      }
    }
    for (const [uri, diagnostics] of problems) {
      let entry = this.external.get(uri);
      if (!entry) this.external.set(uri, (entry = { letters: new Set(), key: '' }));
      entry.letters.add(letterUri);
      const key = JSON.stringify(diagnostics);
      if (key !== entry.key) {
        entry.key = key;
        void connection.sendDiagnostics({ uri, diagnostics });
      }
    }
  }

  /** A config file was closed: it is validated as a file again when a letter sees it. */
  forgetFile(uri: string): void {
    this.external.delete(uri);
  }

  private problemsOf(a: Analysis | undefined): Map<string, Diagnostic[]> {
    const problems = new Map<string, Diagnostic[]>();
    const errors = a?.configErrors ?? [];
    if (!a || errors.length === 0) return problems;
    const byFile = new Map<string, ConfigError[]>();
    for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    const configs = new Set([...(a.configSources ?? []), ...[...byFile.keys()].filter((f) => isConfigFile(URI.file(f)) && !isProfileFile(URI.file(f)))]);
    for (const f of configs) {
      const uri = URI.file(f);
      const cur = this.o.documents.get(uri) ? undefined : diskText(f);
      if (!cur) continue;
      const doc = TextDocument.create(uri, 'json', 0, cur.text);
      const diags = configFileDiagnostics(doc, f, a.locale, { trusted: this.o.trusted(), root: this.o.rootOf(a.uri) });
      if (diags.length > 0) problems.set(uri, diags);
    }
    for (const [f, errs] of byFile) {
      const uri = URI.file(f);
      if (configs.has(f) || this.o.documents.get(uri)) continue;
      const doc = TextDocument.create(uri, 'json', 0, diskText(f)?.text ?? '');
      problems.set(
        uri,
        errs.map((e) => configDiagnostic(doc, e)),
      );
    }
    return problems;
  }
}
