/**
 * Lattice method: tables from the ruling grid. Rulings are merged, grouped into connected grids, and every
 * grid slot is joined with its neighbour when no rule separates them, which yields merged cells with spans.
 */
import type { Box, PageData, Ruling } from '../pdf/types.js';
import type { Cell } from './model.js';
import { clusterValues, connectedGroups, mergeRulings } from './rules.js';
import type { PageTolerances } from './tolerance.js';
import { PAGE_LIMITS } from '../pdf/limits.js';

/** A grid needs at least this many rows and columns of slots to be a table rather than a box or a rule. */
const MIN_GRID_ROWS = 1;
const MIN_GRID_COLS = 2;
/** Rules reaching this many ems past the outermost vertical rule open a column without a side border. */
const MIN_OPEN_COLUMN_EM = 1.5;
/** A rule must cover this share of a slot's edge to separate two slots (rules stop short at corners). */
const EDGE_COVERAGE = 0.6;

export interface GridCellGeom {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  bbox: Box;
}

export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCellGeom[];
  openTop: boolean;
  openBottom: boolean;
  bbox: Box;
}

function coverage(rulings: Ruling[], pos: number, a: number, b: number, tol: number): number {
  const len = b - a;
  if (len <= 0) return 1;
  const pieces: [number, number][] = [];
  for (const r of rulings) {
    if (Math.abs(r.pos - pos) > tol) continue;
    const s = Math.max(a, r.start - tol);
    const e = Math.min(b, r.end + tol);
    if (e > s) pieces.push([s, e]);
  }
  pieces.sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let cur = a;
  for (const [s, e] of pieces) {
    if (e <= cur) continue;
    covered += e - Math.max(s, cur);
    cur = e;
  }
  return covered / len;
}

