/**
 * `renja batch --queue`: the coordinator. Plans the batch exactly as the local mode does (same discovery, hashing,
 * names, duplicates and `--resume` decisions), puts one job per document to do on a BullMQ queue in Redis, follows
 * the jobs through queue events (feeding the same progress display), records what workers could not finish, and
 * then writes the same aggregates with the same code as the local mode.
 */
import path from 'node:path';
import { Queue, QueueEvents, type Job } from 'bullmq';
import { TOOL } from '../audit/write-outputs.js';
import { clearDocDir, removeTempFiles } from './doc-dir.js';
import { DocResultSchema } from './done-marker.js';
import type { PlanEntry } from './plan.js';
import {
  commonRoot,
  decodeFailure,
  defaultRunId,
  existingJobAction,
  inputUnder,
  JOB_NAME,
  jobIdFor,
  JobPayloadSchema,
  PAYLOAD_FORMAT,
  jobOcr,
  QUEUE_NAME,
  RunIdSchema,
  sameWork,
  type JobPayload,
} from './queue-payload.js';
import { connectRedis, parseRedisUrl, type RedisTarget } from './queue-redis.js';
import { ensureShareToken, removeShareToken } from './queue-share.js';
import {
  documentDone,
  finishBatch,
  prepareBatch,
  recordFailure,
  type BatchOptions,
  type BatchResult,
  type PreparedBatch,
} from './run-batch.js';
import { failedResult, type DocResult } from './task.js';

/**
 * Tries per document when its worker fails it (crash, timeout). Expected failures (encrypted, corrupt, ...) are
 * results, not job failures, and are never retried; 3 rides out a flaky machine without dwelling on a poison file.
 */
export const DEFAULT_ATTEMPTS = 3;
/** Without any job event for this long, the coordinator asks Redis for every pending job's state (missed events). */
export const SWEEP_IDLE_MS = 15_000;
/** Redis calls in flight at once when adding or checking many jobs. */
const REDIS_CONCURRENCY = 32;
/** How long closing the queue may take when Redis is gone. */
const CLOSE_GRACE_MS = 2_000;

export interface QueueBatchOptions extends BatchOptions {
  /** redis://host:port[/db] */
  queue: string;
  runId?: string;
  attempts?: number;
}

export interface QueueBatchResult extends BatchResult {
  runId: string;
  /** Set when Redis was lost mid-run: the reason. The batch stopped; `--resume` completes it. */
  lost?: string;
}

async function inLanes<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(REDIS_CONCURRENCY, items.length) }, lane));
}

const withGrace = (p: Promise<unknown>) =>
  Promise.race([p.catch(() => undefined), new Promise((r) => setTimeout(r, CLOSE_GRACE_MS).unref())]);

/** What the coordinator's steps share: the queue, the prepared batch and the jobs not yet settled. */
interface CoordinatorState {
  opts: QueueBatchOptions;
  queue: Queue;
  p: PreparedBatch;
  runId: string;
  attempts: number;
  /** The job of a document, as this run queues it (and as a kept job must still be). */
  payloadFor: (e: PlanEntry) => JobPayload;
  /** Jobs of this run whose result is not in yet, by job id. */
  pending: Map<string, PlanEntry>;
  /** Jobs being looked at right now. */
  settling: Set<string>;
  /** Asked to settle while already settling: looked at again after, so a state read just too early is not the last word. */
  recheck: Set<string>;
  /** When a job event last came in (the sweeper looks at every pending job after a quiet spell). */
  lastEvent: number;
  /** Redis was lost mid-run: the reason. Nothing more is asked of Redis. */
  lost?: string;
  /** Ends the wait: every job settled, Redis lost, or the user gave up waiting. */
  release: () => void;
}

