/**
 * Two builds of this tool that differ only in their pdfjs-dist (ours and a copy with another version installed),
 * on the same Node binary and the same real Renja: extraction time, ms/page and peak RSS, runs interleaved
 * (A, B, A, B, ...) so both see the same machine state, medians of >= 5 runs each, and the ratio B/A. Then the
 * outputs: `renja tables FILE --pages all --format json --ocr off` from both roots, compared cell by cell.
 *
 *   node build/bench/pdfjs-versions.js --other ROOT [--base ROOT] [--node BIN] [FILE...] [--runs N] [--json FILE]
 *
 * --other is the second built root (a copy of the checkout with e.g. `npm install pdfjs-dist@6 --no-save` and
 * `npm run build:bench` run in it); --base defaults to this checkout, --node to the Node running this script.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageRanges } from '../src/renja/parts.js';
import type { ExtractOnceResult } from './extract-once.js';
import { MIN_RUNS, SPEED_FILES } from './speed.js';
import { corpusPath, isMain, median, parseBenchArgs, REPO_ROOT, runChild, textTable, writeJson } from './util.js';

/** The longest Renja of the shared corpus (179 pages): the worst case for time and memory. */
export const LONGEST_RENJA = 'aplikasi_esakip/2._RENJA_2016.pdf';
const RUN_TIMEOUT_MS = 10 * 60_000;

export interface VersionsArgs {
  base: string;
  other: string;
  node: string;
  rest: string[];
}

/** Takes this benchmark's own options off the command line; the rest goes to parseBenchArgs. */
export function parseVersionsArgs(argv: string[]): VersionsArgs {
  const out: VersionsArgs = { base: REPO_ROOT, other: '', node: process.execPath, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base') out.base = path.resolve(argv[++i] ?? '');
    else if (a === '--other') out.other = path.resolve(argv[++i] ?? '');
    else if (a === '--node') out.node = argv[++i] ?? '';
    else out.rest.push(a);
  }
  if (!out.other) throw new Error('--other ROOT is required: the second built checkout (see bench/pdfjs-versions.ts)');
  return out;
}

/** One table of `renja tables --format json` as far as the comparison needs it. */
interface CellJson {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  page: number;
  bbox: number[];
  text: string;
}
interface TableJson {
  id: string;
  method: string;
  pages: number[];
  headerRows: number;
  rowCount: number;
  colCount: number;
  captionLines: string[];
  parts: unknown[];
  quality: unknown;
  cells: CellJson[];
}
export interface TablesJson {
  file: string;
  pages: number;
  tables: TableJson[];
}

export interface OutputDiff {
  /** The page the difference is on (a cell's page, else the table's first page); null for the whole document. */
  page: number | null;
  table: string;
  what: string;
}

/** Box coordinates are rounded to 0.01 pt in the JSON; anything below that is not a difference. */
const BOX_EPS = 0.011;
const quote = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 57) + '...' : s);

/** Every difference between two `renja tables` JSON outputs of the same file, A's value first. */
export function diffTablesJson(a: TablesJson, b: TablesJson): OutputDiff[] {
  const out: OutputDiff[] = [];
  if (a.pages !== b.pages) out.push({ page: null, table: '-', what: `page count ${a.pages} -> ${b.pages}` });
  const byId = (t: TableJson[]) => new Map(t.map((x) => [x.id, x]));
  const ta = byId(a.tables);
  const tb = byId(b.tables);
  for (const id of new Set([...ta.keys(), ...tb.keys()])) {
    const x = ta.get(id);
    const y = tb.get(id);
    if (!x || !y) {
      const t = (x ?? y)!;
      out.push({
        page: t.pages[0] ?? null,
        table: id,
        what: `only in ${x ? 'A' : 'B'} (pages ${pageRanges(t.pages)})`,
      });
      continue;
    }
    const first = x.pages[0] ?? null;
    const fields: [string, unknown, unknown][] = [
      ['method', x.method, y.method],
      ['pages', pageRanges(x.pages), pageRanges(y.pages)],
      ['headerRows', x.headerRows, y.headerRows],
      ['rows', x.rowCount, y.rowCount],
      ['cols', x.colCount, y.colCount],
      ['caption', x.captionLines.join(' | '), y.captionLines.join(' | ')],
      ['parts', JSON.stringify(x.parts), JSON.stringify(y.parts)],
      ['quality', JSON.stringify(x.quality), JSON.stringify(y.quality)],
    ];
    for (const [name, va, vb] of fields) {
      if (va !== vb) out.push({ page: first, table: id, what: `${name} ${String(va)} -> ${String(vb)}` });
    }
    const key = (c: CellJson) => `${c.row},${c.col}`;
    const ca = new Map(x.cells.map((c) => [key(c), c]));
    const cb = new Map(y.cells.map((c) => [key(c), c]));
    for (const k of new Set([...ca.keys(), ...cb.keys()])) {
      const p = ca.get(k);
      const q = cb.get(k);
      if (!p || !q) {
        const c = (p ?? q)!;
        out.push({ page: c.page, table: id, what: `cell ${k} only in ${p ? 'A' : 'B'}: ${quote(c.text)}` });
        continue;
      }
      if (p.text !== q.text)
        out.push({ page: p.page, table: id, what: `cell ${k} text ${quote(p.text)} -> ${quote(q.text)}` });
      if (p.page !== q.page || p.rowSpan !== q.rowSpan || p.colSpan !== q.colSpan) {
        out.push({
          page: p.page,
          table: id,
          what: `cell ${k} page/span ${p.page} ${p.rowSpan}x${p.colSpan} -> ${q.page} ${q.rowSpan}x${q.colSpan}`,
        });
      }
      const moved = Math.max(...p.bbox.map((v, i) => Math.abs(v - (q.bbox[i] ?? NaN))));
      if (!(moved <= BOX_EPS))
        out.push({ page: p.page, table: id, what: `cell ${k} box moved ${moved.toFixed(2)} pt` });
    }
  }
  return out;
}

