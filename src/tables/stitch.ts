/**
 * Page stitching: a table that goes on over the next page becomes one logical table. Repeated header rows and
 * column-number rows are recognised and dropped; a row cut by the page break (no rule beneath its first part)
 * is joined back together.
 */
import type { Cell, Table } from './model.js';
import type { PhysicalTable } from './physical.js';
import { headerRowCount, isAmountShape, isColumnNumberRow, isUnitRow, normalizeRowText } from './header.js';

/** Column boundaries match when within this share of the table width (Word reflows borders by fractions of a point). */
const BOUNDARY_MATCH_SHARE = 0.01;
/** …or within this many points, for narrow tables. */
const BOUNDARY_MATCH_PT = 3;
/**
 * A caption above the next page's table that names a table means a new table starts: `Tabel 2.3`, `Lampiran 1`,
 * `Tabel: 2.17`, `T-C.31`. A bare `Lampiran` or `Tabel` (a running head printed on every page) names none, nor does
 * a caption saying the table goes on (`Tabel 2.3 (lanjutan)`).
 */
const NEW_TABLE_CAPTION =
  /^\s*(tabel|table|lampiran)\s*[:.]?\s*(\d|[ivx]+\b|[a-z]\b)|\bT\s*[-.]?\s*C\s*[-.]?\s*\d{2}\b/i;
const CONTINUED_CAPTION = /\b(lanjutan|sambungan|continued)\b/i;

/** Do these caption lines name a new table? */
export function namesNewTable(captionLines: string[]): boolean {
  return captionLines.some((l) => NEW_TABLE_CAPTION.test(l) && !CONTINUED_CAPTION.test(l));
}

function rowsOf(t: PhysicalTable): string[][] {
  const nr = t.ys.length - 1;
  const nc = t.xs.length - 1;
  const m = Array.from({ length: nr }, () => Array<string>(nc).fill(''));
  for (const c of t.cells) m[c.row][c.col] = c.text;
  return m;
}

/**
 * Maps each column boundary of `next` onto a boundary of the logical table; null when they do not line up.
 * The next part may have fewer boundaries (a last page holding only a JUMLAH row spanning several columns).
 */
