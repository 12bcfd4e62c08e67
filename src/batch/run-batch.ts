/**
 * `renja batch` without the command line: find the PDFs, hash and name them, reuse what `--resume` may trust, run
 * the rest on the worker pool, then rebuild every aggregate (summary.csv, discrepancies.csv, records.csv, batch.xlsx,
 * batch.json) from the per-document outputs. Per-document outputs and `.done.json` are the only state; aggregates
 * are always rewritten whole, so a batch killed at any moment and resumed ends with the same CSVs.
 */
import type { OcrOptions } from '../pdf/ocr/options.js';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { TOOL } from '../audit/write-outputs.js';
import { DISCREPANCY_COLUMNS } from '../report/discrepancies-csv.js';
import { RECORD_COLUMNS } from '../report/records-csv.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import { batchOverviewHtml } from '../report/batch-html.js';
import { prepareOutDir } from '../report/out-dir.js';
import { failedSummaryRow, summaryCsv, type SummaryRow } from '../report/summary-csv.js';
import { csvHeaderLine, type CsvDialect, type CsvOptions } from '../report/format.js';
import { concatCsvBodies } from './aggregate.js';
import { writeBatchWorkbook } from './batch-workbook.js';
import { batchJson, countBatch } from './batch-json.js';
import { discoverPdfs, unreadableReason } from './discover.js';
import { groupInputs, type GroupMode, type InputDocument } from './groups.js';
import { combinedHash } from '../audit/combine.js';
import { clearDocDir, DOC_OUTPUTS, docDirPath, makeDocDir, removeTempFiles } from './doc-dir.js';
import { makeDoneMarker, readDoneMarker, resumeDecision, writeDoneMarker } from './done-marker.js';
import { digestFile } from './hash.js';
import {
  duplicateMessage,
  largestFirst,
  pageThreadBudget,
  planBatch,
  type HashedFile,
  type PlanEntry,
} from './plan.js';
import { runPool } from './pool.js';
import { DEFAULT_TIMEOUT_SECONDS, DEFAULT_WORKER_HEAP_MB, defaultWorkerFile } from './defaults.js';
import type { BatchProgress } from './progress.js';
import { failedResult, type BatchTask, type DocResult } from './task.js';

export { DEFAULT_TIMEOUT_SECONDS, DEFAULT_WORKER_HEAP_MB, defaultWorkerFile } from './defaults.js';

export { DOC_OUTPUTS } from './doc-dir.js';
import type { ReaderLocale } from '../i18n/index.js';

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  workers?: number;
  resume?: boolean;
  password?: string;
  /** `folder`: the PDFs of each sub-folder are one document (default `file`: every PDF is one). */
  group?: GroupMode;
  ocr?: OcrOptions;
  /** `--threads`: threads for each document's pages (OCR included); default: the cores shared among the workers. */
  pageThreads?: number;
  /** `--nomenklatur`: the nomenclature version codes are checked against. */
  nomenklatur?: string;
  timeoutSeconds?: number;
  maxHeapMb?: number;
  /** Recorded in batch.json only. */
  failOn?: string;
  /** Language and time zone of the reports (default Indonesian, WIB). */
  locale?: ReaderLocale;
  /** Compiled worker module; defaults to dist/batch/worker.js. */
  workerFile?: string;
  progress?: BatchProgress;
  /** Aborted: start no more documents. */
  stop?: AbortSignal;
  /** Aborted: abandon running documents too. */
  abandon?: AbortSignal;
  /** Where the batch's events go (plan, documents done, aggregates written); nothing is logged without it. */
  log?: Logger;
  /** How every CSV of the batch is written (per document and batch-wide). */
  csvDialect?: CsvDialect;
  /** false with `--no-csv-escape`: every CSV cell written raw. */
  csvEscape?: boolean;
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

/** Hashes inputs a few at a time: enough to keep the disk busy without opening hundreds of files at once. */
const HASH_CONCURRENCY = 4;

async function hashAll(docs: InputDocument[]): Promise<HashedFile[]> {
  const files = docs.flatMap((d) => (d.unreadable !== undefined ? [] : (d.parts ?? [d.path])));
  const hashes = new Map<string, { sha256: string; bytes: number } | { unreadable: string }>();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const f = files[next++];
      hashes.set(
        f,
        // a file listed but not readable (permission denied, gone since): listed as unreadable, the batch goes on
        await digestFile(f).catch((err: unknown) => ({ unreadable: unreadableReason(err) })),
      );
    }
  };
  await Promise.all(Array.from({ length: HASH_CONCURRENCY }, lane));
  return docs.map((d): HashedFile => {
    if (d.unreadable !== undefined) return { ...d, sha256: '' };
    const members = d.parts ?? [d.path];
    for (const f of members) {
      const h = hashes.get(f)!;
      if ('unreadable' in h)
        return { ...d, sha256: '', unreadable: d.parts ? `${path.basename(f)}: ${h.unreadable}` : h.unreadable };
    }
    const digest = (f: string) => hashes.get(f) as { sha256: string; bytes: number };
    const sha256 = d.parts
      ? combinedHash(d.parts.map((f) => ({ file: f, sha256: digest(f).sha256 })))
      : digest(d.path).sha256;
    return { ...d, sha256, bytes: members.reduce((n, f) => n + digest(f).bytes, 0) };
  });
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
}

