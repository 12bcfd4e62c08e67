/**
 * Speed and memory of full extraction (all pages, method auto) against `pdftotext -layout` on the same files,
 * runs interleaved (ours, pdftotext, ours, ...) so both see the same machine state; medians of >= 5 runs.
 * Each of our runs is a fresh `node build/bench/extract-once.js FILE`: it reports the extraction's own time and
 * its peak RSS; the process wall time (Node start-up and module loading included) is reported too.
 * Then start-up: `renja --version`, and `renja audit` of the first file end to end (the command as a user runs it:
 * start-up, the worker thread, reports written) against `pdftotext -layout`, interleaved, wall and CPU time.
 *
 *   node build/bench/speed.js [FILE...] [--runs N] [--engine pdfjs|tabula] [--json FILE]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExtractOnceResult } from './extract-once.js';
import {
  corpusPath,
  hasCommand,
  isMain,
  median,
  parseBenchArgs,
  REPO_ROOT,
  requireBuilt,
  runChild,
  textTable,
  writeJson,
} from './util.js';

/** Five runs is the least that gives a stable median on a busy shared machine. */
export const MIN_RUNS = 5;
/** The goal for the pdfjs engine: no more than this many times the time pdftotext needs for the same file. */
export const TARGET_RATIO = 3;
/** One extraction of a long Renja must finish well within this; a hang must not stall the benchmark. */
const RUN_TIMEOUT_MS = 10 * 60_000;

/** Real Renja PDFs of the shared corpus: the 81-page Disnakertrans Renja plus shorter and longer ones. */
export const SPEED_FILES = [
  'aplikasi_esakip/RENJA_Disnakertrans_2017.pdf',
  'aplikasi_esakip/08.RENJA_DISKOMINFO_2016.pdf',
  'aplikasi_esakip/1505707545_renja_2017.pdf',
  'aplikasi_esakip/renja_DLH_2017.pdf',
];

export interface SpeedRow {
  file: string;
  pages: number;
  tables: number;
  runs: number;
  /** Median extraction time inside the child (ms). */
  oursMs: number;
  /** Median wall time of the whole child process (ms). */
  oursWallMs: number;
  pdftotextMs: number;
  ratio: number;
  ratioWall: number;
  oursMsPerPage: number;
  pdftotextMsPerPage: number;
  peakRssMb: number;
  pdftotextPeakRssMb: number | null;
  error?: string;
}

/** One command of the start-up table: medians over the runs. */
export interface StartupRow {
  what: string;
  runs: number;
  wallMs: number;
  /** User + system CPU of the process and its threads; null without /usr/bin/time. */
  cpuMs: number | null;
  peakRssMb: number | null;
}

export interface StartupReport {
  file: string;
  pages: number;
  rows: StartupRow[];
  /** `renja audit` over `pdftotext -layout`, wall and CPU. */
  auditRatioWall: number;
  auditRatioCpu: number | null;
}

export interface SpeedReport {
  engine: string;
  startup?: StartupReport;
  rows: SpeedRow[];
  total: {
    pages: number;
    oursMs: number;
    pdftotextMs: number;
    ratio: number;
    ratioWall: number;
    oursMsPerPage: number;
    maxPeakRssMb: number;
  };
  targetRatio: number;
}

/** The default file list: shared-corpus Renjas, or the repository's own demo Renja when the corpus is absent. */
export function defaultSpeedFiles(quick: boolean): string[] {
  const corpus = SPEED_FILES.map((f) => corpusPath('real', f)).filter((f) => existsSync(f));
  if (corpus.length) return quick ? corpus.slice(0, 1) : corpus;
  const demo = path.join(REPO_ROOT, 'fixtures', 'renja', 'renja-pasirian-2024.pdf');
  return existsSync(demo) ? [demo] : [];
}

async function peakRssOf(cmd: string, args: string[]): Promise<number | null> {
  if (!existsSync('/usr/bin/time')) return null;
  const r = await runChild('/usr/bin/time', ['-f', '%M', cmd, ...args], { timeoutMs: RUN_TIMEOUT_MS });
  const kb = Number.parseInt(r.stderr.trim().split('\n').pop() ?? '', 10);
  return Number.isFinite(kb) ? kb / 1024 : null;
}

interface Timed {
  ms: number;
  cpuMs: number | null;
  rssMb: number | null;
  code: number | null;
  stderr: string;
}