export function mapBoundaries(logicalXs: number[], nextXs: number[]): number[] | null {
  const width = logicalXs[logicalXs.length - 1] - logicalXs[0];
  const tol = Math.max(BOUNDARY_MATCH_PT, width * BOUNDARY_MATCH_SHARE);
  const map: number[] = [];
  for (const x of nextXs) {
    let best = -1;
    let bestD = Infinity;
    logicalXs.forEach((lx, i) => {
      const d = Math.abs(lx - x);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    if (bestD > tol) return null;
    if (map.length && best <= map[map.length - 1]) return null;
    map.push(best);
  }
  if (map[0] !== 0 || map[map.length - 1] !== logicalXs.length - 1) return null;
  return map;
}

interface Building {
  table: Table;
  xs: number[];
  headerKeys: Set<string>;
  last: PhysicalTable;
  charsInRegion: number;
  charsInCells: number;
}

function startTable(t: PhysicalTable, id: string): Building {
  const rows = rowsOf(t);
  const firstRow = t.cells.filter((c) => c.row === 0);
  const headerRows = headerRowCount(rows, firstRow);
  const headerKeys = new Set<string>();
  for (let i = 0; i < headerRows; i++) headerKeys.add(normalizeRowText(rows[i]));
  return {
    table: {
      id,
      method: t.method,
      pages: [t.page],
      parts: [{ page: t.page, bbox: t.bbox, firstRow: 0, lastRow: rows.length - 1 }],
      headerRows,
      rowCount: rows.length,
      colCount: t.xs.length - 1,
      cells: t.cells.map((c) => ({ ...c })),
      captionLines: t.captionLines,
      quality: {
        textInCells: 0,
        emptyCells: 0,
        rows: rows.length,
        cols: t.xs.length - 1,
        repeatedHeaderRowsDropped: 0,
        rowsJoinedAcrossPages: 0,
      },
    },
    xs: t.xs,
    headerKeys,
    last: t,
    charsInRegion: t.charsInRegion,
    charsInCells: t.charsInCells,
  };
}

/** Is `next` (first table of the following page) the continuation of `b`? Returns the boundary map if so. */
function continuation(
  b: Building,
  next: PhysicalTable,
  nextIsFirstOnPage: boolean,
  prevIsLastOnPage: boolean,
): number[] | null {
  if (!nextIsFirstOnPage || !prevIsLastOnPage) return null;
  if (next.page !== b.last.page + 1) return null;
  if (next.method !== b.table.method) return null;
  if (namesNewTable(next.captionLines)) return null;
  return mapBoundaries(b.xs, next.xs);
}

function appendPart(b: Building, next: PhysicalTable, map: number[]): void {
  const t = b.table;
  const rows = rowsOf(next);
  // drop rows that repeat the header (titles or the column-number row) at the top of the continued part
  let skip = 0;
  const isHeaderRepeat = (row: string[]) =>
    b.headerKeys.has(normalizeRowText(remapRow(row, map, t.colCount))) ||
    isColumnNumberRow(row) ||
    (t.headerRows > 0 && isUnitRow(row) && b.headerKeys.has(normalizeRowText(remapRow(row, map, t.colCount))));
  while (skip < rows.length && isHeaderRepeat(rows[skip])) skip++;
  t.quality.repeatedHeaderRowsDropped += skip;

  const remapCell = (c: Cell, row: number): Cell => {
    const col = map[c.col];
    const colEnd = map[c.col + c.colSpan];
    return { ...c, row, col, colSpan: colEnd - col };
  };

  let rowOffset = t.rowCount - skip;
  let joinFirst = false;
  const firstDataCells = next.cells.filter((c) => c.row === skip);
  // A column-number row at the foot of the page (a repeated header row that fell to the bottom) ends no data row.
  const lastRowText = rowsOf(b.last).at(-1) ?? [];
  const lastIsHeader = isColumnNumberRow(lastRowText) || isUnitRow(lastRowText);
  if (skip < rows.length && !lastIsHeader && isRowRest(t, firstDataCells, map, b.last.openBottom || next.openTop))
    joinFirst = true;
  if (joinFirst) {
    const lastRow = t.rowCount - 1;
    for (const c of firstDataCells) {
      if (!c.text) continue;
      const col = map[c.col];
      const target = t.cells.find(
        (x) => x.row <= lastRow && x.row + x.rowSpan > lastRow && x.col <= col && x.col + x.colSpan > col,
      );
      if (target) {
        target.text = target.text ? `${target.text} ${c.text}` : c.text;
        target.continued = true;
      } else t.cells.push({ ...remapCell(c, lastRow), continued: true });
    }
    t.quality.rowsJoinedAcrossPages++;
    rowOffset -= 1;
  }
  for (const c of next.cells) {
    if (c.row < skip || (joinFirst && c.row === skip)) continue;
    t.cells.push(remapCell(c, c.row + rowOffset));
  }
  const added = rows.length - skip - (joinFirst ? 1 : 0);
  const firstRow = t.rowCount;
  t.rowCount += added;
  if (!t.pages.includes(next.page)) t.pages.push(next.page);
  t.parts.push({ page: next.page, bbox: next.bbox, firstRow, lastRow: t.rowCount - 1 });
  b.last = next;
  b.charsInRegion += next.charsInRegion;
  b.charsInCells += next.charsInCells;
}

/**
 * Is the first row of a continued part the rest of the logical table's last row? Its key cell (first column) is
 * empty, and either the page shows the cut (no rule beneath the first part, or none above the rest), or, where
 * both parts are ruled (LibreOffice draws both), it only has text in columns where the row above has text too and
 * the text reads on (a cell starts in lower case, as the middle of a sentence does). An indicator row of its own (`Jumlah Desa ...`) starts with a capital and stays a row.
 */
function isRowRest(t: Table, cells: Cell[], map: number[], cutShown: boolean): boolean {
  const key = cells.find((c) => map[c.col] === 0);
  if (!key || key.text !== '') return false;
  const filled = cells.filter((c) => c.text !== '');
  if (!filled.length) return false;
  const lastRow = t.rowCount - 1;
  const above = (col: number) =>
    t.cells.find((x) => x.row <= lastRow && x.row + x.rowSpan > lastRow && x.col <= col && x.col + x.colSpan > col);
  // A row numbered on its own (`3`, `3.` in the first columns), or with an amount where the row above has one, is a new row even where
  // the cut shows: joining it would glue two rows and two amounts together.
  const ownNumber = filled.some((c) => map[c.col] <= 1 && /^\d{1,3}[.)]?$/.test(c.text.trim()));
  const secondAmount = filled.some((c) => isAmountShape(c.text) && isAmountShape(above(map[c.col])?.text ?? ''));
  if (ownNumber || secondAmount) return false;
  if (cutShown) return true;
  const subset = filled.every((c) => (above(map[c.col])?.text ?? '') !== '');
  if (!subset) return false;
  // `d) Organisasi ...` or `b. Rapat` opens a list item: a new row even in lower case
  return filled.some((c) => /^\p{Ll}/u.test(c.text) && !/^\p{Ll}[).]\s/u.test(c.text));
}

function remapRow(row: string[], map: number[], cols: number): string[] {
  const out = Array<string>(cols).fill('');
  row.forEach((t, i) => {
    if (map[i] !== undefined && map[i] < cols) out[map[i]] = t;
  });
  return out;
}

function finish(b: Building): Table {
  const t = b.table;
  t.cells.sort((a, c) => a.row - c.row || a.col - c.col);
  const data = t.cells.filter((c) => c.row >= t.headerRows);
  t.quality = {
    ...t.quality,
    rows: t.rowCount,
    cols: t.colCount,
    textInCells: b.charsInRegion ? b.charsInCells / b.charsInRegion : 1,
    emptyCells: data.length ? data.filter((c) => c.text === '').length / data.length : 0,
  };
  return t;
}

/**
 * Joins physical tables (in page order) into logical tables. `stitch: false` keeps one table per physical table.
 */
export function stitchTables(physical: PhysicalTable[], opts: { stitch: boolean }): Table[] {
  const byPage = new Map<number, PhysicalTable[]>();
  for (const t of physical) {
    const list = byPage.get(t.page);
    if (list) list.push(t);
    else byPage.set(t.page, [t]);
  }
  const out: Table[] = [];
  let cur: Building | null = null;
  let n = 0;
  for (const t of physical) {
    const pageList = byPage.get(t.page)!;
    const isFirst = pageList[0] === t;
    const prevList = cur ? byPage.get(cur.last.page)! : [];
    const prevIsLast = cur ? prevList[prevList.length - 1] === cur.last : false;
    const map = opts.stitch && cur ? continuation(cur, t, isFirst, prevIsLast) : null;
    if (cur && map) {
      appendPart(cur, t, map);
      continue;
    }
    if (cur) out.push(finish(cur));
    cur = startTable(t, `t${++n}`);
  }
  if (cur) out.push(finish(cur));
  return out;
}
