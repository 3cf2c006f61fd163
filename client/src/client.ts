/** The LanguageClient: which documents go to the server and how the server is started. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const CLIENT_ID = 'replylint';

/**
 * Markdown and plain-text documents (files and untitled) go to the server, which decides which
 * of them are letters (the `replylint.files` globs, or content when `replylint.detect` is on);
 * for the others it answers nothing, so Markdown's own features are untouched.
 */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'untitled', language: 'plaintext' },
  // The read-only view of a Word letter (word.ts): always a letter.
  { scheme: 'replylint-docx' },
  { scheme: 'file', pattern: '**/.replylintrc{,.json}' },
  { scheme: 'file', pattern: '**/{*.replylint-profile.json,replylint-profiles/*.json}' },
];

/** Letter files on disk, for the server's workspace index. */
export const LETTER_FILES = '**/*.{md,markdown,txt}';

/** Files whose change re-checks every open letter (the server just re-reads its config). */
export const WATCHED_FILES = '**/{.replylintrc,.replylintrc.json,*.replylint-profile.json,replylint-profiles/*.json,*.policies.json,*.policies.csv,policy-registry*.json,policy-registry*.csv}';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // Config, profile and registry files change what every letter is checked against.
    synchronize: {
      configurationSection: 'replylint',
      // Letters too: the server's workspace index (cross-letter checks, the Replies view)
      // follows files created, changed and deleted on disk.
      fileEvents: [vscode.workspace.createFileSystemWatcher(WATCHED_FILES), vscode.workspace.createFileSystemWatcher(LETTER_FILES)],
    },
    outputChannelName: 'Reply Lint',
    // Evaluated at each (re)start: in an untrusted workspace the server reads no registry,
    // profile or extended config outside the workspace folder (it never executes anything).
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted }),
  };
  return new LanguageClient(CLIENT_ID, 'Reply Lint', serverOptions, clientOptions);
}
