/**
 * Bulk runs on worker threads. Files go out in small batches to whichever worker is free; the
 * outcomes are put back in input order, so output is the same as a single-threaded run.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileOutcome, FileTask, LintSettings } from './lint-file';

declare const REPLYLINT_VERSION: string | undefined;

/** From this many files on, with at least three cores, `--concurrency auto` uses workers. */
export const WORKER_MIN_FILES = 64;
const BATCH = 8;

/**
 * Threads to use: 0 = lint in the main thread. Auto: one worker per core but one (the main
 * thread reads, decodes and formats), and none on two cores, where a single thread is faster:
 * each worker warms V8 up again (1,000 letters on 2 cores: 2.3 s on one thread, 2.7 s on two
 * workers; `npm run bench`).
 */
export function threadsFor(files: number, concurrency: number | undefined, cores = availableParallelism()): number {
  if (concurrency !== undefined) return Math.min(concurrency, Math.ceil(files / BATCH));
  if (files < WORKER_MIN_FILES || cores < 3) return 0;
  return Math.min(cores - 1, 8, Math.ceil(files / BATCH));
}

function createWorker(all: LintSettings): Worker {
  // Each thread keeps its own per-folder configs (worker.ts starts an empty map).
  const settings: LintSettings = { ...all, folderConfigs: undefined };
  // Inside the bundle (dist/cli.cjs) the worker is its sibling dist/cli-worker.cjs.
  if (typeof REPLYLINT_VERSION === 'string') return new Worker(new URL('./cli-worker.cjs', import.meta.url), { workerData: { settings } });
  // From source (tsx: tests, `npx tsx server/src/cli/bin.ts`): worker threads do not inherit
  // tsx's loader, so the worker registers it before importing worker.ts.
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const entry = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'].import.default;
  const api = pathToFileURL(join(dirname(pkgPath), entry)).href;
  const target = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(boot, { eval: true, workerData: { settings } });
}

export async function lintInWorkers(tasks: FileTask[], settings: LintSettings, threads: number): Promise<FileOutcome[]> {
  const results: FileOutcome[][] = [];
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += BATCH) batches.push(tasks.slice(i, i + BATCH));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      let running = 0;
      const feed = (w: Worker) => {
        if (next >= batches.length) {
          if (running === 0) resolvePool();
          return;
        }
        const batch = next++;
        running++;
        w.postMessage({ batch, tasks: batches[batch] });
      };
      for (let i = 0; i < Math.min(threads, batches.length); i++) {
        const w = createWorker(settings);
        workers.push(w);
        w.on('message', (msg: { batch: number; outcomes: FileOutcome[] }) => {
          results[msg.batch] = msg.outcomes;
          running--;
          feed(w);
        });
        w.on('error', rejectPool);
        w.on('exit', (code) => {
          if (code !== 0) rejectPool(new Error(`worker thread exited with code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
