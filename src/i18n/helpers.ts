/** Small formatting helpers shared by the catalogues. */
import { Decimal } from 'decimal.js';
import { formatRupiah } from '../renja/money.js';
import type { MoneyParam } from './messages.js';

// one page-range formatter for the catalogues and the rest (src/renja/parts.ts)
export { pageRanges } from '../renja/parts.js';

/** A plain-number money parameter as `Rp 1.234`, or `blank` (the catalogue's word) when null. */
export function rp(v: MoneyParam | Decimal, blank: string): string {
  if (v === null) return blank;
  return formatRupiah(v instanceof Decimal ? v : new Decimal(v));
}

/** `sub_kegiatan` -> `sub kegiatan`. */
export const levelWords = (l: string | null): string => (l ?? '').replace('_', ' ');
