/**
 * What a table holds regardless of how it was classified, so nothing on a table page is lost in silence: the pages
 * carrying amounts (a table page with amounts but no records is reported as not read), spreadsheet errors printed
 * in any cell (`#REF!`, `#DIV/0!`, `1,31453E+11`), and mapped money columns left empty on every row.
 */
import type { Table } from '../tables/model.js';
import { isAmountShape } from '../tables/header.js';
import type { ColumnIndex } from './fields.js';
import { columnEntries } from './fields.js';
import type { RenjaRecord, TableScan } from './schema.js';
import { isNil } from './text.js';

/** Spreadsheet error values and numbers a spreadsheet printed in scientific notation. */
const SPREADSHEET_ERROR = /#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)|\b\d+(?:[.,]\d+)?E\+\d{1,2}\b/i;
/** Amount-bearing cells a page needs before its table counts as holding money (stray years and counts aside). */
const MIN_AMOUNTS_PER_PAGE = 3;

/** A budget amount: two digit groups at least (see isAmountShape). */
export function isAmountText(t: string): boolean {
  return isAmountShape(t, 2);
}

/**
 * Lines on a table's pages that print a spreadsheet error outside every cell: the foot rows of a spreadsheet printout
 * (`Selisih (11.062.304.380) #REF!`) that the table engine leaves out of the grid.
 */
export function scanPageErrors(scan: TableScan, pages: number[], pageTexts: Map<number, string>): TableScan {
  const pageErrors: TableScan['pageErrors'] = [];
  for (const page of pages) {
    const inCells = scan.cellErrors.filter((c) => c.page === page).map((c) => c.text);
    for (const line of (pageTexts.get(page) ?? '').split('\n')) {
      const m = SPREADSHEET_ERROR.exec(line);
      if (!m || inCells.some((t) => t.includes(m[0]))) continue;
      pageErrors.push({ page, text: line.trim().replace(/\s+/g, ' ').slice(0, 120) });
    }
  }
  return { ...scan, pageErrors };
}

export function scanTable(table: Table, firstDataRow: number, columns: ColumnIndex, records: RenjaRecord[]): TableScan {
  const amountsByPage = new Map<number, number>();
  const cellErrors: TableScan['cellErrors'] = [];
  for (const c of table.cells) {
    const t = c.text.trim();
    if (t === '') continue;
    const m = SPREADSHEET_ERROR.exec(t);
    if (m) cellErrors.push({ page: c.page, bbox: c.bbox, text: t.slice(0, 80), row: c.row, col: c.col });
    if (c.row >= firstDataRow && t.split(/\s+/).some(isAmountText))
      amountsByPage.set(c.page, (amountsByPage.get(c.page) ?? 0) + 1);
  }
  const amountPages = [...amountsByPage]
    .filter(([, n]) => n >= MIN_AMOUNTS_PER_PAGE)
    .map(([p]) => p)
    .sort((a, b) => a - b);

  // A money column of the map that no row fills while the table's pagu is filled (a prakiraan maju left blank).
  const emptyColumns: string[] = [];
  const filled = (key: string): number =>
    records.filter((r) => {
      const side = key.startsWith('awal.') ? 'awal' : key.startsWith('hasil.') ? 'hasil' : null;
      if (side !== r.side) return false;
      const m = /paguMaju$/.test(key) ? r.paguMaju : r.pagu;
      return m !== null && !isNil(m.raw);
    }).length;
  for (const [key] of columnEntries(columns)) {
    if (!/(^|\.)paguMaju$/.test(key)) continue;
    const pagu = key.replace(/paguMaju$/, 'pagu');
    if (filled(key) === 0 && filled(pagu) >= MIN_AMOUNTS_PER_PAGE) emptyColumns.push(key);
  }
  return { amountPages, cellErrors, emptyColumns, pageErrors: [] };
}
