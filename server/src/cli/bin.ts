/** Process entry of the `replylint` command; everything testable lives in main.ts. */
import { run } from './main';

declare const REPLYLINT_VERSION: string;

// `replylint … | head` closes the pipe early: stop quietly instead of throwing.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutBytes: (b) => process.stdout.write(b),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env,
  version: typeof REPLYLINT_VERSION === 'string' ? REPLYLINT_VERSION : '0.0.0-dev',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // A bug, not a user error: still one line, and exit 2.
    process.stderr.write(`replylint: internal error: ${(err as Error).message}\n`);
    process.exitCode = 2;
  },
);
