/** All tables of one page: ruled grids first (lattice), borderless text tables (stream) where there are none. */
import { pageLimitNote, type PageLimitNote } from '../pdf/limits.js';
import type { Box, PageData, TextRun } from '../pdf/types.js';
import type { Area } from './options.js';
import { cellConfidence, cellText, runToPiece, splitAtBoundaries, WORD_GAP_EM, type Piece } from './cell-text.js';
import { findGrids, type Grid } from './lattice.js';
import { groupByLine } from './lines.js';
import type { Cell } from './model.js';
import type { PhysicalTable } from './physical.js';
import { findStreamTables } from './stream.js';
import { pageTolerances, type PageTolerances } from './tolerance.js';

export interface PageTableOptions {
  method: 'auto' | 'lattice' | 'stream';
  area?: Area;
  /** Joins the lines of a wrapped cell: a space (default) or `\n` to keep them. */
  lineBreak?: string;
}

/** Caption lines are looked for this many font sizes above a table (a caption sits just above it). */
const CAPTION_REACH_EM = 8;
/** Runs share a text line when they overlap vertically by this share of the smaller one (superscripts do less). */
const LINE_OVERLAP_SHARE = 0.4;
/** At most this many caption lines are kept (caption, subtitle, unit line). */
const MAX_CAPTION_LINES = 4;

function areaBox(a?: Area): Box | undefined {
  return a ? { x0: a.left, y0: a.top, x1: a.right, y1: a.bottom } : undefined;
}

function centre(r: { x0: number; x1: number; y0: number; y1: number }): [number, number] {
  return [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2];
}

function inside(b: Box, x: number, y: number, tol = 0): boolean {
  return x >= b.x0 - tol && x <= b.x1 + tol && y >= b.y0 - tol && y <= b.y1 + tol;
}

function indexOfSlot(bounds: number[], v: number): number {
  // bounds ascending; returns i with bounds[i] <= v < bounds[i+1], clamped
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, Math.min(bounds.length - 2, lo));
}

/** The cell margin can't be smaller than this: text touching the rule is overflow, not a margin. */
const MIN_CELL_PADDING_PT = 0.5;

/**
 * The table's cell margin: the smallest left gap between a cell's rule and its text, over the cells whose text
 * starts near their left edge. Left-aligned cells show the true margin; centred and right-aligned ones show more.
 */
function tablePadding(grid: Grid, buckets: Piece[][]): number {
  const gaps: number[] = [];
  grid.cells.forEach((c, i) => {
    const hs = buckets[i].filter((p) => p.direction === 0);
    if (hs.length) gaps.push(Math.min(...hs.map((p) => p.x0)) - c.bbox.x0);
  });
  const valid = gaps.filter((g) => g >= MIN_CELL_PADDING_PT).sort((a, b) => a - b);
  // the 10th percentile, so one overflowing cell does not set the margin for the whole table
  return valid.length ? valid[Math.floor(valid.length * 0.1)] : MIN_CELL_PADDING_PT;
}

/** Fills a grid with the page's text and returns it as a physical table. */
export function fillGrid(
  grid: Grid,
  runs: TextRun[],
  pageNumber: number,
  lineBreak = ' ',
): { table: PhysicalTable; used: Set<TextRun> } {
  const nc = grid.xs.length - 1;
  const nr = grid.ys.length - 1;
  const owner = new Int32Array(nr * nc).fill(-1);
  grid.cells.forEach((c, i) => {
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      for (let k = c.col; k < c.col + c.colSpan; k++) owner[r * nc + k] = i;
  });
  const buckets: Piece[][] = grid.cells.map(() => []);
  const used = new Set<TextRun>();
  let charsInRegion = 0;
  let charsInCells = 0;
  for (const run of runs) {
    const [cx, cy] = centre(run);
    if (!inside(grid.bbox, cx, cy)) continue;
    used.add(run);
    const n = run.text.replace(/\s/g, '').length;
    charsInRegion += n;
    for (const piece of splitAtBoundaries(runToPiece(run), grid.xs)) {
      const [px, py] = centre(piece);
      const k = owner[indexOfSlot(grid.ys, py) * nc + indexOfSlot(grid.xs, px)];
      if (k >= 0) {
        buckets[k].push(piece);
        charsInCells += piece.text.replace(/\s/g, '').length;
      }
    }
  }
  const padding = tablePadding(grid, buckets);
  const cells: Cell[] = grid.cells.map((g, i) => {
    const confidence = cellConfidence(buckets[i]);
    return {
      text: cellText(buckets[i], g.bbox, padding, lineBreak).text,
      page: pageNumber,
      bbox: g.bbox,
      row: g.row,
      col: g.col,
      rowSpan: g.rowSpan,
      colSpan: g.colSpan,
      ...(confidence !== undefined ? { confidence } : {}),
    };
  });
  return {
    table: {
      page: pageNumber,
      method: 'lattice',
      bbox: grid.bbox,
      xs: grid.xs,
      ys: grid.ys,
      cells,
      openTop: grid.openTop,
      openBottom: grid.openBottom,
      charsInRegion,
      charsInCells,
      captionLines: [],
    },
    used,
  };
}

