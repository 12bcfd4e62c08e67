/**
 * Queue-mode throughput: `renja batch --queue` with 1, 2 and 4 `renja worker` processes (one document at a time
 * each) against a Redis on loopback, beside the local pool (`--workers N`) at the same parallelism, over a corpus
 * folder. Workers are started before and stopped after each run (like long-lived daemons, their start-up is not
 * timed); the coordinator's wall time from start to exit is. Prints medians, pages/s, the queue-vs-local overhead
 * (target < 10 %), and whether both modes wrote the same summary.csv.
 *
 *   node build/bench/queue.js [CORPUS_DIR] [--runs N] [--quick] [--json FILE]
 *
 * Redis: REDIS_URL when set, else a `redis-server` from PATH on a free loopback port (stopped at the end).
 * CORPUS_DIR defaults to ../shared/corpus/real/ when present, else fixtures/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  corpusPath,
  isMain,
  median,
  parseBenchArgs,
  readBatchJson,
  REPO_ROOT,
  runChild,
  textTable,
  writeJson,
} from './util.js';

const BIN = path.join(REPO_ROOT, 'bin', 'renja.js');
const PARALLELISM = [1, 2, 4];
const DEFAULT_RUNS = 3;
/** An overnight window for the paper estimate. */
const NIGHT_HOURS = 10;

export interface QueueBenchRow {
  mode: 'local' | 'queue';
  parallelism: number;
  wallMs: number[];
  medianMs: number;
  pages: number;
  documents: number;
  pagesPerSecond: number;
  sameSummaryAsLocal?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<{ url: string; stop: () => void }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: () => undefined };
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}/0`;
  for (let i = 0; i < 100; i++) {
    const r = await runChild('redis-cli', ['-p', String(port), 'ping']);
    if (r.stdout.trim() === 'PONG') return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((res) => setTimeout(res, 100));
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not start (is it on PATH? or set REDIS_URL)');
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--concurrency', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      text += d;
      if (text.includes('serving renja-batch')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited ${code}: ${text}`)));
  });
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.exitCode !== null) return resolve();
          w.removeAllListeners('exit');
          w.on('exit', () => resolve());
          w.kill('SIGTERM');
        }),
    ),
  );
}

async function once(
  corpus: string,
  mode: 'local' | 'queue',
  n: number,
  url: string,
): Promise<{ ms: number; pages: number; documents: number; summary: string }> {
  const out = await mkdtemp(path.join(os.tmpdir(), `renja-bench-queue-${mode}-${n}-`));
  const workers = mode === 'queue' ? await Promise.all(Array.from({ length: n }, () => startWorker(url))) : [];
  try {
    const args = mode === 'queue' ? ['--queue', url] : ['--workers', String(n)];
    const r = await runChild(process.execPath, [BIN, 'batch', corpus, '--out', out, ...args]);
    if (r.code !== 0 && r.code !== 1)
      throw new Error(`renja batch (${mode}, ${n}) exited ${r.code}: ${r.stderr.slice(-500)}`);
    const b = await readBatchJson(out);
    return {
      ms: r.ms,
      pages: b.counts.pages,
      documents: b.documents.found,
      summary: await readFile(path.join(out, 'summary.csv'), 'utf8'),
    };
  } finally {
    await stopWorkers(workers);
    await rm(out, { recursive: true, force: true });
  }
}

export async function queueBench(
  corpus: string,
  runs: number,
  log: (s: string) => void = () => undefined,
): Promise<{ corpus: string; rows: QueueBenchRow[] }> {
  const redis = await startRedis();
  const rows: QueueBenchRow[] = [];
  try {
    for (const n of PARALLELISM) {
      const local: Awaited<ReturnType<typeof once>>[] = [];
      const queue: Awaited<ReturnType<typeof once>>[] = [];
      // Interleaved, so a burst of load from other jobs on the machine hits both modes alike.
      for (let i = 0; i < runs; i++) {
        local.push(await once(corpus, 'local', n, redis.url));
        log(`local ${n}: ${(local[i].ms / 1000).toFixed(1)} s`);
        queue.push(await once(corpus, 'queue', n, redis.url));
        log(`queue ${n}: ${(queue[i].ms / 1000).toFixed(1)} s`);
      }
      for (const [mode, rs] of [
        ['local', local],
        ['queue', queue],
      ] as const) {
        const medianMs = median(rs.map((r) => r.ms));
        rows.push({
          mode,
          parallelism: n,
          wallMs: rs.map((r) => Math.round(r.ms)),
          medianMs: Math.round(medianMs),
          pages: rs[0].pages,
          documents: rs[0].documents,
          pagesPerSecond: rs[0].pages / (medianMs / 1000),
          sameSummaryAsLocal: mode === 'queue' ? rs.every((r) => r.summary === local[0].summary) : undefined,
        });
      }
    }
  } finally {
    redis.stop();
  }
  return { corpus, rows };
}

export function report(rows: QueueBenchRow[]): string {
  const local = new Map(rows.filter((r) => r.mode === 'local').map((r) => [r.parallelism, r]));
  const table = textTable(
    ['mode', 'parallel', 'median s', 'runs s', 'pages', 'pages/s', 'ms/page', 'vs local', 'same CSV'],
    rows.map((r) => {
      const base = local.get(r.parallelism)!;
      return [
        r.mode,
        r.parallelism,
        r.medianMs / 1000,
        r.wallMs.map((m) => (m / 1000).toFixed(1)).join(' '),
        r.pages,
        r.pagesPerSecond,
        r.medianMs / r.pages,
        r.mode === 'queue' ? `${(((r.medianMs - base.medianMs) / base.medianMs) * 100).toFixed(1)} %` : '',
        r.sameSummaryAsLocal === undefined ? '' : r.sameSummaryAsLocal ? 'yes' : 'NO',
      ];
    }),
  );
  // Paper estimate: one document at a time per core, at the 1-process rate measured here.
  const one = local.get(1)!;
  const msPerPage = one.medianMs / one.pages;
  const pages = 20_000 * 80;
  const coreHours = (pages * msPerPage) / 3_600_000;
  const machines = (cores: number) => Math.ceil(coreHours / (NIGHT_HOURS * cores));
  return [
    table,
    '',
    `ms/page (1 process, wall over pages of documents read): ${msPerPage.toFixed(1)}`,
    `20,000 documents x 80 pages = ${pages.toLocaleString('en')} pages = ${coreHours.toFixed(0)} core-hours at that rate;`,
    `in a ${NIGHT_HOURS} h night: ${machines(2)} machines of 2 cores, ${machines(8)} of 8 cores (one worker per core, no allowance for slower pages)`,
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const args = parseBenchArgs(process.argv.slice(2));
  const real = corpusPath('real');
  const corpus = args.files[0]
    ? path.resolve(args.files[0])
    : existsSync(real)
      ? real
      : path.join(REPO_ROOT, 'fixtures');
  const runs = args.quick ? 1 : (args.runs ?? DEFAULT_RUNS);
  console.log(`queue bench over ${corpus}, ${runs} run(s) per setting, ${os.availableParallelism()} cores`);
  const { rows } = await queueBench(corpus, runs, (s) => console.log(`  ${s}`));
  console.log(report(rows));
  await writeJson(args.json, { corpus, runs, rows });
}
