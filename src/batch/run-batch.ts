/**
 * `renja batch` without the command line: find the PDFs, hash and name them, reuse what `--resume` may trust, run
 * the rest on the worker pool, then rebuild every aggregate (summary.csv, discrepancies.csv, records.csv,
 * batch.json) from the per-document outputs. Per-document outputs and `.done.json` are the only state; aggregates
 * are always rewritten whole, so a batch killed at any moment and resumed ends with the same CSVs.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TOOL } from '../audit/write-outputs.js';
import { DISCREPANCY_COLUMNS } from '../report/discrepancies-csv.js';
import { RECORD_COLUMNS } from '../report/records-csv.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import { failedSummaryRow, summaryCsv, SUMMARY_COLUMNS, type SummaryRow } from '../report/summary-csv.js';
import { concatCsvBodies, headerLine } from './aggregate.js';
import { batchJson, countBatch } from './batch-json.js';
import { discoverPdfs } from './discover.js';
import { DONE_FILE, makeDoneMarker, readDoneMarker, resumeDecision, writeDoneMarker } from './done-marker.js';
import { sha256File } from './hash.js';
import { duplicateMessage, planBatch, type HashedFile, type PlanEntry } from './plan.js';
import { runPool } from './pool.js';
import type { BatchProgress } from './progress.js';
import { failedResult, type BatchTask, type DocResult } from './task.js';

/** Per-document limit for a hang: the slowest real Renja PDFs take well under a minute; 5 min leaves ample room. */
export const DEFAULT_TIMEOUT_SECONDS = 300;
/**
 * Heap cap per worker thread. The largest real documents peak far below 1 GiB; 4 GiB keeps a runaway document
 * from taking the machine while never tripping on an honest one.
 */
export const DEFAULT_WORKER_HEAP_MB = 4096;

/** The per-document files a batch writes (and clears before re-running a document). */
export const DOC_OUTPUTS = ['discrepancies.csv', 'records.csv', 'report.json', 'report.html'] as const;

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  workers?: number;
  resume?: boolean;
  password?: string;
  timeoutSeconds?: number;
  maxHeapMb?: number;
  /** Recorded in batch.json only. */
  failOn?: string;
  /** Compiled worker module; defaults to dist/batch/worker.js. */
  workerFile?: string;
  progress?: BatchProgress;
  /** Aborted: start no more documents. */
  stop?: AbortSignal;
  /** Aborted: abandon running documents too. */
  abandon?: AbortSignal;
}

/** The numeric settings, checked where the batch starts whoever calls it (the CLI checks its own flags too). */
const SettingsSchema = z.strictObject({
  workers: z.number().int().min(1),
  timeoutSeconds: z.number().positive().finite(),
  /** Below this a worker cannot even load pdf.js. */
  maxHeapMb: z.number().int().min(64),
});

export interface BatchResult {
  /** summary.csv's rows, in input order; documents left undone by an interruption have none. */
  rows: SummaryRow[];
  interrupted: boolean;
  found: number;
  resumed: number;
  processed: number;
}

/**
 * The compiled worker, found relative to this module: next to it when this is dist/batch/run-batch.js, in dist/
 * when this module runs from src/ (tests), since worker threads cannot load TypeScript.
 */
export function defaultWorkerFile(moduleUrl: string = import.meta.url): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'worker.js');
  return path.resolve(path.dirname(here), '..', '..', 'dist', 'batch', 'worker.js');
}

/** Hashes inputs a few at a time: enough to keep the disk busy without opening hundreds of files at once. */
const HASH_CONCURRENCY = 4;

async function hashAll(files: { path: string; rel: string }[]): Promise<HashedFile[]> {
  const out: HashedFile[] = new Array(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = { ...files[i], sha256: await sha256File(files[i].path) };
    }
  };
  await Promise.all(Array.from({ length: HASH_CONCURRENCY }, lane));
  return out;
}

const TMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** Empties a document's folder of what an earlier run left (marker first, so a crash here never leaves a stale one). */
async function clearDocDir(docDir: string): Promise<void> {
  await rm(path.join(docDir, DONE_FILE), { force: true });
  for (const f of DOC_OUTPUTS) await rm(path.join(docDir, f), { force: true });
  await removeTempFiles(docDir);
}

/** Temp files of atomic writes cut short by a kill. */
async function removeTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (TMP_FILE.test(n)) await rm(path.join(dir, n), { force: true });
}

/**
 * Dispatch order: largest files first (stable), so a long document does not start last and leave one worker busy
 * while the others idle. Outputs do not depend on it: aggregates follow input order.
 */
async function largestFirst(entries: PlanEntry[]): Promise<void> {
  const size = new Map<PlanEntry, number>();
  for (const e of entries) size.set(e, (await stat(e.path)).size);
  entries.sort((a, b) => size.get(b)! - size.get(a)!);
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
}

