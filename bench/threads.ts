/**
 * `npm run bench:threads`: one born-digital Renja audited end to end (`renja audit`, OCR off, every report) on one
 * thread and on all cores (`--threads`), against `pdftotext -layout` on the same file. Runs are interleaved (1
 * thread, N threads, pdftotext, 1 thread, ...) so all see the same machine state; medians of >= 5 runs of wall
 * time, CPU time (user + sys) and peak RSS (GNU time), and the reports of both thread counts compared byte for
 * byte.
 *
 *   node build/bench/threads.js [FILE...] [--runs N] [--json FILE]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIN_RUNS, SPEED_FILES } from './speed.js';
import { corpusPath, isMain, median, parseBenchArgs, REPO_ROOT, runChild, textTable, writeJson } from './util.js';

/** The 179-page corpus Renja: the memory goal (peak RSS <= 300 MB) is set on it. */
const LONG_FILE = 'aplikasi_esakip/2._RENJA_2016.pdf';
const RUN_TIMEOUT_MS = 10 * 60_000;

interface Usage {
  wallS: number;
  cpuS: number;
  rssMb: number;
}

export interface ThreadsRow {
  file: string;
  pages: number;
  threads: number;
  runs: number;
  one: Usage;
  many: Usage;
  pdftotext: Usage;
  /** Wall of one thread over wall of N threads (above 1: faster on N). */
  speedup: number;
  /** Wall of N threads over pdftotext's. */
  vsPdftotext: number;
  identical: boolean;
  error?: string;
}

/** Runs a command under GNU time; wall, CPU and peak RSS from its last stderr line. */
async function timed(cmd: string, args: string[]): Promise<Usage & { code: number | null; stderr: string }> {
  const r = await runChild('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { timeoutMs: RUN_TIMEOUT_MS });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, sys, kb] = last.split(' ').map(Number);
  return { wallS: wall, cpuS: user + sys, rssMb: kb / 1024, code: r.code, stderr: r.stderr };
}

const medianUsage = (xs: Usage[]): Usage => ({
  wallS: median(xs.map((x) => x.wallS)),
  cpuS: median(xs.map((x) => x.cpuS)),
  rssMb: median(xs.map((x) => x.rssMb)),
});

async function pageCount(file: string): Promise<number> {
  const r = await runChild('pdfinfo', [file]);
  return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1] ?? NaN);
}

const REPORTS = ['discrepancies.csv', 'records.csv'];

export async function runThreads(files: string[], opts: { runs?: number } = {}): Promise<ThreadsRow[] | null> {
  if (!existsSync('/usr/bin/time')) {
    console.log('threads: SKIPPED (needs GNU time at /usr/bin/time: apt-get install time)');
    return null;
  }
  const runs = Math.max(MIN_RUNS, opts.runs ?? MIN_RUNS);
  const threads = os.availableParallelism();
  const bin = path.join(REPO_ROOT, 'bin', 'renja.js');
  const rows: ThreadsRow[] = [];
  for (const file of files) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-bench-threads-'));
    const one: Usage[] = [];
    const many: Usage[] = [];
    const txt: Usage[] = [];
    let error: string | undefined;
    const audit = (n: number, dir: string) =>
      timed(process.execPath, [bin, 'audit', file, '--out', path.join(out, dir), '--ocr', 'off', '--threads', `${n}`]);
    for (let i = 0; i < runs && !error; i++) {
      for (const [n, into, dir] of [
        [1, one, 'one'],
        [threads, many, 'many'],
      ] as const) {
        const r = await audit(n, dir);
        if (r.code !== 0) error = `renja audit --threads ${n} exited ${r.code}: ${r.stderr.slice(-300)}`;
        into.push(r);
      }
      txt.push(await timed('pdftotext', ['-layout', file, path.join(out, 'out.txt')]));
    }
    const doc = path.basename(file).replace(/\.pdf$/i, '');
    const identical =
      !error &&
      REPORTS.every(
        (f) =>
          readFileSync(path.join(out, 'one', doc, f), 'utf8') === readFileSync(path.join(out, 'many', doc, f), 'utf8'),
      );
    rmSync(out, { recursive: true, force: true });
    const m1 = medianUsage(one);
    const mn = medianUsage(many);
    const mt = medianUsage(txt);
    rows.push({
      file: path.basename(file),
      pages: await pageCount(file),
      threads,
      runs,
      one: m1,
      many: mn,
      pdftotext: mt,
      speedup: m1.wallS / mn.wallS,
      vsPdftotext: mn.wallS / mt.wallS,
      identical,
      ...(error ? { error } : {}),
    });
  }
  return rows;
}

export function printThreads(rows: ThreadsRow[]): void {
  const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(
    textTable(
      [
        'file',
        'pages',
        'wall 1 thr (s)',
        `wall ${rows[0]?.threads ?? 'N'} thr (s)`,
        'speed-up',
        'CPU 1 / N (s)',
        'RSS 1 / N (MB)',
        'pdftotext wall (s)',
        'N thr / pdftotext',
        'same reports',
      ],
      rows.map((r) => [
        r.file,
        r.pages,
        f(r.one.wallS),
        f(r.many.wallS),
        `${f(r.speedup)}x`,
        `${f(r.one.cpuS)} / ${f(r.many.cpuS)}`,
        `${f(r.one.rssMb, 0)} / ${f(r.many.rssMb, 0)}`,
        f(r.pdftotext.wallS),
        `${f(r.vsPdftotext, 1)}x`,
        r.error ? `error: ${r.error}` : r.identical ? 'yes' : 'NO',
      ]),
    ),
  );
  console.log(
    `medians of ${rows[0]?.runs ?? MIN_RUNS} interleaved runs; machine load at the end: ${os.loadavg()[0].toFixed(2)}`,
  );
}

export function defaultThreadFiles(): string[] {
  return [SPEED_FILES[0], LONG_FILE].map((f) => corpusPath('real', f)).filter((f) => existsSync(f));
}

if (isMain(import.meta.url)) {
  const args = parseBenchArgs(process.argv.slice(2));
  const files = args.files.length ? args.files.map((f) => path.resolve(f)) : defaultThreadFiles();
  if (!files.length) console.log('threads: SKIPPED (no corpus files; pass PDF paths)');
  else {
    const rows = await runThreads(files, { runs: args.runs });
    if (rows) {
      printThreads(rows);
      await writeJson(args.json, rows);
    }
  }
}
