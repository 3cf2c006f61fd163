/** Helpers for the CLI tests: run the CLI in-process or as the built command, temp folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';
import { ROOT } from '../helpers';

export const CLI_FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
export const GENERIC = join(CLI_FIXTURES, 'generic');
export const BIN = join(ROOT, 'bin', 'replylint.cjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Raw bytes written by --stdin --fix. */
  bytes?: Buffer;
}

export async function runCli(args: string[], opts: { cwd: string; stdin?: Buffer | string; isTTY?: boolean; env?: Record<string, string> } = { cwd: ROOT }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  let bytes: Buffer | undefined;
  const code = await run(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdoutBytes: (b) => {
      bytes = bytes ? Buffer.concat([bytes, b]) : b;
    },
    readStdin: async () => (typeof opts.stdin === 'string' ? Buffer.from(opts.stdin) : (opts.stdin ?? Buffer.alloc(0))),
    isTTY: opts.isTTY ?? false,
    cwd: opts.cwd,
    env: opts.env ?? {},
    version: '0.1.0',
  });
  return { code, stdout, stderr, bytes };
}

/** A fresh temp folder, optionally seeded with the generic fixtures. */
export function tempDir(prefix = 'replylint-cli-', withFixtures = false): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (withFixtures) cpSync(GENERIC, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.cjs (and its engine and worker) when missing or older than the sources. */
export function ensureBundle(): void {
  let built: number;
  try {
    built = Math.min(...['cli.cjs', 'cli-engine.cjs', 'cli-worker.cjs'].map((f) => statSync(join(ROOT, 'dist', f)).mtimeMs));
  } catch {
    built = 0;
  }
  if (built > newestMtime(join(ROOT, 'server', 'src'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--only=cli'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

/** Runs the built command (node bin/replylint.cjs) as a child process. */
export function spawnCli(args: string[], opts: { cwd: string; input?: Buffer | string }): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, input: opts.input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}
