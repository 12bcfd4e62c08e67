/**
 * Runs the documents of `renja audit`, `extract` and `tables` one at a time in a worker thread, with the batch's
 * mechanism (src/batch/pool.ts): a time limit per document (`--timeout`) and a heap cap, so a document that hangs
 * or eats memory fails as `timeout` / `internal-error` in one line and the others go on.
 */
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { ABANDONED, createDocPool, runIsolated } from '../batch/pool.js';
import { DEFAULT_WORKER_HEAP_MB, defaultWorkerFile } from '../batch/defaults.js';
import type { Logger } from 'pino';
import { EXIT_CANT_WRITE } from '../report/out-dir.js';
import type { CommandResult, CommandTask } from './command-task.js';
import { problem } from './output.js';

export interface IsolateOptions {
  timeoutSeconds: number;
  /** Threads: documents run at once (default 1; the commands run theirs in order). */
  workers?: number;
  maxHeapMb?: number;
  /** Compiled worker module; defaults to dist/batch/command-worker.js. */
  workerFile?: string;
  /** Threads a document's pages will be read on: the extra ones are started while the worker thread starts. */
  pageThreads?: number;
}

/** Where the command worker is: dist/batch/command-worker.js, next to the batch's own worker. */
export function commandWorkerFile(): string {
  return defaultWorkerFile(undefined, 'command-worker.js');
}

/**
 * Opens a pool (one thread unless asked), hands `work` a function that runs a task in it, and closes the pool. A task that times
 * out, crashes its thread or runs out of heap comes back as a failed result naming the file.
 */
export async function withDocumentWorker<T>(
  opts: IsolateOptions,
  work: (
    run: (task: CommandTask, onProgress?: (done: number, total: number) => void) => Promise<CommandResult>,
  ) => Promise<T>,
): Promise<T> {
  const pool = createDocPool<CommandTask, CommandResult>({
    filename: opts.workerFile ?? commandWorkerFile(),
    workers: opts.workers ?? 1,
    maxHeapMb: opts.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB,
  });
  // Terminating a thread while it still loads its ES modules aborts the whole process (a V8 fatal error in Node
  // 20-24), so each thread is made to load them, untimed, before a timed task: at the start and after every
  // failure (which may have cost the thread).
  let warm: Promise<unknown> | null = null;
  const warmUp = () =>
    (warm ??= pool.run({ kind: 'ping', file: '', pageThreads: opts.pageThreads }).catch(() => undefined));
  const run = async (task: CommandTask, onProgress?: (done: number, total: number) => void): Promise<CommandResult> => {
    await warmUp();
    // progress crosses from the document's thread on a port of its own, closed when the task ends
    const channel = onProgress && task.kind !== 'ping' ? new MessageChannel() : null;
    let finished = false;
    channel?.port1.on('message', ([done, total]: [number, number]) => {
      if (!finished) onProgress!(done, total);
    });
    const outcome = await runIsolated(
      pool,
      channel ? { ...task, progress: channel.port2 } : task,
      opts.timeoutSeconds * 1000,
      undefined,
      channel ? [channel.port2] : undefined,
    ).finally(() => {
      finished = true;
      channel?.port1.close();
    });
    if (outcome === ABANDONED || !outcome.ok) warm = null;
    if (outcome === ABANDONED) throw new Error('unreachable: no abandon signal given');
    if (outcome.ok) return outcome.value;
    return {
      status: 'failed',
      errorClass: outcome.errorClass,
      message: `${typeof task.file === 'string' ? path.basename(task.file) : task.file.map((f) => path.basename(f)).join(' + ')}: ${outcome.message}`,
    };
  };
  try {
    return await work(run);
  } finally {
    await pool.destroy();
  }
}

/**
 * Tells a failed or unwritable result of `extract` / `tables` in one line with its exit status (1, or 73 for an
 * output that cannot be written), and logs a successful one's warnings.
 */
export function reportResult(r: CommandResult, file: string, log: Logger): void {
  if (r.status === 'ok') {
    for (const w of r.warnings) log.warn({ file }, w);
    return;
  }
  problem(r.message);
  process.exitCode = r.status === 'unwritable' ? EXIT_CANT_WRITE : 1;
}