/** A batch ready to run: its plan, what `--resume` took from earlier runs, and what is left to do. */
export interface PreparedBatch {
  t0: number;
  startedAt: string;
  outDir: string;
  settings: z.infer<typeof SettingsSchema>;
  plan: PlanEntry[];
  /** By doc name: results taken from earlier runs now, then those of documents finished in this run. */
  results: Map<string, DocResult>;
  resumed: number;
  /** Documents to work on, largest first. */
  todo: PlanEntry[];
  /** Documents of `todo` finished in this run (with a result or a failure). */
  processed: number;
  progress?: BatchProgress;
  log?: Logger;
  /** Escaping and dialect of every CSV of the batch (per document and batch-wide). */
  csv: CsvOptions;
  locale?: ReaderLocale;
}

/**
 * Finds, hashes and plans the inputs and applies `--resume`. With `clearTodo` (the local pool), the folders of the
 * documents to redo are emptied here; the queue driver clears them itself, job by job.
 */
export async function prepareBatch(opts: BatchOptions, clearTodo = true): Promise<PreparedBatch> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const outDir = path.resolve(opts.outDir);
  const settings = SettingsSchema.parse({
    workers: opts.workers ?? os.availableParallelism(),
    timeoutSeconds: opts.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
    maxHeapMb: opts.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB,
  });
  await prepareOutDir(outDir);
  await removeTempFiles(outDir);

  const plan = planBatch(await hashAll(groupInputs(await discoverPdfs(opts.inputs), opts.group ?? 'file')));
  const results = new Map<string, DocResult>();
  const todo: PlanEntry[] = [];
  let unreadable = 0;
  for (const e of plan) {
    if (e.duplicateOf) continue;
    if (e.unreadable !== undefined) {
      // Never run and never given a folder: re-checked on every run, listed in summary.csv with its reason.
      const r = failedResult(e.doc, e.rel, 'unreadable', `${e.rel}: ${e.unreadable}`);
      results.set(e.doc, r);
      opts.progress?.note(`renja: ${r.row.message}`);
      unreadable++;
      continue;
    }
    const docDir = docDirPath(outDir, e.doc);
    if (opts.resume) {
      const marker = await readDoneMarker(docDir);
      const present = DOC_OUTPUTS.every((f) => existsSync(path.join(docDir, f)));
      const d = resumeDecision(
        marker,
        { sha256: e.sha256, toolVersion: TOOL.version, passwordGiven: opts.password !== undefined },
        present,
      );
      if (d.resume) {
        // The doc folder and hash matched; the path shown may differ if the folder was moved.
        results.set(e.doc, { ...d.result, row: { ...d.result.row, doc: e.doc, file: e.rel } });
        continue;
      }
    }
    if (clearTodo) await clearDocDir(docDir);
    todo.push(e);
  }
  const resumed = results.size - unreadable;
  opts.log?.info(
    { found: plan.length, todo: todo.length, resumed, duplicates: plan.filter((e) => e.duplicateOf).length },
    'batch planned',
  );
  return {
    t0,
    startedAt,
    outDir,
    settings,
    plan,
    results,
    resumed,
    todo: largestFirst(todo),
    processed: 0,
    progress: opts.progress,
    log: opts.log,
    csv: { escape: opts.csvEscape !== false, dialect: opts.csvDialect },
    locale: opts.locale,
  };
}

/** A document of this run is over, whichever driver ran it: its result is kept for the aggregates and shown. */
export function documentDone(p: PreparedBatch, e: PlanEntry, result: DocResult): void {
  p.results.set(e.doc, result);
  p.processed++;
  // The progress display tells a failure's message; the log only that it happened.
  p.progress?.done(result.row);
  p.log?.debug({ doc: e.doc, status: result.row.status, errorClass: result.errorClass }, 'document done');
}

/** The result of a document the worker could not finish (timeout, crash): recorded in its marker, outputs cleared. */
export async function recordFailure(outDir: string, e: PlanEntry, result: DocResult): Promise<void> {
  const docDir = docDirPath(outDir, e.doc);
  // A worker stopped mid-document (timeout, crash) may have written some outputs: a failure leaves none.
  await clearDocDir(docDir);
  await makeDocDir(outDir, e.doc);
  await writeDoneMarker(docDir, makeDoneMarker(TOOL, e.sha256, result));
}

