/**
 * `renja worker --queue`: takes document jobs from the queue and runs each through the same per-document step as
 * the local pool (processDocument, on the same kind of piscina pool: a thread per document, time limit, heap cap),
 * writing its outputs and `.done.json` into the shared output folder. A job it cannot do right (another output
 * folder, another tool version, no input folder) it puts back and stops with a one-line error.
 */
import { existsSync, statSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { TOOL } from '../audit/write-outputs.js';
import { isInside } from '../report/out-dir.js';
import { ABANDONED, createDocPool, runIsolated } from './pool.js';
import { encodeFailure, JobPayloadSchema, QUEUE_NAME } from './queue-payload.js';
import { connectRedis, parseRedisUrl } from './queue-redis.js';
import { EXIT_REDIS_LOST } from './queue-url.js';
import { checkShareToken } from './queue-share.js';
import { DEFAULT_WORKER_HEAP_MB, defaultWorkerFile } from './defaults.js';
import type { BatchTask, DocResult } from './task.js';

/**
 * A job's lock: renewed every half of it while its document runs (in a thread, so the renewal is never starved);
 * when a worker dies, the job goes back to the queue about this long after. 30 s (BullMQ's default) suits
 * production; tests pass a short one.
 */
export const DEFAULT_LOCK_DURATION_MS = 30_000;
/** How often this worker looks for jobs whose worker died. */
export const DEFAULT_STALLED_INTERVAL_MS = 30_000;
/** A document whose worker process dies this many times plus one (OOM killer, reboots) fails for good. */
export const MAX_STALLED_COUNT = 2;

export interface QueueWorkerOptions {
  queue: string;
  concurrency: number;
  /** This machine's path of the batch's output folder, when it differs from the coordinator's. */
  outDir?: string;
  /** This machine's path of the shared input folder: the worker reads no file outside it, whatever a job says. */
  inputRoot: string;
  /** The password for encrypted PDFs, from this worker's own --password-file or RENJA_PDF_PASSWORD (never a job). */
  password?: string;
  maxHeapMb?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  workerFile?: string;
  /** Where events go (serving, job started, done, failed). */
  log: Logger;
  /** Aborted: take no more jobs, finish the running ones, exit. */
  stop?: AbortSignal;
}

export interface QueueWorkerResult {
  exitCode: number;
  /** Jobs finished (with a result or a failure). */
  processed: number;
  /** Why the worker stopped, when it was not asked to. */
  error?: string;
}

/** The first problem zod found in a job's data, in a few words. */
function payloadProblem(err: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const i = err.issues[0];
  return i ? `${i.path.map(String).join('.') || 'data'}: ${i.message}` : 'invalid';
}

export async function runQueueWorker(opts: QueueWorkerOptions): Promise<QueueWorkerResult> {
  const target = parseRedisUrl(opts.queue);
  let lost: string | undefined;
  let refused: string | undefined;
  let wake = () => undefined as void;
  const ended = new Promise<void>((resolve) => (wake = resolve));
  const redis = await connectRedis(target, (why) => {
    lost = why;
    wake();
  });
  const pool = createDocPool<BatchTask, DocResult>({
    filename: opts.workerFile ?? defaultWorkerFile(),
    workers: opts.concurrency,
    maxHeapMb: opts.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB,
  });
  const shareChecks = new Map<string, Promise<string | null>>();
  const inflight = new Set<Promise<unknown>>();
  let processed = 0;

  const refuse = async (job: Job, token: string | undefined, why: string): Promise<never> => {
    refused ??= why;
    wake();
    // Back to the queue for a worker that sees things right; this one stops.
    if (token) await job.moveToWait(token).catch(() => undefined);
    throw new WaitingError();
  };

  // Jobs come from whoever can write to Redis: each is checked, and one that is not a document of this worker's
  // input folder fails for good with one line, while the worker goes on with the others.
  const root = await realpath(path.resolve(opts.inputRoot)).catch(() => path.resolve(opts.inputRoot));
  const reject = (job: Job, why: string): never => {
    opts.log.warn({ job: job.id }, `refused job ${job.id}: ${why}`);
    throw new UnrecoverableError(encodeFailure('internal-error', `refused by the worker: ${why}`));
  };

  const handle = async (job: Job, token?: string): Promise<DocResult> => {
    const parsed = JobPayloadSchema.safeParse(job.data);
    if (!parsed.success) return reject(job, `not a renja document job (${payloadProblem(parsed.error)})`);
    const d = parsed.data;
    if (refused || lost) return refuse(job, token, refused ?? 'stopping');
    if (d.tool.version !== TOOL.version)
      return refuse(
        job,
        token,
        `job ${job.id} is for ${d.tool.name} ${d.tool.version}; this worker is ${TOOL.version}`,
      );
    const outDir = opts.outDir ? path.resolve(opts.outDir) : d.outDir;
    const key = `${d.runId}\0${d.token}\0${outDir}`;
    if (!shareChecks.has(key)) shareChecks.set(key, checkShareToken(outDir, d.runId, d.token));
    const shareProblem = await shareChecks.get(key)!;
    if (shareProblem) return refuse(job, token, shareProblem);
    if (!existsSync(root) || !statSync(root).isDirectory())
      return refuse(
        job,
        token,
        `input folder ${root} not found: the inputs must be shared too (pass their folder here with --input-root)`,
      );
    // The coordinator's input folder when this machine sees it at the same path below --input-root; else the share
    // is mounted elsewhere here and --input-root stands for it.
    const base = d.inputRoot === root || isInside(root, d.inputRoot) ? d.inputRoot : root;
    const file = path.join(base, ...d.input.split('/'));
    // `input` has no `..` (schema); a symbolic link inside the folder may still lead out of it.
    const real = await realpath(file).catch(() => file);
    if (!isInside(root, real)) return reject(job, `input ${d.input} leads outside --input-root ${root}`);

    const task: BatchTask = {
      file,
      doc: d.doc,
      rel: d.rel,
      outDir,
      password: opts.password,
      nomenklatur: d.options.nomenklatur,
      generatedAt: d.options.generatedAt,
      locale: d.options.locale,
      sha256: d.sha256,
      csvDialect: d.options.csvDialect,
      ...(d.options.ocr ? { ocr: d.options.ocr } : {}),
    };
    const attempt = `attempt ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1}`;
    const fields = { doc: d.doc, runId: d.runId, job: job.id };
    opts.log.info(fields, `${d.doc}: started (run ${d.runId}, ${attempt})`);
    const outcome = await runIsolated(pool, task, d.options.timeoutSeconds * 1000);
    processed++;
    if (outcome === ABANDONED) throw new Error(encodeFailure('internal-error', 'abandoned'));
    if (outcome.ok) {
      opts.log.info(
        { ...fields, status: outcome.value.row.status },
        `${d.doc}: done: ${outcome.value.row.status === 'ok' ? 'ok' : outcome.value.row.message}`,
      );
      return outcome.value;
    }
    opts.log.warn(
      { ...fields, errorClass: outcome.errorClass },
      `${d.doc}: ${attempt} failed: ${outcome.errorClass}: ${outcome.message}`,
    );
    throw new Error(encodeFailure(outcome.errorClass, outcome.message));
  };

  const worker = new Worker<unknown, DocResult>(
    QUEUE_NAME,
    (job, token) => {
      const run = handle(job, token);
      inflight.add(run);
      void run.catch(() => undefined).finally(() => inflight.delete(run));
      return run;
    },
    {
      connection: redis.client,
      concurrency: opts.concurrency,
      lockDuration: opts.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS,
      stalledInterval: opts.stalledIntervalMs ?? DEFAULT_STALLED_INTERVAL_MS,
      maxStalledCount: MAX_STALLED_COUNT,
      // Seconds an idle worker blocks waiting for a job: short, so stopping an idle worker is quick.
      drainDelay: 1,
    },
  );
  // Lock and connection errors surface as job outcomes or as a lost Redis; nothing to add here.
  worker.on('error', () => undefined);
  const onStop = () => wake();
  opts.stop?.addEventListener('abort', onStop);
  if (opts.stop?.aborted) wake();
  opts.log.info(
    `serving ${QUEUE_NAME} on ${target.display}, ${opts.concurrency} document${opts.concurrency === 1 ? '' : 's'} at a time`,
  );

  await ended;
  opts.stop?.removeEventListener('abort', onStop);
  try {
    if (lost) {
      // Running documents still write their outputs and markers (a later --resume reuses them); nothing more to say to Redis.
      void worker.close(true).catch(() => undefined);
      await Promise.allSettled([...inflight]);
      return {
        exitCode: EXIT_REDIS_LOST,
        processed,
        error: `lost Redis at ${target.display} (${lost}): stopped; the coordinator's --resume completes the run`,
      };
    }
    await worker.close();
    if (refused) return { exitCode: 1, processed, error: `refused a job: ${refused}` };
    return { exitCode: 0, processed };
  } finally {
    await pool.destroy();
    redis.close();
  }
}
