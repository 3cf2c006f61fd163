/**
 * `replylint [options] <files | dirs | globs>`
 * Exit 0 = no errors (warnings allowed), 1 = errors found (or more warnings than
 * --max-warnings), 2 = the run itself failed (bad option, missing or unreadable file, bad
 * config, an input that could not be linted): one clear line on stderr, never a trace.
 *
 * Start-up stays lean: this module loads only the argument parser; the engine, the rules and
 * the formatters are imported once there is something to lint (see execute.ts).
 */
import { HELP, RunError, UsageError, parseCliArgs, type CliOptions } from './args';
import { fileURLToPath } from 'node:url';
import { requireCached } from './code-cache';

export { RunError };

declare const REPLYLINT_VERSION: string | undefined;

type ExecuteModule = typeof import('./execute');

/**
 * The engine is loaded only when there is something to lint. In the build it is a separate file,
 * dist/cli-engine.cjs, so that `--help`/`--version` do not even compile it; from source (tsx)
 * it is execute.ts.
 */
async function loadExecute(): Promise<ExecuteModule> {
  // Through V8's code cache (code-cache.ts): the engine is most of a short run's start-up.
  if (typeof REPLYLINT_VERSION === 'string') return requireCached(fileURLToPath(new URL('./cli-engine.cjs', import.meta.url))) as ExecuteModule;
  const spec = './execute';
  return (await import(spec)) as ExecuteModule;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  cwd: string;
  version: string;
  /** Standard input as bytes (for --stdin). */
  readStdin?: () => Promise<Buffer>;
  /** Raw bytes to standard output (the fixed text of --stdin --fix); defaults to stdout(utf8). */
  stdoutBytes?: (b: Buffer) => void;
  /** Environment (NO_COLOR / FORCE_COLOR); defaults to none. */
  env?: Record<string, string | undefined>;
}

export async function run(argv: string[], io: Io): Promise<number> {
  // `replylint export` and `replylint review letter.docx` run in the engine bundle (they lint);
  // export loads the Word writer on top (export-command.ts, review.ts).
  if (argv[0] === 'export') return (await loadExecute()).runExport(argv.slice(1), io);
  if (argv[0] === 'review') return (await loadExecute()).runReview(argv.slice(1), io);
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    io.stderr(`replylint: ${(err as Error).message}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout(io.version + '\n');
    return 0;
  }
  try {
    const { execute } = await loadExecute();
    return await execute(opts, io);
  } catch (err) {
    // By name too: the engine bundle has its own copies of these classes.
    const name = (err as Error)?.name;
    if (err instanceof UsageError || err instanceof RunError || name === 'UsageError' || name === 'RunError') {
      io.stderr(`replylint: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}
