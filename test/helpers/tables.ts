/**
 * Builds `Table` objects for tests from small string matrices, so renja tests do not
 * depend on the PDF engine. Merged cells are written inline: `<` means "covered by the
 * cell to the left", `^` means "covered by the cell above" (like a spreadsheet merge).
 */
import type { Cell, Table } from '../../src/tables/model.js';

export interface MakeTableOptions {
  headerRows: number;
  /** Page of every row, or the first page when `rowsPerPage` is given. */
  page?: number;
  /** Split data rows over pages: header on the first page, then this many rows a page. */
  rowsPerPage?: number;
  captionLines?: string[];
  id?: string;
  /** Left offset (points) of a cell's text, by "row,col": lets tests show indentation. */
  indent?: Record<string, number>;
}

export const COL_WIDTH = 60;
export const ROW_HEIGHT = 14;
const LEFT = 30;
const TOP = 40;

const LEFT_MARK = '<';
const UP_MARK = '^';

export function makeTable(matrix: string[][], opts: MakeTableOptions): Table {
  const rowCount = matrix.length;
  const colCount = Math.max(0, ...matrix.map((r) => r.length));
  const firstPage = opts.page ?? 1;
  const pageOfRow = (r: number): number => {
    if (!opts.rowsPerPage || r < opts.headerRows) return firstPage;
    return firstPage + Math.floor((r - opts.headerRows) / opts.rowsPerPage);
  };
  const at = (r: number, c: number): string => matrix[r]?.[c] ?? '';

  const cells: Cell[] = [];
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) {
      const text = at(r, c);
      if (text === LEFT_MARK || text === UP_MARK) continue;
      let colSpan = 1;
      while (c + colSpan < colCount && at(r, c + colSpan) === LEFT_MARK) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rowCount && at(r + rowSpan, c) === UP_MARK) rowSpan++;
      const page = pageOfRow(r);
      const indent = opts.indent?.[`${r},${c}`] ?? 0;
      const y0 = TOP + r * ROW_HEIGHT;
      cells.push({
        text,
        page,
        bbox: {
          x0: LEFT + c * COL_WIDTH + indent,
          y0,
          x1: LEFT + (c + colSpan) * COL_WIDTH,
          y1: y0 + rowSpan * ROW_HEIGHT,
        },
        row: r,
        col: c,
        rowSpan,
        colSpan,
      });
    }
  }
  const pages = [...new Set(Array.from({ length: rowCount }, (_, r) => pageOfRow(r)))].sort((a, b) => a - b);
  const parts = pages.map((p) => {
    const rows = Array.from({ length: rowCount }, (_, r) => r).filter((r) => pageOfRow(r) === p);
    return {
      page: p,
      bbox: { x0: LEFT, y0: TOP, x1: LEFT + colCount * COL_WIDTH, y1: TOP + rowCount * ROW_HEIGHT },
      firstRow: rows[0],
      lastRow: rows[rows.length - 1],
    };
  });
  return {
    id: opts.id ?? `t${firstPage}`,
    method: 'lattice',
    pages,
    parts,
    headerRows: opts.headerRows,
    rowCount,
    colCount,
    cells,
    captionLines: opts.captionLines ?? [],
    quality: {
      textInCells: 1,
      emptyCells: 0,
      rows: rowCount,
      cols: colCount,
      repeatedHeaderRowsDropped: 0,
      rowsJoinedAcrossPages: 0,
    },
  };
}