/** Builds the cell grid of one connected group of rulings. */
/** `onOversized` hears of a grid set aside for its size (PAGE_LIMITS.gridSlots), with its slot count. */
export function buildGrid(group: Ruling[], tol: PageTolerances, onOversized?: (slots: number) => void): Grid | null {
  const hs = group.filter((r) => r.orientation === 'h');
  const vs = group.filter((r) => r.orientation === 'v');
  if (hs.length < 1 || vs.length < 2) return null;
  const xs = clusterValues(
    vs.map((r) => r.pos),
    tol.snap,
  );
  let ys = clusterValues(
    hs.map((r) => r.pos),
    tol.snap,
  );
  if (xs.length < MIN_GRID_COLS + 1) return null;

  // Horizontal rules that run past the outermost vertical ones mean a table without side borders (common in
  // spreadsheet printouts): the rules' ends close the first and last columns, so their text is not lost.
  const minColumn = tol.fontSize * MIN_OPEN_COLUMN_EM;
  const hLeft = Math.min(...hs.map((r) => r.start));
  const hRight = Math.max(...hs.map((r) => r.end));
  if (xs[0] - hLeft > minColumn) xs.unshift(hLeft);
  if (hRight - xs[xs.length - 1] > minColumn) xs.push(hRight);

  // Vertical rules that run past the outermost horizontal ones mean a row without a closing rule: a tall row
  // cut by the page break. Close it with a virtual line so the row is not lost (lattice extractors drop it).
  const vTop = Math.min(...vs.map((r) => r.start));
  const vBottom = Math.max(...vs.map((r) => r.end));
  const minRowHeight = tol.fontSize * 0.8;
  let openTop = false;
  let openBottom = false;
  if (ys.length === 0 || ys[0] - vTop > minRowHeight) {
    ys = [vTop, ...ys];
    openTop = true;
  }
  if (vBottom - ys[ys.length - 1] > minRowHeight) {
    ys = [...ys, vBottom];
    openBottom = true;
  }
  if (ys.length < MIN_GRID_ROWS + 1) return null;

  const nr = ys.length - 1;
  const nc = xs.length - 1;
  // Every slot below costs a pass over the rules: a grid of millions of slots would take minutes and gigabytes.
  if (nr * nc > PAGE_LIMITS.gridSlots) {
    onOversized?.(nr * nc);
    return null;
  }
  const t = tol.snap;
  // hasV[r][c]: a rule separates slot (r, c-1) from (r, c) — c in 1..nc-1; hasH[r][c]: between (r-1, c) and (r, c)
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nr; r++) {
    for (let c = 1; c < nc; c++) {
      if (coverage(vs, xs[c], ys[r], ys[r + 1], t) < EDGE_COVERAGE) union(id(r, c - 1), id(r, c));
    }
  }
  for (let r = 1; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (coverage(hs, ys[r], xs[c], xs[c + 1], t) < EDGE_COVERAGE) union(id(r - 1, c), id(r, c));
    }
  }
  const groups = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const g = groups.get(root);
      if (!g) groups.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        g.r0 = Math.min(g.r0, r);
        g.r1 = Math.max(g.r1, r);
        g.c0 = Math.min(g.c0, c);
        g.c1 = Math.max(g.c1, c);
      }
    }
  }
  // Non-rectangular unions (a rule missing in an L shape) are cut back to rectangles: a slot belongs to the
  // first group (in reading order) whose rectangle covers it.
  const owner = new Int32Array(nr * nc).fill(-1);
  const cells: GridCellGeom[] = [];
  const ordered = [...groups.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const g of ordered) {
    if (owner[id(g.r0, g.c0)] !== -1) continue;
    let c1 = g.c0;
    while (c1 + 1 <= g.c1 && owner[id(g.r0, c1 + 1)] === -1) c1++;
    let r1 = g.r0;
    outer: while (r1 + 1 <= g.r1) {
      for (let c = g.c0; c <= c1; c++) if (owner[id(r1 + 1, c)] !== -1) break outer;
      r1++;
    }
    for (let r = g.r0; r <= r1; r++) for (let c = g.c0; c <= c1; c++) owner[id(r, c)] = cells.length;
    cells.push({
      row: g.r0,
      col: g.c0,
      rowSpan: r1 - g.r0 + 1,
      colSpan: c1 - g.c0 + 1,
      bbox: { x0: xs[g.c0], x1: xs[c1 + 1], y0: ys[g.r0], y1: ys[r1 + 1] },
    });
  }
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (owner[id(r, c)] === -1) {
        owner[id(r, c)] = cells.length;
        cells.push({
          row: r,
          col: c,
          rowSpan: 1,
          colSpan: 1,
          bbox: { x0: xs[c], x1: xs[c + 1], y0: ys[r], y1: ys[r + 1] },
        });
      }
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells, openTop, openBottom, bbox: { x0: xs[0], x1: xs[nc], y0: ys[0], y1: ys[nr] } };
}

/** Finds every ruled grid on the page. `onOversized` hears of grids set aside for their size. */
export function findGrids(
  page: PageData,
  tol: PageTolerances,
  area?: Box,
  onOversized?: (slots: number) => void,
): Grid[] {
  let rulings = mergeRulings(page.rulings, tol.snap, tol.join);
  if (area) {
    rulings = rulings.map((r) => clipToArea(r, area)).filter((r): r is Ruling => r !== null);
  }
  const grids: Grid[] = [];
  for (const group of connectedGroups(rulings, tol.snap)) {
    const g = buildGrid(group, tol, onOversized);
    if (!g) continue;
    // a box around a single paragraph or a page frame is not a table: it has one slot
    if (g.cells.length < 2) continue;
    grids.push(g);
  }
  grids.sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
  return grids;
}

function clipToArea(r: Ruling, a: Box): Ruling | null {
  const [lo, hi, slo, shi] = r.orientation === 'h' ? [a.y0, a.y1, a.x0, a.x1] : [a.x0, a.x1, a.y0, a.y1];
  if (r.pos < lo || r.pos > hi) return null;
  const start = Math.max(r.start, slo);
  const end = Math.min(r.end, shi);
  return end > start ? { ...r, start, end } : null;
}

export type { Cell };