/** Does a grid hold anything? Empty grids are drawing frames, signature boxes or form decoration. */
function hasText(t: PhysicalTable): boolean {
  return t.cells.filter((c) => c.text !== '').length >= 2;
}

interface TextLine {
  text: string;
  y0: number;
  y1: number;
  x0: number;
}

/** Groups loose runs (not in any table) into text lines, top to bottom. */
export function looseLines(runs: TextRun[]): TextLine[] {
  return groupByLine(
    runs.filter((r) => r.direction === 0),
    LINE_OVERLAP_SHARE,
  ).map((l) => {
    let text = '';
    let prev: TextRun | null = null;
    for (const r of l.items) {
      if (prev && r.x0 - prev.x1 > WORD_GAP_EM * r.fontSize && !text.endsWith(' ')) text += ' ';
      text += r.text;
      prev = r;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), y0: l.y0, y1: l.y1, x0: l.items[0].x0 };
  });
}

function attachCaptions(tables: PhysicalTable[], lines: TextLine[], tol: PageTolerances): void {
  const sorted = [...tables].sort((a, b) => a.bbox.y0 - b.bbox.y0);
  let ceiling = 0;
  for (const t of sorted) {
    const reach = CAPTION_REACH_EM * tol.fontSize;
    const above = lines.filter((l) => l.y1 <= t.bbox.y0 + 1 && l.y0 >= Math.max(ceiling, t.bbox.y0 - reach) && l.text);
    t.captionLines = above.slice(-MAX_CAPTION_LINES).map((l) => l.text);
    ceiling = t.bbox.y1;
  }
}

export interface PageTables {
  tables: PhysicalTable[];
  /** Text lines outside every table, top to bottom (captions, prose, running heads). */
  lines: TextLine[];
  /** Limits the page reached, from reading it (PageData.limits) and from finding its tables. */
  limits: PageLimitNote[];
}

export function findPageTables(page: PageData, opts: PageTableOptions): PageTables {
  const tol = pageTolerances(page);
  const area = areaBox(opts.area);
  const runs = area ? page.textRuns.filter((r) => inside(area, ...centre(r))) : page.textRuns;
  const tables: PhysicalTable[] = [];
  const used = new Set<TextRun>();
  const limits: PageLimitNote[] = [...(page.limits ?? [])];
  if (opts.method !== 'stream') {
    const oversized = (slots: number) => limits.push(pageLimitNote(page.pageNumber, 'gridSlots', slots));
    for (const grid of findGrids(page, tol, area, oversized)) {
      const { table, used: u } = fillGrid(grid, runs, page.pageNumber, opts.lineBreak);
      if (!hasText(table) && opts.method === 'auto') continue;
      tables.push(table);
      for (const r of u) used.add(r);
    }
  }
  const rest = runs.filter((r) => !used.has(r));
  // in auto mode, text outside the ruled tables may still hold a borderless one (rules drawn as images, or none)
  if (opts.method === 'stream' || opts.method === 'auto') {
    // an explicit area with the stream method means "this region is one table", as in tabula
    tables.push(
      ...findStreamTables(rest, page.pageNumber, tol, {
        wholeRegion: opts.method === 'stream' && !!area,
        region: area,
      }),
    );
  }
  const inTables = (r: TextRun) => tables.some((t) => inside(t.bbox, ...centre(r), 0.5));
  const lines = looseLines(runs.filter((r) => !inTables(r)));
  attachCaptions(tables, lines, tol);
  tables.sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
  return { tables, lines, limits };
}
