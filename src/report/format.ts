/** Value formatting for reports: `Rp 2.830.445.095` for people, `2830445095` for CSV/JSON (src/renja/money.ts). */
import { Decimal } from 'decimal.js';
import { writeToString } from 'fast-csv';
import { formatRupiah, plainNumber } from '../renja/money.js';
import { csvCell, type CsvOptions } from './escape.js';

export { formatRupiah, plainNumber };

/** A side's value for machine-readable output. */
export function plainValue(v: Decimal | string | null | undefined): string {
  if (v === null || v === undefined) return '';
  return v instanceof Decimal ? plainNumber(v) : v;
}

/** A side's value for people: money in Rupiah, text as is. */
export function displayValue(v: Decimal | string | null | undefined): string {
  if (v === null || v === undefined) return '';
  return v instanceof Decimal ? formatRupiah(v) : v;
}

/**
 * Formats rows as CSV with fast-csv (fields quoted when they need it), header first, newline-terminated. Every
 * cell goes through csvCell (formula neutralising unless `opts.escape` is false): every CSV renja writes uses this.
 */
export function toCsv(headers: readonly string[], rows: (string | number)[][], opts: CsvOptions = {}): Promise<string> {
  const cells = rows.map((r) => r.map((c) => csvCell(String(c), opts)));
  // alwaysWriteHeaders: a document without findings still gets a CSV with its header row
  return writeToString(cells, { headers: [...headers], includeEndRowDelimiter: true, alwaysWriteHeaders: true });
}
