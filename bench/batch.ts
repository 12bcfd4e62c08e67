/**
 * Batch throughput: `renja batch` over a corpus folder with 1 and then 2 workers, each as a user runs it (a child
 * process, fresh output folder). Reports documents per status and failure class, pages, wall time, pages/s, the
 * 2-worker/1-worker throughput ratio and peak RSS (the batch records its own in batch.json: worker threads share
 * the process, so that covers them).
 *
 *   node build/bench/batch.js [CORPUS_DIR] [--json FILE]     (default: the shared corpus's real/ folder)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { corpusPath, isMain, readBatchJson, REPO_ROOT, runChild, textTable, writeJson } from './util.js';

export interface BatchBenchRun {
  workers: number;
  exitCode: number | null;
  /** Wall time of the whole command (process start to exit). */
  wallMs: number;
  /** Pages of the documents that were read (failed ones count none). */
  pages: number;
  pagesPerSecond: number;
  /** CPU seconds over wall seconds: near `workers` when the machine had the cores free. */
  cpuPerWall: number;
  status: Record<string, number>;
  failureClass: Record<string, number>;
  peakRssMb: number;
}

export interface BatchBench {
  corpus: string;
  runs: BatchBenchRun[];
  /** pages/s with 2 workers over pages/s with 1. */
  throughputRatio: number;
  /** Whether both runs wrote the same summary.csv (they must: results do not depend on the worker count). */
  sameSummary: boolean;
  sampleFailures: { file: string; message: string }[];
}

/** How many failure messages the report shows: enough to see each class, few enough to read. */
const SAMPLE_FAILURES = 12;

async function runOnce(corpusDir: string, workers: number): Promise<{ run: BatchBenchRun; summary: string }> {
  const out = await mkdtemp(path.join(os.tmpdir(), `renja-bench-batch-${workers}-`));
  try {
    const r = await runChild(process.execPath, [
      path.join(REPO_ROOT, 'bin', 'renja.js'),
      'batch',
      corpusDir,
      '--out',
      out,
      '--workers',
      String(workers),
      // born-digital throughput, comparable across runs; OCR has its own benchmark (bench/ocr.ts)
      '--ocr',
      'off',
    ]);
    if (r.code !== 0 && r.code !== 1)
      throw new Error(`renja batch --workers ${workers} exited ${r.code}: ${r.stderr.slice(-500)}`);
    const b = await readBatchJson(out);
    const secs = r.ms / 1000;
    return {
      run: {
        workers,
        exitCode: r.code,
        wallMs: Math.round(r.ms),
        pages: b.counts.pages,
        pagesPerSecond: b.counts.pages / secs,
        cpuPerWall: b.stats.cpuMs / r.ms,
        status: b.counts.status,
        failureClass: b.counts.failureClass,
        peakRssMb: Math.round(b.stats.peakRssKb / 1024),
      },
      summary: await readFile(path.join(out, 'summary.csv'), 'utf8'),
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** The failure rows of summary.csv (a light parse: a failed row is empty from its status to its message, which is one line). */
function failures(summaryCsv: string): { file: string; message: string }[] {
  const out: { file: string; message: string }[] = [];
  for (const line of summaryCsv.split('\n').slice(1)) {
    const m = /^(?:"(?:[^"]|"")*"|[^,]*),("(?:[^"]|"")*"|[^,]*),failed,,*(.*)$/.exec(line);
    if (m) out.push({ file: unquote(m[1]), message: unquote(m[2]) });
  }
  return out;
}

const unquote = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);

/** One failure of each class first, then more in file order, up to SAMPLE_FAILURES. */
function sample(fs: { file: string; message: string }[]): { file: string; message: string }[] {
  const byClass = new Map<string, { file: string; message: string }>();
  for (const f of fs) if (!byClass.has(f.message.split(':')[0])) byClass.set(f.message.split(':')[0], f);
  const first = [...byClass.values()];
  return [...first, ...fs.filter((f) => !first.includes(f))].slice(0, SAMPLE_FAILURES);
}

export async function benchBatch(corpusDir: string): Promise<BatchBench> {
  const one = await runOnce(corpusDir, 1);
  const two = await runOnce(corpusDir, 2);
  return {
    corpus: corpusDir,
    runs: [one.run, two.run],
    throughputRatio: two.run.pagesPerSecond / one.run.pagesPerSecond,
    sameSummary: one.summary === two.summary,
    sampleFailures: sample(failures(two.summary)),
  };
}

export function printBatchBench(b: BatchBench): void {
  const classes = [...new Set(b.runs.flatMap((r) => Object.keys(r.failureClass)))].sort();
  console.log(
    textTable(
      ['workers', 'ok', 'failed', 'duplicate', ...classes, 'pages', 'wall s', 'pages/s', 'cpu/wall', 'peak RSS MB'],
      b.runs.map((r) => [
        r.workers,
        r.status.ok ?? 0,
        r.status.failed ?? 0,
        r.status.duplicate ?? 0,
        ...classes.map((c) => r.failureClass[c] ?? 0),
        r.pages,
        r.wallMs / 1000,
        r.pagesPerSecond,
        r.cpuPerWall,
        r.peakRssMb,
      ]),
    ),
  );
  console.log(
    `throughput 2 workers / 1 worker: ${b.throughputRatio.toFixed(2)}x; same summary.csv from both runs: ${b.sameSummary ? 'yes' : 'NO'}`,
  );
  if (b.sampleFailures.length) {
    console.log('sample failures:');
    for (const f of b.sampleFailures) console.log(`  ${f.file}: ${f.message}`);
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const json = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
  const rep = await benchBatch(path.resolve(args[0] ?? corpusPath('real')));
  printBatchBench(rep);
  await writeJson(json, rep);
}