export interface VersionRow {
  file: string;
  pages: number;
  tables: number;
  runs: number;
  aMs: number;
  bMs: number;
  aMsPerPage: number;
  bMsPerPage: number;
  /** Median wall time of the whole child (Node start-up and loading pdf.js included). */
  aWallMs: number;
  bWallMs: number;
  aPeakRssMb: number;
  bPeakRssMb: number;
  /** B/A of the medians. */
  ratio: number;
  ratioWall: number;
  /** Smallest and largest B/A of one interleaved pair: how far a single comparison can swing. */
  pairRatioMin: number;
  pairRatioMax: number;
  /** Output comparison: null when identical. */
  outputDiffs: OutputDiff[] | null;
  error?: string;
}

export interface VersionsReport {
  node: string;
  a: { root: string; pdfjs: string };
  b: { root: string; pdfjs: string };
  loadBefore: string;
  rows: VersionRow[];
  total: { pages: number; aMs: number; bMs: number; ratio: number; aMsPerPage: number; bMsPerPage: number };
}

const pdfjsVersion = (root: string) => {
  const p = path.join(root, 'node_modules', 'pdfjs-dist', 'package.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version : 'missing';
};

async function extractOnce(
  node: string,
  root: string,
  file: string,
): Promise<{ r: ExtractOnceResult; wallMs: number }> {
  const once = path.join(root, 'build', 'bench', 'extract-once.js');
  const c = await runChild(node, [once, file, '--engine', 'pdfjs', '--method', 'auto'], {
    cwd: root,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  const line = c.stdout.trim().split('\n').pop() ?? '';
  let r: ExtractOnceResult;
  try {
    r = JSON.parse(line) as ExtractOnceResult;
  } catch {
    throw new Error(c.timedOut ? 'timed out' : `child failed (${c.code}): ${c.stderr.trim().split('\n').pop()}`);
  }
  if (!r.ok) throw new Error(`${r.errorClass}: ${r.message}`);
  return { r, wallMs: c.ms };
}

async function tablesJson(node: string, root: string, file: string): Promise<string> {
  const c = await runChild(
    node,
    [path.join(root, 'bin', 'renja.js'), 'tables', file, '--pages', 'all', '--format', 'json', '--ocr', 'off'],
    { cwd: root, timeoutMs: RUN_TIMEOUT_MS },
  );
  if (c.code !== 0) throw new Error(`renja tables failed (${c.code}): ${c.stderr.trim().split('\n').pop()}`);
  return c.stdout;
}

export async function runVersions(
  files: string[],
  opts: { base: string; other: string; node: string; runs?: number },
): Promise<VersionsReport> {
  const runs = Math.max(MIN_RUNS, opts.runs ?? MIN_RUNS);
  for (const root of [opts.base, opts.other]) {
    if (!existsSync(path.join(root, 'build', 'bench', 'extract-once.js')))
      throw new Error(`${root}/build/bench/extract-once.js missing: run npm run build:bench in ${root}`);
  }
  const node = (await runChild(opts.node, ['--version'])).stdout.trim();
  const loadBefore = (await runChild('uptime', [])).stdout.trim();
  const rows: VersionRow[] = [];
  for (const file of files) {
    const a: { r: ExtractOnceResult; wallMs: number }[] = [];
    const b: typeof a = [];
    let error: string | undefined;
    try {
      for (let i = 0; i < runs; i++) {
        a.push(await extractOnce(opts.node, opts.base, file));
        b.push(await extractOnce(opts.node, opts.other, file));
      }
    } catch (err) {
      error = `${a.length > b.length ? 'B' : 'A'}: ${(err as Error).message}`;
    }
    let outputDiffs: OutputDiff[] | null = null;
    if (!error) {
      try {
        const [ja, jb] = [await tablesJson(opts.node, opts.base, file), await tablesJson(opts.node, opts.other, file)];
        if (ja !== jb) outputDiffs = diffTablesJson(JSON.parse(ja) as TablesJson, JSON.parse(jb) as TablesJson);
      } catch (err) {
        error = (err as Error).message;
      }
    }
    const pages = a[0]?.r.pages ?? 0;
    const ms = (xs: typeof a) => median(xs.map((x) => x.r.ms));
    const pairs = b.map((x, i) => x.r.ms / a[i].r.ms);
    rows.push({
      file: path.relative(corpusPath('real'), file).startsWith('..') ? file : path.relative(corpusPath('real'), file),
      pages,
      tables: a[0]?.r.tables ?? 0,
      runs: b.length,
      aMs: ms(a),
      bMs: ms(b),
      aMsPerPage: ms(a) / pages,
      bMsPerPage: ms(b) / pages,
      aWallMs: median(a.map((x) => x.wallMs)),
      bWallMs: median(b.map((x) => x.wallMs)),
      aPeakRssMb: Math.max(0, ...a.map((x) => x.r.maxRssKb)) / 1024,
      bPeakRssMb: Math.max(0, ...b.map((x) => x.r.maxRssKb)) / 1024,
      ratio: ms(b) / ms(a),
      ratioWall: median(b.map((x) => x.wallMs)) / median(a.map((x) => x.wallMs)),
      pairRatioMin: Math.min(...pairs),
      pairRatioMax: Math.max(...pairs),
      outputDiffs,
      ...(error ? { error } : {}),
    });
  }
  const ok = rows.filter((r) => !r.error);
  const sum = (f: (r: VersionRow) => number) => ok.reduce((s, r) => s + f(r), 0);
  const pages = sum((r) => r.pages);
  return {
    node,
    a: { root: opts.base, pdfjs: pdfjsVersion(opts.base) },
    b: { root: opts.other, pdfjs: pdfjsVersion(opts.other) },
    loadBefore,
    rows,
    total: {
      pages,
      aMs: sum((r) => r.aMs),
      bMs: sum((r) => r.bMs),
      ratio: sum((r) => r.bMs) / sum((r) => r.aMs),
      aMsPerPage: sum((r) => r.aMs) / pages,
      bMsPerPage: sum((r) => r.bMs) / pages,
    },
  };
}

/** How many differences of one file are printed; the JSON report has them all. */
const SHOWN_DIFFS = 8;

export function printVersions(rep: VersionsReport): void {
  const [a, b] = [`A ${rep.a.pdfjs}`, `B ${rep.b.pdfjs}`];
  console.log(`Node ${rep.node}; A = ${rep.a.root} (pdfjs-dist ${rep.a.pdfjs}), B = ${rep.b.root} (${rep.b.pdfjs})`);
  console.log(`load before: ${rep.loadBefore}`);
  console.log(
    textTable(
      [
        'file',
        'pages',
        'runs',
        `${a} ms`,
        `${b} ms`,
        `${a} ms/page`,
        `${b} ms/page`,
        `${a} RSS MB`,
        `${b} RSS MB`,
        'B/A',
        'B/A pairs min',
        'max',
        'B/A wall',
        'outputs',
      ],
      rep.rows.map((r) =>
        r.error
          ? [r.file, r.pages, r.runs, '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', `ERROR ${r.error}`]
          : [
              r.file,
              r.pages,
              r.runs,
              r.aMs,
              r.bMs,
              r.aMsPerPage,
              r.bMsPerPage,
              r.aPeakRssMb,
              r.bPeakRssMb,
              r.ratio,
              r.pairRatioMin,
              r.pairRatioMax,
              r.ratioWall,
              r.outputDiffs === null
                ? 'identical'
                : `${r.outputDiffs.length} differences, pages ${pageRanges(r.outputDiffs.flatMap((d) => (d.page === null ? [] : [d.page])))}`,
            ],
      ),
    ),
  );
  const t = rep.total;
  console.log(
    `total: ${t.pages} pages, A ${t.aMsPerPage.toFixed(1)} ms/page, B ${t.bMsPerPage.toFixed(1)} ms/page, B/A ${t.ratio.toFixed(3)}`,
  );
  for (const r of rep.rows) {
    if (!r.outputDiffs?.length) continue;
    console.log(`\n${r.file}: ${r.outputDiffs.length} differences (A -> B)`);
    for (const d of r.outputDiffs.slice(0, SHOWN_DIFFS)) console.log(`  p. ${d.page ?? '-'} ${d.table}: ${d.what}`);
    if (r.outputDiffs.length > SHOWN_DIFFS) console.log(`  ... ${r.outputDiffs.length - SHOWN_DIFFS} more (--json)`);
  }
}

async function main(): Promise<void> {
  const v = parseVersionsArgs(process.argv.slice(2));
  const args = parseBenchArgs(v.rest);
  const files = args.files.length
    ? args.files.map((f) => path.resolve(f))
    : [...SPEED_FILES, LONGEST_RENJA].map((f) => corpusPath('real', f)).filter((f) => existsSync(f));
  if (!files.length) {
    console.log('pdfjs-versions: SKIPPED (no Renja PDFs in ../shared/corpus/real; name files on the command line)');
    return;
  }
  const rep = await runVersions(files, { base: v.base, other: v.other, node: v.node, runs: args.runs });
  printVersions(rep);
  await writeJson(args.json, rep);
}

if (isMain(import.meta.url)) await main();
