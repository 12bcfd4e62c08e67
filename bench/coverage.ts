/**
 * Coverage over every PDF of ../shared/corpus/real (manifest.tsv): pages, tables found, pages with tables, time and
 * error class per document, then totals. Each document runs in its own child process with a timeout, so a crash or
 * hang is recorded against that document and the run goes on. "crash" = the child died or threw something that is
 * not a PdfError (an explained failure such as an encrypted or scanned file is not a crash).
 *
 *   node build/bench/coverage.js [--jobs N] [--engine pdfjs|tabula] [--json FILE]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractOnceResult } from './extract-once.js';
import { corpusPath, isMain, parseBenchArgs, requireBuilt, runChild, textTable, writeJson } from './util.js';

/** The longest corpus document (179 pages) takes seconds; five minutes means something hangs. */
export const DOC_TIMEOUT_MS = 5 * 60_000;

export interface ManifestRow {
  file: string;
  pages: number;
  textOrScanned: string;
  docType: string;
}

export interface CoverageRow {
  file: string;
  kind: string;
  pages: number;
  tables: number;
  pagesWithTables: number;
  ms: number;
  peakRssMb: number;
  errorClass: string | null;
  crash: boolean;
  message: string | null;
}

export interface CoverageReport {
  engine: string;
  rows: CoverageRow[];
  totals: {
    documents: number;
    ok: number;
    crashes: number;
    errorClasses: Record<string, number>;
    pages: number;
    tables: number;
    pagesWithTables: number;
    ms: number;
    msPerPage: number;
    maxPeakRssMb: number;
  };
}

/** manifest.tsv: a header line, then tab-separated rows (file, ..., pages, producer, text_or_scanned, ...). */
export function parseManifest(tsv: string): ManifestRow[] {
  const [head, ...lines] = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const cols = head.split('\t');
  const at = (cells: string[], name: string) => cells[cols.indexOf(name)] ?? '';
  return lines.map((l) => {
    const c = l.split('\t');
    return {
      file: at(c, 'file'),
      pages: Number.parseInt(at(c, 'pages'), 10) || 0,
      textOrScanned: at(c, 'text_or_scanned'),
      docType: at(c, 'doc_type_guess'),
    };
  });
}

async function coverOne(once: string, dir: string, m: ManifestRow, engine: string): Promise<CoverageRow> {
  const r = await runChild(process.execPath, [once, path.join(dir, m.file), '--engine', engine], {
    timeoutMs: DOC_TIMEOUT_MS,
  });
  const base = {
    file: m.file,
    kind: m.textOrScanned,
    pages: m.pages,
    tables: 0,
    pagesWithTables: 0,
    ms: r.ms,
    peakRssMb: 0,
  };
  let o: ExtractOnceResult | null = null;
  try {
    o = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ExtractOnceResult;
  } catch {
    const why = r.timedOut
      ? `no result within ${DOC_TIMEOUT_MS / 1000} s`
      : `child exited ${r.code ?? r.signal}: ${r.stderr.trim().split('\n').pop() ?? ''}`;
    return {
      ...base,
      errorClass: r.timedOut ? 'timeout' : 'internal-error',
      crash: !r.timedOut,
      message: why.slice(0, 200),
    };
  }
  return {
    ...base,
    pages: o.pages || m.pages,
    tables: o.tables,
    pagesWithTables: o.pagesWithTables,
    ms: o.ms,
    peakRssMb: o.maxRssKb / 1024,
    errorClass: o.ok ? null : (o.errorClass ?? 'internal-error'),
    crash: Boolean(o.unexpected),
    message: o.message ?? null,
  };
}

export async function runCoverage(
  opts: { jobs?: number; engine?: 'pdfjs' | 'tabula' } = {},
): Promise<CoverageReport | null> {
  const dir = corpusPath('real');
  const manifest = path.join(dir, 'manifest.tsv');
  if (!existsSync(manifest)) {
    console.log(`coverage: SKIPPED (no ${manifest}; the shared corpus is not checked out next to the repo)`);
    return null;
  }
  const engine = opts.engine ?? 'pdfjs';
  const once = requireBuilt('extract-once.js');
  const docs = parseManifest(await readFile(manifest, 'utf8'));
  const rows = new Array<CoverageRow>(docs.length);
  let next = 0;
  const worker = async () => {
    while (next < docs.length) {
      const i = next++;
      rows[i] = await coverOne(once, dir, docs[i], engine);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs ?? 1) }, worker));

  const errorClasses: Record<string, number> = {};
  for (const r of rows) if (r.errorClass) errorClasses[r.errorClass] = (errorClasses[r.errorClass] ?? 0) + 1;
  const sum = (f: (r: CoverageRow) => number) => rows.reduce((a, r) => a + f(r), 0);
  const okRows = rows.filter((r) => !r.errorClass);
  return {
    engine,
    rows,
    totals: {
      documents: rows.length,
      ok: okRows.length,
      crashes: rows.filter((r) => r.crash).length,
      errorClasses,
      pages: sum((r) => r.pages),
      tables: sum((r) => r.tables),
      pagesWithTables: sum((r) => r.pagesWithTables),
      ms: sum((r) => r.ms),
      msPerPage:
        okRows.reduce((a, r) => a + r.ms, 0) /
        Math.max(
          1,
          okRows.reduce((a, r) => a + r.pages, 0),
        ),
      maxPeakRssMb: Math.max(0, ...rows.map((r) => r.peakRssMb)),
    },
  };
}

export function printCoverage(rep: CoverageReport, verbose = true): void {
  if (verbose) {
    console.log(
      textTable(
        ['document', 'kind', 'pages', 'tables', 'pages w/ tables', 'ms', 'RSS MB', 'error'],
        rep.rows.map((r) => [
          r.file,
          r.kind,
          r.pages,
          r.tables,
          r.pagesWithTables,
          r.ms,
          r.peakRssMb,
          r.errorClass ? `${r.crash ? 'CRASH ' : ''}${r.errorClass}: ${r.message ?? ''}`.slice(0, 90) : '',
        ]),
      ),
    );
    console.log('');
  }
  const t = rep.totals;
  const classes =
    Object.entries(t.errorClasses)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  console.log(
    textTable(
      [
        'engine',
        'documents',
        'ok',
        'crashes',
        'errors',
        'pages',
        'tables',
        'pages w/ tables',
        'total s',
        'ms/page (ok docs)',
        'max RSS MB',
      ],
      [
        [
          rep.engine,
          t.documents,
          t.ok,
          t.crashes,
          classes,
          t.pages,
          t.tables,
          t.pagesWithTables,
          t.ms / 1000,
          t.msPerPage,
          t.maxPeakRssMb,
        ],
      ],
    ),
  );
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const rep = await runCoverage({ jobs: args.jobs, engine: args.engines?.[0] });
  if (!rep) return;
  printCoverage(rep);
  await writeJson(args.json, rep);
}

if (isMain(import.meta.url)) await main();
