/** Shared plumbing for the benchmarks: where things are, argument parsing, child processes, plain-text tables. */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BatchCounts, BatchRunInfo } from '../src/batch/batch-json.js';
import { tableToMatrix, type Table } from '../src/tables/model.js';

/** Where the benchmarks are compiled to (`npm run build:bench`, tsconfig.bench.json): build/bench/*.js. */
export const BENCH_BUILD_DIR = path.join('build', 'bench');

/** build/bench/util.js (compiled) or bench/util.ts (ts-jest) -> the repository root. */
export const REPO_ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.endsWith(BENCH_BUILD_DIR) ? path.resolve(here, '..', '..') : path.resolve(here, '..');
})();

/** The shared corpus lives next to the checkout (../shared); RENJA_SHARED points elsewhere. */
export function sharedDir(): string {
  return process.env.RENJA_SHARED ? path.resolve(process.env.RENJA_SHARED) : path.resolve(REPO_ROOT, '..', 'shared');
}

export const corpusPath = (...parts: string[]) => path.join(sharedDir(), 'corpus', ...parts);

export function isMain(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && importMetaUrl === pathToFileURL(path.resolve(process.argv[1])).href;
}

export interface BenchArgs {
  json?: string;
  quick: boolean;
  runs?: number;
  jobs?: number;
  engines?: ('pdfjs' | 'tabula')[];
  files: string[];
}

/** `--json FILE`, `--quick`, `--runs N`, `--jobs N`, `--engine pdfjs|tabula` (repeatable), plus file arguments. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const out: BenchArgs = { quick: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = argv[++i];
    else if (a === '--quick') out.quick = true;
    else if (a === '--runs') out.runs = Number.parseInt(argv[++i], 10);
    else if (a === '--jobs') out.jobs = Number.parseInt(argv[++i], 10);
    else if (a === '--engine') {
      const e = argv[++i];
      if (e !== 'pdfjs' && e !== 'tabula') throw new Error(`--engine must be pdfjs or tabula, not ${e}`);
      (out.engines ??= []).push(e);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else out.files.push(a);
  }
  return out;
}

export async function writeJson(file: string | undefined, data: unknown): Promise<void> {
  if (!file) return;
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, JSON.stringify(data, null, 2) + '\n');
  console.log(`wrote ${file}`);
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);

/** A plain-text table: columns padded, numbers right-aligned. */
export function textTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => (r[j] ?? '').length)));
  const numeric = header.map(
    (_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === 'number' || r[j] === '-' || r[j] === ''),
  );
  const line = (r: string[]) =>
    r
      .map((c, j) => (numeric[j] ? (c ?? '').padStart(widths[j]) : (c ?? '').padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return '-';
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(3);
}

/** RFC 4180 CSV of rows (quotes only where needed), the format tabula writes. */
export function toCsv(rows: string[][]): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(q).join(',')).join('\n') + (rows.length ? '\n' : '');
}

/** A table as tabula would print it: merged cells once, at their top-left slot. */
export const tableCsv = (t: Table) => toCsv(tableToMatrix(t));

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Runs a command without a shell and measures its wall time. */
export function runChild(
  cmd: string,
  args: string[],
  opts: { timeoutMs?: number; cwd?: string } = {},
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: opts.cwd ?? REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d.length > 100_000 ? d.slice(-100_000) : d));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : null;
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Number(process.hrtime.bigint() - t0) / 1e6, timedOut });
    };
    child.on('error', (err) => {
      stderr += String(err);
      done(null, null);
    });
    child.on('close', done);
  });
}

/** Is `cmd` runnable? (`pdftotext -v`, `java -version`) */
export function hasCommand(cmd: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) =>
    execFile(cmd, args, (err) => resolve(!err || (err as NodeJS.ErrnoException).code !== 'ENOENT')),
  );
}

export const builtScript = (name: string) => path.join(REPO_ROOT, BENCH_BUILD_DIR, name);

export function requireBuilt(name: string): string {
  const p = builtScript(name);
  if (!existsSync(p)) throw new Error(`${p} missing: build the benchmarks first with npm run build:bench`);
  return p;
}

/** `DIR/batch.json` of a `renja batch` run, as src/batch/batch-json.ts writes it. */
export type BatchJsonFile = Omit<BatchRunInfo, 'wallMs' | 'cpuMs' | 'peakRssKb'> & {
  format: number;
  counts: BatchCounts;
  stats: Pick<BatchRunInfo, 'wallMs' | 'cpuMs' | 'peakRssKb'>;
};

export async function readBatchJson(outDir: string): Promise<BatchJsonFile> {
  return JSON.parse(await readFile(path.join(outDir, 'batch.json'), 'utf8')) as BatchJsonFile;
}