/** Wall time, and with /usr/bin/time the CPU (user + system, all threads) and peak RSS of one command. */
async function timed(cmd: string, args: string[]): Promise<Timed> {
  if (!existsSync('/usr/bin/time')) {
    const r = await runChild(cmd, args, { timeoutMs: RUN_TIMEOUT_MS });
    return { ms: r.ms, cpuMs: null, rssMb: null, code: r.code, stderr: r.stderr };
  }
  const r = await runChild('/usr/bin/time', ['-f', 'bench-time %U %S %M', cmd, ...args], { timeoutMs: RUN_TIMEOUT_MS });
  const m = /^bench-time ([\d.]+) ([\d.]+) (\d+)$/m.exec(r.stderr);
  return {
    ms: r.ms,
    cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : null,
    rssMb: m ? Number(m[3]) / 1024 : null,
    code: r.code,
    stderr: r.stderr,
  };
}

const medianOrNull = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : median(xs as number[]));

/**
 * Start-up and the whole command: `renja --version`, then `renja audit FILE --ocr off` into a fresh folder against
 * `pdftotext -layout FILE`, the three interleaved run after run so they see the same machine state.
 */
export async function runStartup(file: string, pages: number, runs = MIN_RUNS): Promise<StartupReport> {
  const bin = path.join(REPO_ROOT, 'bin', 'renja.js');
  const samples: Record<'version' | 'audit' | 'pdftotext', Timed[]> = { version: [], audit: [], pdftotext: [] };
  for (let i = 0; i < Math.max(MIN_RUNS, runs); i++) {
    samples.version.push(await timed(process.execPath, [bin, '--version']));
    const out = await mkdtemp(path.join(os.tmpdir(), 'renja-bench-startup-'));
    try {
      const a = await timed(process.execPath, [bin, 'audit', file, '--out', out, '--ocr', 'off']);
      // 0: clean, 1 would be a failed document, 3 never without --fail-on: only 0 is a measured audit
      if (a.code !== 0) throw new Error(`renja audit ${file} exited ${a.code}: ${a.stderr.trim().split('\n').pop()}`);
      samples.audit.push(a);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    samples.pdftotext.push(await timed('pdftotext', ['-layout', file, '-']));
  }
  const row = (what: string, xs: Timed[]): StartupRow => ({
    what,
    runs: xs.length,
    wallMs: median(xs.map((x) => x.ms)),
    cpuMs: medianOrNull(xs.map((x) => x.cpuMs)),
    peakRssMb: xs.some((x) => x.rssMb === null) ? null : Math.max(...xs.map((x) => x.rssMb!)),
  });
  const rows = [
    row('renja --version', samples.version),
    row('renja audit --ocr off', samples.audit),
    row('pdftotext -layout', samples.pdftotext),
  ];
  const [, audit, pt] = rows;
  return {
    file: displayName(file),
    pages,
    rows,
    auditRatioWall: audit.wallMs / pt.wallMs,
    auditRatioCpu: audit.cpuMs !== null && pt.cpuMs ? audit.cpuMs / pt.cpuMs : null,
  };
}

/** A file as the tables show it: relative to the shared corpus's real/ folder, else to the repository. */
function displayName(file: string): string {
  return path.relative(corpusPath('real'), file).startsWith('..')
    ? path.relative(REPO_ROOT, file)
    : path.relative(corpusPath('real'), file);
}

export async function runSpeed(
  files: string[],
  opts: { runs?: number; engine?: 'pdfjs' | 'tabula' } = {},
): Promise<SpeedReport | null> {
  const runs = Math.max(MIN_RUNS, opts.runs ?? MIN_RUNS);
  const engine = opts.engine ?? 'pdfjs';
  if (!files.length) {
    console.log(
      'speed: SKIPPED (no Renja PDFs: neither ../shared/corpus/real nor fixtures/renja/renja-pasirian-2024.pdf)',
    );
    return null;
  }
  if (!(await hasCommand('pdftotext', ['-v']))) {
    console.log('speed: SKIPPED (pdftotext not installed; apt-get install poppler-utils)');
    return null;
  }
  const once = requireBuilt('extract-once.js');
  const rows: SpeedRow[] = [];
  for (const file of files) {
    const ours: ExtractOnceResult[] = [];
    const oursWall: number[] = [];
    const pdftotext: number[] = [];
    let error: string | undefined;
    for (let i = 0; i < runs && !error; i++) {
      const r = await runChild(process.execPath, [once, file, '--engine', engine, '--method', 'auto'], {
        timeoutMs: RUN_TIMEOUT_MS,
      });
      const line = r.stdout.trim().split('\n').pop() ?? '';
      let parsed: ExtractOnceResult | null = null;
      try {
        parsed = JSON.parse(line) as ExtractOnceResult;
      } catch {
        error = r.timedOut ? 'timed out' : `child failed (${r.code}): ${r.stderr.trim().split('\n').pop()}`;
      }
      if (parsed && !parsed.ok) error = `${parsed.errorClass}: ${parsed.message}`;
      if (error || !parsed) break;
      ours.push(parsed);
      oursWall.push(r.ms);
      const p = await runChild('pdftotext', ['-layout', file, '-'], { timeoutMs: RUN_TIMEOUT_MS });
      pdftotext.push(p.ms);
    }
    const pages = ours[0]?.pages ?? 0;
    const oursMs = median(ours.map((o) => o.ms));
    const ptMs = median(pdftotext);
    rows.push({
      file: displayName(file),
      pages,
      tables: ours[0]?.tables ?? 0,
      runs: ours.length,
      oursMs,
      oursWallMs: median(oursWall),
      pdftotextMs: ptMs,
      ratio: oursMs / ptMs,
      ratioWall: median(oursWall) / ptMs,
      oursMsPerPage: oursMs / pages,
      pdftotextMsPerPage: ptMs / pages,
      peakRssMb: Math.max(0, ...ours.map((o) => o.maxRssKb)) / 1024,
      pdftotextPeakRssMb: error ? null : await peakRssOf('pdftotext', ['-layout', file, '/dev/null']),
      ...(error ? { error } : {}),
    });
  }
  const ok = rows.filter((r) => !r.error);
  const sum = (f: (r: SpeedRow) => number) => ok.reduce((a, r) => a + f(r), 0);
  const pages = sum((r) => r.pages);
  // start-up on the first file read without error (the 81-page Disnakertrans Renja by default)
  const first = rows.findIndex((r) => !r.error);
  const startup =
    first >= 0 && engine === 'pdfjs' ? await runStartup(files[first], rows[first].pages, runs) : undefined;
  return {
    engine,
    ...(startup ? { startup } : {}),
    rows,
    total: {
      pages,
      oursMs: sum((r) => r.oursMs),
      pdftotextMs: sum((r) => r.pdftotextMs),
      ratio: sum((r) => r.oursMs) / sum((r) => r.pdftotextMs),
      ratioWall: sum((r) => r.oursWallMs) / sum((r) => r.pdftotextMs),
      oursMsPerPage: sum((r) => r.oursMs) / pages,
      maxPeakRssMb: Math.max(0, ...ok.map((r) => r.peakRssMb)),
    },
    targetRatio: TARGET_RATIO,
  };
}

export function printSpeed(rep: SpeedReport): void {
  console.log(
    textTable(
      [
        'file',
        'pages',
        'tables',
        'runs',
        'ours ms',
        'ms/page',
        'pdftotext ms',
        'ms/page',
        'ratio',
        'ratio (wall)',
        'peak RSS MB',
        'pdftotext RSS MB',
      ],
      rep.rows.map((r) =>
        r.error
          ? [r.file, r.pages, '-', r.runs, '-', '-', '-', '-', '-', '-', '-', `ERROR ${r.error}`]
          : [
              r.file,
              r.pages,
              r.tables,
              r.runs,
              r.oursMs,
              r.oursMsPerPage,
              r.pdftotextMs,
              r.pdftotextMsPerPage,
              r.ratio,
              r.ratioWall,
              r.peakRssMb,
              r.pdftotextPeakRssMb ?? '-',
            ],
      ),
    ),
  );
  const t = rep.total;
  const verdict = t.ratio <= rep.targetRatio ? 'meets' : 'MISSES';
  console.log(
    `total (${rep.engine}): ${t.pages} pages, ${t.oursMsPerPage.toFixed(1)} ms/page, ${t.ratio.toFixed(2)}x pdftotext ` +
      `(${t.ratioWall.toFixed(2)}x counting Node start-up), peak RSS ${t.maxPeakRssMb.toFixed(0)} MB; ${verdict} the <= ${rep.targetRatio}x target`,
  );
  if (rep.startup) printStartup(rep.startup);
}

export function printStartup(s: StartupReport): void {
  console.log(`\nstart-up, and the whole command on ${s.file} (${s.pages} pages), interleaved; medians:`);
  console.log(
    textTable(
      ['command', 'runs', 'wall ms', 'CPU ms', 'peak RSS MB'],
      s.rows.map((r) => [r.what, r.runs, r.wallMs, r.cpuMs ?? '-', r.peakRssMb ?? '-']),
    ),
  );
  console.log(
    `renja audit / pdftotext -layout: ${s.auditRatioWall.toFixed(2)}x wall` +
      (s.auditRatioCpu !== null ? `, ${s.auditRatioCpu.toFixed(2)}x CPU` : ''),
  );
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const files = args.files.length ? args.files.map((f) => path.resolve(f)) : defaultSpeedFiles(args.quick);
  const rep = await runSpeed(files, { runs: args.runs, engine: args.engines?.[0] });
  if (!rep) return;
  printSpeed(rep);
  await writeJson(args.json, rep);
}

if (isMain(import.meta.url)) await main();
