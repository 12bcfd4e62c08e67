/**
 * Checks a money column's header unit against its amounts. Some Renja title the pagu column `(Rp.000)`
 * but print full Rupiah (`1.464.200.000` for a kegiatan of Rp 1,46 milyar): scaled by the header, every
 * row would hold hundreds of billions and the largest ones trillions. A side of the table whose typical
 * scaled amount is that large is read in full Rupiah instead, once for the table, not one error per cell.
 */
import { Decimal } from 'decimal.js';
import type { RenjaRecord } from './schema.js';

/**
 * Median scaled amount per row at or above which a `(Rp 000)` header is not believed. A Renja row (program,
 * kegiatan, sub kegiatan) is typically millions to a few billions of Rupiah; real thousands columns in the
 * corpus have medians near Rp 10^8-10^9, the mislabelled ones Rp 5·10^11-1,5·10^12.
 */
export const FULL_RUPIAH_MEDIAN = new Decimal('1e11');
/** Fewer amounts than this say too little about a column. */
export const MIN_AMOUNTS = 3;

/** Side prefix of a record as used for column keys: `awal.`, `hasil.` or `` (single-sided tables). */
export const sidePrefix = (r: RenjaRecord): string => (r.side ? `${r.side}.` : '');

function median(values: Decimal[]): Decimal {
  const s = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : s[mid - 1].plus(s[mid]).div(2);
}

/**
 * Side prefixes whose amounts, read with the header unit, are implausibly large as a whole: those sides
 * print full Rupiah. Only rows of the hierarchy and totals count; nil and zero cells say nothing.
 */
export function fullRupiahSides(records: RenjaRecord[], unit: number): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  if (unit <= 1) return out;
  const bySide = new Map<string, Decimal[]>();
  for (const r of records) {
    for (const m of [r.pagu, r.paguMaju]) {
      if (!m || m.invalid !== undefined || m.value === null || m.value.isZero()) continue;
      const k = sidePrefix(r);
      const list = bySide.get(k);
      if (list) list.push(m.value.abs());
      else bySide.set(k, [m.value.abs()]);
    }
  }
  for (const [side, values] of bySide) {
    if (values.length < MIN_AMOUNTS) continue;
    const med = median(values);
    if (med.gte(FULL_RUPIAH_MEDIAN)) out.set(side, med);
  }
  return out;
}