export async function runBatch(opts: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const outDir = path.resolve(opts.outDir);
  const { workers, timeoutSeconds, maxHeapMb } = SettingsSchema.parse({
    workers: opts.workers ?? os.availableParallelism(),
    timeoutSeconds: opts.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    maxHeapMb: opts.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB,
  });
  await mkdir(outDir, { recursive: true });
  await removeTempFiles(outDir);

  const plan = planBatch(await hashAll(await discoverPdfs(opts.inputs)));
  const results = new Map<string, DocResult>();
  const todo: PlanEntry[] = [];
  for (const e of plan) {
    if (e.duplicateOf) continue;
    const docDir = path.join(outDir, e.doc);
    if (opts.resume) {
      const marker = await readDoneMarker(docDir);
      const present = DOC_OUTPUTS.every((f) => existsSync(path.join(docDir, f)));
      const d = resumeDecision(marker, { sha256: e.sha256, toolVersion: TOOL.version, passwordGiven: opts.password !== undefined }, present);
      if (d.resume) {
        // The doc folder and hash matched; the path shown may differ if the folder was moved.
        results.set(e.doc, { ...d.result, row: { ...d.result.row, doc: e.doc, file: e.rel } });
        continue;
      }
    }
    await clearDocDir(docDir);
    todo.push(e);
  }
  const resumed = results.size;
  await largestFirst(todo);

  const generatedAt = new Date().toISOString();
  const tasks: BatchTask[] = todo.map((e) => ({ file: e.path, doc: e.doc, rel: e.rel, outDir, password: opts.password, generatedAt }));
  opts.progress?.start(todo.length, resumed);
  let processed = 0;
  try {
    await runPool<BatchTask, DocResult>(
      tasks,
      { filename: opts.workerFile ?? defaultWorkerFile(), workers, timeoutMs: timeoutSeconds * 1000, maxHeapMb, stop: opts.stop, abandon: opts.abandon },
      async (i, outcome) => {
        const e = todo[i];
        const result = outcome.ok ? outcome.value : failedResult(e.doc, e.rel, outcome.errorClass, `${path.basename(e.path)}: ${outcome.message}`);
        const docDir = path.join(outDir, e.doc);
        // A worker stopped mid-document (timeout, crash) may have written some outputs: a failure leaves none.
        if (!outcome.ok) await clearDocDir(docDir);
        await mkdir(docDir, { recursive: true });
        await writeDoneMarker(docDir, makeDoneMarker(TOOL, e.sha256, result));
        results.set(e.doc, result);
        processed++;
        opts.progress?.done(result.row);
      },
    );
  } finally {
    opts.progress?.stop();
  }

  const rows: SummaryRow[] = [];
  const done: DocResult[] = [];
  for (const e of plan) {
    if (e.duplicateOf) {
      rows.push(failedSummaryRow(e.doc, e.rel, 'duplicate', duplicateMessage(e)));
      continue;
    }
    const r = results.get(e.doc);
    if (!r) continue;
    rows.push(r.row);
    done.push(r);
  }
  const okDirs = rows.filter((r) => r.status === 'ok').map((r) => path.join(outDir, r.doc));
  await writeFileAtomic(path.join(outDir, 'summary.csv'), rows.length ? await summaryCsv(rows) : headerLine(SUMMARY_COLUMNS));
  await concatCsvBodies(path.join(outDir, 'discrepancies.csv'), headerLine(DISCREPANCY_COLUMNS), okDirs.map((d) => path.join(d, 'discrepancies.csv')));
  await concatCsvBodies(path.join(outDir, 'records.csv'), headerLine(RECORD_COLUMNS), okDirs.map((d) => path.join(d, 'records.csv')));

  const notDone = plan.filter((e) => !e.duplicateOf && !results.has(e.doc)).length;
  const interrupted = notDone > 0;
  const info = {
    tool: TOOL,
    options: {
      inputs: opts.inputs,
      out: opts.outDir,
      workers,
      resume: Boolean(opts.resume),
      failOn: opts.failOn ?? null,
      timeoutSeconds,
      maxHeapMb,
      password: opts.password !== undefined,
    },
    startedAt,
    endedAt: new Date().toISOString(),
    interrupted,
    documents: { found: plan.length, resumed, processed, notDone },
    wallMs: Math.round(performance.now() - t0),
    cpuMs: cpuMs(),
    peakRssKb: process.resourceUsage().maxRSS,
  };
  await writeFileAtomic(path.join(outDir, 'batch.json'), batchJson(info, countBatch(rows, done)));
  return { rows, interrupted, found: plan.length, resumed, processed };
}
