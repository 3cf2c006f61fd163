/** Worker-thread entry (bundled as dist/cli-worker.cjs): lints the batches the pool sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileOutcome, type FileTask, type LintSettings } from './lint-file';

const settings: LintSettings = { ...(workerData as { settings: LintSettings }).settings, folderConfigs: new Map() };

parentPort!.on('message', async (msg: { batch: number; tasks: FileTask[] }) => {
  const outcomes: FileOutcome[] = [];
  for (const task of msg.tasks) {
    try {
      outcomes.push(await lintFile(task, settings));
    } catch (err) {
      outcomes.push({ file: task.file, kind: 'failed', reason: `internal error on ${task.file}: ${(err as Error).message}` });
    }
  }
  parentPort!.postMessage({ batch: msg.batch, outcomes });
});
