/** Value formatting for reports: `Rp 2.830.445.095` for people, `2830445095` for CSV/JSON (src/renja/money.ts). */
import { Decimal } from 'decimal.js';
import { writeToString } from 'fast-csv';
import { formatRupiah, plainNumber } from '../renja/money.js';
import { csvCell, type CsvOptions as EscapeOptions } from './escape.js';
import type { CsvDialect } from './csv-dialect.js';

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

export { CSV_DIALECTS, type CsvDialect } from './csv-dialect.js';

export const BOM = '\uFEFF';

export interface CsvOptions extends EscapeOptions {
  dialect?: CsvDialect;
  /** Columns holding plain numbers: with `excel-id` their decimal point becomes a comma. */
  numeric?: readonly string[];
}

export const csvDelimiter = (dialect: CsvDialect = 'default'): string => (dialect === 'excel-id' ? ';' : ',');

/** The first line of a CSV: the byte order mark and the header (column names need no quoting). */
export const csvHeaderLine = (columns: readonly string[], dialect: CsvDialect = 'default'): string =>
  BOM + columns.join(csvDelimiter(dialect)) + '\n';

const DECIMAL = /^-?\d+\.\d+$/;

/**
 * Formats rows as CSV with fast-csv (fields quoted when they need it), BOM and header first, newline-terminated.
 * Every cell goes through csvCell (formula neutralising unless `opts.escape` is false): every CSV renja writes uses
 * this. Decimal commas (`excel-id`) come after, on plain numbers only, which csvCell leaves alone.
 */
export async function toCsv(
  headers: readonly string[],
  rows: (string | number)[][],
  opts: CsvOptions = {},
): Promise<string> {
  const dialect = opts.dialect ?? 'default';
  let body = rows.map((r) => r.map((c) => csvCell(String(c), opts)));
  if (dialect === 'excel-id' && opts.numeric?.length) {
    const cols = opts.numeric.map((c) => headers.indexOf(c)).filter((i) => i >= 0);
    body = body.map((r) => r.map((v, i) => (cols.includes(i) && DECIMAL.test(v) ? v.replace('.', ',') : v)));
  }
  // alwaysWriteHeaders: a document without findings still gets a CSV with its header row
  const csv = await writeToString(body, {
    headers: [...headers],
    delimiter: csvDelimiter(dialect),
    includeEndRowDelimiter: true,
    alwaysWriteHeaders: true,
  });
  return BOM + csv;
}
