/**
 * Value formatting for reports. formatRupiah and plainNumber are local stand-ins for
 * src/renja/money.ts (being written elsewhere); the lead will point them at the shared module.
 */
import { Decimal } from 'decimal.js';
import { writeToString } from 'fast-csv';

/** `Rp 2.830.445.095` (Indonesian grouping, decimals after a comma). */
export function formatRupiah(d: Decimal): string {
  const neg = d.isNegative() && !d.isZero();
  const [int, frac] = d.abs().toFixed().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}Rp ${grouped}${frac ? `,${frac}` : ''}`;
}

/** `2630445095`: no grouping, no exponent, for CSV/JSON. */
export function plainNumber(d: Decimal): string {
  return d.toFixed();
}

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

/** Formats rows as CSV with fast-csv (fields quoted when they need it), header first, newline-terminated. */
export function toCsv(headers: readonly string[], rows: (string | number)[][]): Promise<string> {
  // alwaysWriteHeaders: a document without findings still gets a CSV with its header row
  return writeToString(rows, { headers: [...headers], includeEndRowDelimiter: true, alwaysWriteHeaders: true });
}