/**
 * Rebuilds every aggregate from the per-document results (summary.csv, discrepancies.csv, records.csv, batch.xlsx, then
 * batch.json), whichever driver produced them. `options` is what batch.json records of how the batch was run.
 */
export async function finishBatch(p: PreparedBatch, options: Record<string, unknown>): Promise<BatchResult> {
  const { plan, results, outDir, resumed, processed } = p;
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
  const okDirs = rows.filter((r) => r.status === 'ok').map((r) => docDirPath(outDir, r.doc));
  const dialect = p.csv.dialect;
  await writeFileAtomic(path.join(outDir, 'summary.csv'), await summaryCsv(rows, p.csv));
  await writeFileAtomic(
    path.join(outDir, 'report.html'),
    batchOverviewHtml(rows, { locale: p.locale, generatedAt: new Date().toISOString(), tool: TOOL }),
  );
  await concatCsvBodies(
    path.join(outDir, 'discrepancies.csv'),
    csvHeaderLine(DISCREPANCY_COLUMNS, dialect),
    okDirs.map((d) => path.join(d, 'discrepancies.csv')),
  );
  await concatCsvBodies(
    path.join(outDir, 'records.csv'),
    csvHeaderLine(RECORD_COLUMNS, dialect),
    okDirs.map((d) => path.join(d, 'records.csv')),
  );
  await writeBatchWorkbook(outDir, rows, dialect, p.locale?.lang);

  const notDone = plan.filter((e) => !e.duplicateOf && !results.has(e.doc)).length;
  const interrupted = notDone > 0;
  const info = {
    tool: TOOL,
    options,
    startedAt: p.startedAt,
    endedAt: new Date().toISOString(),
    interrupted,
    documents: { found: plan.length, resumed, processed, notDone },
    wallMs: Math.round(performance.now() - p.t0),
    cpuMs: cpuMs(),
    peakRssKb: process.resourceUsage().maxRSS,
  };
  await writeFileAtomic(path.join(outDir, 'batch.json'), batchJson(info, countBatch(rows, done)));
  p.log?.info({ outDir, interrupted, ...info.documents, wallMs: info.wallMs }, 'batch aggregates written');
  return { rows, interrupted, found: plan.length, resumed, processed };
}

export async function runBatch(opts: BatchOptions): Promise<BatchResult> {
  const p = await prepareBatch(opts);
  const { outDir, todo } = p;
  const { workers, timeoutSeconds, maxHeapMb } = p.settings;

  const generatedAt = new Date().toISOString();
  // A running document's share of the cores goes to OCR (scanned pages are where the CPU goes); pages with a text
  // layer are read on one thread unless --threads says otherwise: a second pdf.js costs more than it saves on
  // documents of Renja size (bench:threads).
  const ocrThreads = pageThreadBudget(os.availableParallelism(), Math.min(workers, todo.length));
  const pageThreads = opts.pageThreads ?? 1;
  const tasks: BatchTask[] = todo.map((e) => ({
    file: e.path,
    doc: e.doc,
    rel: e.rel,
    outDir,
    password: opts.password,
    ocr: { workers: ocrThreads, ...opts.ocr },
    nomenklatur: opts.nomenklatur,
    generatedAt,
    locale: opts.locale,
    sha256: e.sha256,
    ...(e.parts ? { parts: e.parts } : {}),
    csvDialect: opts.csvDialect,
    csvEscape: opts.csvEscape !== false,
    pageThreads,
  }));
  opts.progress?.start(todo.length, p.resumed);
  try {
    await runPool<BatchTask, DocResult>(
      tasks,
      {
        filename: opts.workerFile ?? defaultWorkerFile(),
        workers,
        timeoutMs: timeoutSeconds * 1000,
        maxHeapMb,
        stop: opts.stop,
        abandon: opts.abandon,
      },
      async (i, outcome) => {
        const e = todo[i];
        // A finished task wrote its outputs and marker itself (processDocument); a failed one left no trustworthy marker.
        const result = outcome.ok
          ? outcome.value
          : failedResult(e.doc, e.rel, outcome.errorClass, `${path.basename(e.path)}: ${outcome.message}`);
        if (!outcome.ok) await recordFailure(outDir, e, result);
        documentDone(p, e, result);
      },
    );
  } finally {
    opts.progress?.stop();
  }

  return finishBatch(p, {
    inputs: opts.inputs,
    out: opts.outDir,
    workers,
    resume: Boolean(opts.resume),
    group: opts.group ?? 'file',
    failOn: opts.failOn ?? null,
    timeoutSeconds,
    maxHeapMb,
    password: opts.password !== undefined,
    csvEscape: opts.csvEscape !== false,
  });
}
