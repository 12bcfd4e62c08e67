import type { Box } from '../pdf/types.js';

/** One cell of a logical table. `row`/`col` index the table's grid; spans cover merged cells. */
export interface Cell {
  text: string;
  /** 1-based page the cell was read from. */
  page: number;
  bbox: Box;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** True when the cell's text continues a row that started on the previous page. */
  continued?: boolean;
  /** For text read by OCR: the confidence (0..100) of the cell's least sure word. */
  confidence?: number;
}

export type ExtractionMethod = 'lattice' | 'stream' | 'tabula-lattice' | 'tabula-stream';

export interface TableQuality {
  /** Share of the text runs inside the table region that landed in a cell (0..1). */
  textInCells: number;
  /** Share of grid cells without text (0..1). */
  emptyCells: number;
  rows: number;
  cols: number;
  /** Header rows recognised as repeats of the first page's header and dropped. */
  repeatedHeaderRowsDropped: number;
  /** Rows that were split by a page break and joined back. */
  rowsJoinedAcrossPages: number;
}

export interface TablePagePart {
  page: number;
  bbox: Box;
  /** First and last row index (inclusive, in the logical table) that came from this page. */
  firstRow: number;
  lastRow: number;
}

/** A logical table: possibly several physical tables joined across pages. */
export interface Table {
  id: string;
  method: ExtractionMethod;
  pages: number[];
  parts: TablePagePart[];
  /** Number of leading rows that form the header (column titles, column-number row included). */
  headerRows: number;
  rowCount: number;
  colCount: number;
  /** Every cell; merged cells appear once, at their top-left position, with spans. */
  cells: Cell[];
  /** Text just above the table on its first page (caption lines), nearest last. */
  captionLines: string[];
  quality: TableQuality;
}

/** A dense row-major view of a table: merged cells are repeated into every slot they cover only when asked. */
export function tableToMatrix(table: Table, opts: { fillSpans?: boolean } = {}): string[][] {
  const m: string[][] = Array.from({ length: table.rowCount }, () => Array<string>(table.colCount).fill(''));
  for (const c of table.cells) {
    if (opts.fillSpans) {
      for (let r = c.row; r < c.row + c.rowSpan && r < table.rowCount; r++) {
        for (let k = c.col; k < c.col + c.colSpan && k < table.colCount; k++) m[r][k] = c.text;
      }
    } else if (c.row < table.rowCount && c.col < table.colCount) {
      m[c.row][c.col] = c.text;
    }
  }
  return m;
}

/** Cells indexed by [row][col] covering spans, for lookups without scanning. */
export function cellGrid(table: Table): (Cell | undefined)[][] {
  const g: (Cell | undefined)[][] = Array.from({ length: table.rowCount }, () =>
    Array<Cell | undefined>(table.colCount),
  );
  for (const c of table.cells) {
    for (let r = c.row; r < c.row + c.rowSpan && r < table.rowCount; r++) {
      for (let k = c.col; k < c.col + c.colSpan && k < table.colCount; k++) g[r][k] = c;
    }
  }
  return g;
}
