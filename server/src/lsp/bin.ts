/**
 * Process entry of `replylint-language-server`: `--stdio` for any editor (Neovim, Helix, …),
 * `--node-ipc` when the VS Code client starts it. The transport is picked from argv.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

declare const REPLYLINT_VERSION: string;

const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-v')) {
  process.stdout.write((typeof REPLYLINT_VERSION === 'string' ? REPLYLINT_VERSION : '0.0.0-dev') + '\n');
} else if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('Usage: replylint-language-server --stdio | --node-ipc | --socket=<port>\n');
} else {
  const connection = createConnection(ProposedFeatures.all);
  // Log to the client, never to stdout (stdout is the protocol channel under --stdio).
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
  startServer(connection);
}
