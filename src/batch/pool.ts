/**
 * Runs tasks on a piscina pool, one document per worker thread at a time, isolating each: an exception, a hang
 * (per-task timeout: the thread is terminated) or a heap blow-up (`resourceLimits`) ends that task as a failure
 * with its class, and the pool goes on with fresh threads. Dispatch is done here, `workers` tasks at a time, so a
 * task's timeout starts when it starts running, not while it queues, and stopping dispatch is immediate.
 */
import { Piscina } from 'piscina';
import type { MessagePort } from 'node:worker_threads';
import type { ErrorClass } from '../pdf/errors.js';

export interface PoolOptions {
  /** Absolute path or file URL of the compiled worker module. */
  filename: string;
  workers: number;
  timeoutMs: number;
  /** Heap cap per worker thread (V8 old generation), MB. */
  maxHeapMb: number;
  /** When aborted, no further task is started; running ones finish. */
  stop?: AbortSignal;
  /** When aborted, running tasks are abandoned (their threads terminated) and reported to nobody. */
  abandon?: AbortSignal;
}

export type TaskOutcome<R> = { ok: true; value: R } | { ok: false; errorClass: ErrorClass; message: string };

export interface PoolRun {
  started: number;
  finished: number;
  abandoned: number;
}

const TIMEOUT = Symbol('timeout');
const ABANDON = Symbol('abandon');

/** Turns a rejected task into a failure class and a one-line reason. */
export function classifyTaskError(
  err: unknown,
  timedOut: boolean,
  timeoutMs: number,
): { errorClass: ErrorClass; message: string } {
  if (timedOut)
    return { errorClass: 'timeout', message: `did not finish within ${formatSeconds(timeoutMs)} (worker stopped)` };
  const e = err as { code?: string; message?: string } | undefined;
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return { errorClass: 'internal-error', message: 'ran out of memory (worker heap limit reached; worker stopped)' };
  return {
    errorClass: 'internal-error',
    message: `worker failed: ${(e?.message ?? String(err)).replace(/\s+/g, ' ').trim()}`,
  };
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** The settings of a document pool: compiled worker module, thread count, heap cap per thread. */
export interface DocPoolOptions {
  filename: string;
  workers: number;
  maxHeapMb: number;
}

/** A piscina pool of `workers` long-lived threads, each with a heap cap; errors between tasks are ignored. */
export function createDocPool<T, R>(opts: DocPoolOptions): Piscina<T, R> {
  const pool = new Piscina<T, R>({
    filename: opts.filename,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    // Threads load pdf.js once; keep them for the whole batch rather than restarting between documents.
    idleTimeout: 60_000,
    // The worker is async (pdf.js, file writes): no Atomics pausing between tasks.
    atomics: 'disabled',
    resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb },
  });
  // Errors outside a task (a thread dying between tasks) must not crash the batch; the next task gets a new thread.
  pool.on('error', () => undefined);
  return pool;
}

/** A task abandoned on request: its outcome is reported to nobody. */
export const ABANDONED = Symbol('abandoned');

/**
 * Runs one task on the pool with its own time limit: a throw, a thread death or a timeout (the thread is
 * terminated) becomes a failure outcome with its class. When `abandon` fires first, returns ABANDONED.
 */
export async function runIsolated<T, R>(
  pool: Piscina<T, R>,
  task: T,
  timeoutMs: number,
  abandon?: AbortSignal,
  /** Ports in the task handed over to the thread (a progress channel). */
  transferList?: MessagePort[],
): Promise<TaskOutcome<R> | typeof ABANDONED> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(TIMEOUT), timeoutMs);
  const onAbandon = () => ctl.abort(ABANDON);
  abandon?.addEventListener('abort', onAbandon);
  let outcome: TaskOutcome<R>;
  try {
    outcome = {
      ok: true,
      value: await pool.run(task, { signal: ctl.signal, ...(transferList ? { transferList } : {}) }),
    };
  } catch (err) {
    outcome = { ok: false, ...classifyTaskError(err, ctl.signal.reason === TIMEOUT, timeoutMs) };
  } finally {
    clearTimeout(timer);
    abandon?.removeEventListener('abort', onAbandon);
  }
  // A task that finished before the abandon took effect keeps its result.
  if (!outcome.ok && ctl.signal.reason === ABANDON) return ABANDONED;
  return outcome;
}

/**
 * Runs `tasks` in order; `onDone` is awaited for each finished task (success or failure) before its lane takes the
 * next one. Returns how many were started, finished and abandoned.
 */
export async function runPool<T, R>(
  tasks: T[],
  opts: PoolOptions,
  onDone: (index: number, outcome: TaskOutcome<R>) => Promise<void>,
): Promise<PoolRun> {
  const workers = Math.max(1, Math.min(opts.workers, tasks.length || 1));
  const pool = createDocPool<T, R>({ filename: opts.filename, workers, maxHeapMb: opts.maxHeapMb });
  const run: PoolRun = { started: 0, finished: 0, abandoned: 0 };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length && !opts.stop?.aborted && !opts.abandon?.aborted) {
      const index = next++;
      run.started++;
      const outcome = await runIsolated(pool, tasks[index], opts.timeoutMs, opts.abandon);
      if (outcome === ABANDONED) {
        run.abandoned++;
        continue;
      }
      run.finished++;
      await onDone(index, outcome);
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, lane));
  } finally {
    await pool.destroy();
  }
  return run;
}
