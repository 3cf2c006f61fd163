// The bundled CLI of the extension under development (bin/replylint.cjs), to check that the
// editor and the command line agree.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { extension } from './util';

export function cliPath(): string | undefined {
  const bin = path.join(extension().extensionPath, 'bin', 'replylint.cjs');
  return existsSync(bin) && existsSync(path.join(extension().extensionPath, 'dist', 'cli.cjs')) ? bin : undefined;
}

export function cli(args: string[], input?: string): string {
  const bin = cliPath();
  if (!bin) throw new Error('the CLI is not built');
  try {
    return execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' } });
  } catch (err) {
    // Exit code 1 means "errors found"; the report is still on stdout.
    const e = err as { status?: number; stdout?: string };
    if (e.status === 1 && typeof e.stdout === 'string') return e.stdout;
    throw err;
  }
}
