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
  QUEUE_NAME,
  RunIdSchema,
  sameWork,
  type JobPayload,
} from './queue-payload.js';
import { connectRedis, parseRedisUrl } from './queue-redis.js';
import { ensureShareToken, removeShareToken } from './queue-share.js';
import {
  documentDone,
  finishBatch,
  prepareBatch,
  recordFailure,
  type BatchOptions,
  type BatchResult,
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

export async function runQueueBatch(opts: QueueBatchOptions): Promise<QueueBatchResult> {
  const target = parseRedisUrl(opts.queue);
  const attempts = opts.attempts ?? DEFAULT_ATTEMPTS;
  let lost: string | undefined;
  let wake = () => undefined as void;
  // Redis first: an unreachable server is reported before any file is read.
  const redis = await connectRedis(target, (why) => {
    lost = why;
    wake();
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
    const payloadFor = (e: PlanEntry): JobPayload =>
      JobPayloadSchema.parse({
        format: 1,
        runId,
        token,
        tool: TOOL,
        inputRoot,
        outDir: p.outDir,
        input: inputUnder(inputRoot, e.path),
        rel: e.rel,
        doc: e.doc,
        sha256: e.sha256,
        options: { timeoutSeconds: p.settings.timeoutSeconds, password: opts.password, generatedAt },
      });

    const pending = new Map<string, PlanEntry>();
    const settling = new Set<string>();
    /** Asked to settle while already settling: looked at again after, so a state read just too early is not the last word. */
    const recheck = new Set<string>();
    let lastEvent = Date.now();
    let allSettled = () => undefined as void;

    const add = async (id: string, e: PlanEntry) => {
      await clearDocDir(path.join(p.outDir, e.doc));
      await queue.add(JOB_NAME, payloadFor(e), { jobId: id, attempts, removeOnComplete: false, removeOnFail: false });
    };
    const finish = (id: string, e: PlanEntry, result: DocResult) => {
      if (!pending.delete(id)) return;
      documentDone(p, e, { ...result, row: { ...result.row, doc: e.doc, file: e.rel } });
      if (pending.size === 0) allSettled();
    };
    /** Looks at a job that may have ended, and takes its result if it has. */
    const settle = async (id: string): Promise<void> => {
      const e = pending.get(id);
      if (!e || lost) return;
      if (settling.has(id)) return void recheck.add(id);
      settling.add(id);
      try {
        const job: Job | undefined = await queue.getJob(id);
        if (!job) return void (await add(id, e)); // removed behind our back: queue it again
        const state = await job.getState();
        if (state !== 'completed' && state !== 'failed') return;
        const data = JobPayloadSchema.safeParse(job.data);
        if (!data.success || !sameWork(data.data, payloadFor(e))) {
          // A job left from an earlier coordinator for other bytes or settings: its outputs do not count.
          await job.remove();
          return void (await add(id, e));
        }
        if (state === 'completed') {
          const r = DocResultSchema.safeParse(job.returnvalue);
          if (r.success) return finish(id, e, r.data);
          const bad = failedResult(
            e.doc,
            e.rel,
            'internal-error',
            `${path.basename(e.path)}: worker returned no valid result`,
          );
          await recordFailure(p.outDir, e, bad);
          return finish(id, e, bad);
        }
        // Failed for good: the worker could not write its marker (it crashed, timed out or was lost), so we do.
        const f = decodeFailure(job.failedReason);
        const tries = Math.max(job.attemptsMade, job.attemptsStarted ?? 0);
        const result = failedResult(
          e.doc,
          e.rel,
          f.errorClass,
          `${path.basename(e.path)}: ${f.message} (gave up after ${tries} ${tries === 1 ? 'attempt' : 'attempts'})`,
        );
        await recordFailure(p.outDir, e, result);
        finish(id, e, result);
      } finally {
        settling.delete(id);
        if (recheck.delete(id)) void settle(id).catch(() => undefined);
      }
    };
    const onEvent = ({ jobId }: { jobId: string }) => {
      lastEvent = Date.now();
      if (pending.has(jobId)) void settle(jobId).catch(() => undefined);
    };
    events.on('completed', onEvent);
    events.on('failed', onEvent);
    await events.waitUntilReady();

    opts.progress?.start(p.todo.length, p.resumed);
    opts.progress?.note(
      `renja batch: run ${runId} on ${target.display}, queue ${QUEUE_NAME}: start workers with \`renja worker --queue ${target.display}\``,
    );
    const done = new Promise<void>((resolve) => {
      allSettled = resolve;
      wake = resolve;
    });
    if (lost) wake();
    for (const e of p.todo) pending.set(jobIdFor(runId, e.doc), e);
    await inLanes([...pending], async ([id, e]) => {
      if (lost) return;
      const job = await queue.getJob(id);
      const state = job ? await job.getState() : null;
      const same = job
        ? JobPayloadSchema.safeParse(job.data).success && sameWork(job.data as JobPayload, payloadFor(e))
        : false;
      const action = existingJobAction(state, same);
      if (action === 'replace') {
        // A job that turned active meanwhile cannot be removed: it is kept and checked when it ends.
        if ((await queue.remove(id)) === 0) return;
      }
      if (action !== 'keep') await add(id, e);
    });
    // Jobs kept from an earlier coordinator, or fast enough to end before we listened, may be over already.
    await inLanes([...pending.keys()], settle);
    if (pending.size === 0) allSettled();

    // First Ctrl-C: take the queued jobs back (running ones finish); second: stop waiting.
    const onStop = () =>
      void inLanes([...pending.keys()], async (id) => {
        if ((await queue.remove(id).catch(() => 0)) === 1) pending.delete(id);
      }).then(() => pending.size === 0 && allSettled());
    const onAbandon = () => allSettled();
    opts.stop?.addEventListener('abort', onStop);
    opts.abandon?.addEventListener('abort', onAbandon);
    if (opts.stop?.aborted) onStop();
    const sweeper = setInterval(() => {
      if (Date.now() - lastEvent < SWEEP_IDLE_MS) return;
      lastEvent = Date.now();
      void inLanes([...pending.keys()], settle).catch(() => undefined);
    }, SWEEP_IDLE_MS / 3);
    try {
      await done;
    } finally {
      clearInterval(sweeper);
      opts.stop?.removeEventListener('abort', onStop);
      opts.abandon?.removeEventListener('abort', onAbandon);
      opts.progress?.stop();
    }

    // Temp files of writes cut short by a killed worker.
    for (const e of p.todo) await removeTempFiles(path.join(p.outDir, e.doc));
    const result = await finishBatch(p, {
      inputs: opts.inputs,
      out: opts.outDir,
      queue: target.display,
      runId,
      attempts,
      resume: Boolean(opts.resume),
      failOn: opts.failOn ?? null,
      timeoutSeconds: p.settings.timeoutSeconds,
      password: opts.password !== undefined,
    });
    if (!result.interrupted && !lost) {
      // The run is complete: its jobs and token have served.
      await inLanes(
        p.plan.filter((e) => !e.duplicateOf),
        async (e) => void (await queue.remove(jobIdFor(runId, e.doc)).catch(() => 0)),
      );
      await removeShareToken(p.outDir, runId);
    }
    return { ...result, runId, lost };
  } finally {
    await withGrace(events.close());
    await withGrace(queue.close());
    redis.close();
  }
}