/** A promise and the function that resolves it. */
function latch(): { done: Promise<void>; release: () => void } {
  let release = () => undefined as void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

// --- enqueue -------------------------------------------------------------------------------------------------

/** Queues a document's job, its folder emptied first. */
async function addJob(s: CoordinatorState, id: string, e: PlanEntry): Promise<void> {
  await clearDocDir(path.join(s.p.outDir, e.doc));
  await s.queue.add(JOB_NAME, s.payloadFor(e), {
    jobId: id,
    attempts: s.attempts,
    removeOnComplete: false,
    removeOnFail: false,
  });
}

/**
 * One job per document to do. A job left from an earlier coordinator is kept when it still stands for the same
 * work, else replaced; jobs kept, or fast enough to end before we listened, are then looked at once.
 */
async function enqueueAll(s: CoordinatorState): Promise<void> {
  for (const e of s.p.todo) s.pending.set(jobIdFor(s.runId, e.doc), e);
  await inLanes([...s.pending], async ([id, e]) => {
    if (s.lost) return;
    const job = await s.queue.getJob(id);
    const state = job ? await job.getState() : null;
    const same = job
      ? JobPayloadSchema.safeParse(job.data).success && sameWork(job.data as JobPayload, s.payloadFor(e))
      : false;
    const action = existingJobAction(state, same);
    if (action === 'replace') {
      // A job that turned active meanwhile cannot be removed: it is kept and checked when it ends.
      if ((await s.queue.remove(id)) === 0) return;
    }
    if (action !== 'keep') await addJob(s, id, e);
  });
  await inLanes([...s.pending.keys()], (id) => settle(s, id));
  if (s.pending.size === 0) s.release();
}

// --- progress: collecting results ----------------------------------------------------------------------------

/** A job's result is in: kept for the aggregates and shown; the wait ends with the last one. */
function finish(s: CoordinatorState, id: string, e: PlanEntry, result: DocResult): void {
  if (!s.pending.delete(id)) return;
  documentDone(s.p, e, { ...result, row: { ...result.row, doc: e.doc, file: e.rel } });
  if (s.pending.size === 0) s.release();
}

/** A job that failed for good: the worker could not write its marker (it crashed, timed out or was lost), so we do. */
async function failedJobResult(s: CoordinatorState, e: PlanEntry, job: Job): Promise<DocResult> {
  const f = decodeFailure(job.failedReason);
  const tries = Math.max(job.attemptsMade, job.attemptsStarted ?? 0);
  const result = failedResult(
    e.doc,
    e.rel,
    f.errorClass,
    `${path.basename(e.path)}: ${f.message} (gave up after ${tries} ${tries === 1 ? 'attempt' : 'attempts'})`,
  );
  await recordFailure(s.p.outDir, e, result);
  return result;
}

/** A completed job's result, or a failure when the worker returned none that is valid. */
async function completedJobResult(s: CoordinatorState, e: PlanEntry, job: Job): Promise<DocResult> {
  const r = DocResultSchema.safeParse(job.returnvalue);
  if (r.success) return r.data;
  const bad = failedResult(e.doc, e.rel, 'internal-error', `${path.basename(e.path)}: worker returned no valid result`);
  await recordFailure(s.p.outDir, e, bad);
  return bad;
}

/** Looks at a job that may have ended, and takes its result if it has. */
async function settle(s: CoordinatorState, id: string): Promise<void> {
  const e = s.pending.get(id);
  if (!e || s.lost) return;
  if (s.settling.has(id)) return void s.recheck.add(id);
  s.settling.add(id);
  try {
    const job: Job | undefined = await s.queue.getJob(id);
    if (!job) return void (await addJob(s, id, e)); // removed behind our back: queue it again
    const state = await job.getState();
    if (state !== 'completed' && state !== 'failed') return;
    const data = JobPayloadSchema.safeParse(job.data);
    if (!data.success || !sameWork(data.data, s.payloadFor(e))) {
      // A job left from an earlier coordinator for other bytes or settings: its outputs do not count.
      await job.remove();
      return void (await addJob(s, id, e));
    }
    const result = state === 'completed' ? await completedJobResult(s, e, job) : await failedJobResult(s, e, job);
    finish(s, id, e, result);
    // Its result is on disk now (.done.json): the job, with its paths and the run's token, leaves Redis at once.
    await job.remove().catch(() => undefined);
  } finally {
    s.settling.delete(id);
    if (s.recheck.delete(id)) void settle(s, id).catch(() => undefined);
  }
}

/** Settles jobs as their completed / failed events come in. */
function followEvents(s: CoordinatorState, events: QueueEvents): void {
  const onEvent = ({ jobId }: { jobId: string }) => {
    s.lastEvent = Date.now();
    if (s.pending.has(jobId)) void settle(s, jobId).catch(() => undefined);
  };
  events.on('completed', onEvent);
  events.on('failed', onEvent);
}

/** After a quiet spell, asks Redis about every pending job (events can be missed). Returns the stop function. */
function startSweeper(s: CoordinatorState): () => void {
  const sweeper = setInterval(() => {
    if (Date.now() - s.lastEvent < SWEEP_IDLE_MS) return;
    s.lastEvent = Date.now();
    void inLanes([...s.pending.keys()], (id) => settle(s, id)).catch(() => undefined);
  }, SWEEP_IDLE_MS / 3);
  return () => clearInterval(sweeper);
}

// --- shutdown: Ctrl-C ----------------------------------------------------------------------------------------

/**
 * First Ctrl-C (`stop`): take the queued jobs back (running ones finish); second (`abandon`): stop waiting.
 * Returns the function that removes the listeners.
 */
function handleStop(s: CoordinatorState): () => void {
  const { stop, abandon } = s.opts;
  const onStop = () =>
    void inLanes([...s.pending.keys()], async (id) => {
      if ((await s.queue.remove(id).catch(() => 0)) === 1) s.pending.delete(id);
    }).then(() => s.pending.size === 0 && s.release());
  const onAbandon = () => s.release();
  stop?.addEventListener('abort', onStop);
  abandon?.addEventListener('abort', onAbandon);
  if (stop?.aborted) onStop();
  return () => {
    stop?.removeEventListener('abort', onStop);
    abandon?.removeEventListener('abort', onAbandon);
  };
}

// --- summary -------------------------------------------------------------------------------------------------

/** The aggregates, as the local mode writes them; a complete run's jobs and share token are then removed. */
async function writeSummary(s: CoordinatorState, target: RedisTarget): Promise<QueueBatchResult> {
  const { p, opts, runId } = s;
  // Temp files of writes cut short by a killed worker.
  for (const e of p.todo) await removeTempFiles(path.join(p.outDir, e.doc));
  const result = await finishBatch(p, {
    inputs: opts.inputs,
    out: opts.outDir,
    queue: target.display,
    runId,
    attempts: s.attempts,
    resume: Boolean(opts.resume),
    failOn: opts.failOn ?? null,
    timeoutSeconds: p.settings.timeoutSeconds,
    password: opts.password !== undefined,
  });
  if (!result.interrupted && !s.lost) {
    // The run is complete: its jobs and token have served.
    await inLanes(
      p.plan.filter((e) => !e.duplicateOf),
      async (e) => void (await s.queue.remove(jobIdFor(runId, e.doc)).catch(() => 0)),
    );
    await removeShareToken(p.outDir, runId);
  }
  return { ...result, runId, lost: s.lost };
}

// --- the run -------------------------------------------------------------------------------------------------

export async function runQueueBatch(opts: QueueBatchOptions): Promise<QueueBatchResult> {
  const target = parseRedisUrl(opts.queue);
  const wait = latch();
  let lost: string | undefined;
  let state: CoordinatorState | undefined;
  // Redis first: an unreachable server is reported before any file is read.
  const redis = await connectRedis(target, (why) => {
    lost = why;
    if (state) state.lost = why;
    wait.release();
  });
  const queue = new Queue(QUEUE_NAME, { connection: redis.client });
  const events = new QueueEvents(QUEUE_NAME, { connection: redis.client });
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  try {
    const p = await prepareBatch(opts, false);
    const runId = RunIdSchema.parse(opts.runId ?? defaultRunId(p.outDir));
    const token = await ensureShareToken(p.outDir, runId);
    const inputRoot = commonRoot(p.todo.map((e) => e.path));
    const generatedAt = new Date().toISOString();
    const s: CoordinatorState = {
      opts,
      queue,
      p,
      runId,
      attempts: opts.attempts ?? DEFAULT_ATTEMPTS,
      payloadFor: (e) =>
        JobPayloadSchema.parse({
          format: PAYLOAD_FORMAT,
          runId,
          token,
          tool: TOOL,
          inputRoot,
          outDir: p.outDir,
          input: inputUnder(inputRoot, e.path),
          rel: e.rel,
          doc: e.doc,
          sha256: e.sha256,
          options: {
            timeoutSeconds: p.settings.timeoutSeconds,
            generatedAt,
            locale: opts.locale,
            csvDialect: opts.csvDialect,
            nomenklatur: opts.nomenklatur,
            ocr: jobOcr(opts.ocr),
          },
        }),
      pending: new Map(),
      settling: new Set(),
      recheck: new Set(),
      lastEvent: Date.now(),
      lost,
      release: wait.release,
    };
    state = s;

    followEvents(s, events);
    await events.waitUntilReady();
    opts.progress?.start(p.todo.length, p.resumed);
    opts.progress?.note(
      `renja batch: run ${runId} on ${target.display}, queue ${QUEUE_NAME}: start workers with \`renja worker --queue ${target.display}\``,
    );
    opts.log?.info({ runId, queue: target.display, jobs: p.todo.length }, 'queue run started');
    await enqueueAll(s);

    const unwatch = handleStop(s);
    const stopSweeper = startSweeper(s);
    try {
      await wait.done;
    } finally {
      stopSweeper();
      unwatch();
      opts.progress?.stop();
    }
    return await writeSummary(s, target);
  } finally {
    await withGrace(events.close());
    await withGrace(queue.close());
    redis.close();
  }
}
