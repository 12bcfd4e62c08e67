/** A table as found on one page, before joining pages. Cells use local row/col indexes. */
import type { Box } from '../pdf/types.js';
import type { Cell, ExtractionMethod } from './model.js';

export interface PhysicalTable {
  page: number;
  method: ExtractionMethod;
  bbox: Box;
  /** Column boundaries (x), ascending; cols = xs.length - 1. */
  xs: number[];
  /** Row boundaries (y), ascending; rows = ys.length - 1. */
  ys: number[];
  cells: Cell[];
  /** True when the table's last row has no rule beneath it (a row broken by the page break). */
  openBottom: boolean;
  /** True when the table's first row has no rule above it (the rest of a row from the previous page). */
  openTop: boolean;
  /** Text runs (characters) inside the bbox, and how many of them landed in a cell. */
  charsInRegion: number;
  charsInCells: number;
  captionLines: string[];
}

export function rowCount(t: PhysicalTable): number {
  return t.ys.length - 1;
}
export function colCount(t: PhysicalTable): number {
  return t.xs.length - 1;
}
