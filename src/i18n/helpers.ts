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

/** A quoted text as the catalogues show it. */
export const q = (s: string): string => `"${s}"`;

/** A layout kind (`TC33`, `TC31`, `OTHER`) as the forms name it, in a catalogue's table words. */
export const kindIn =
  (table: Record<string, string>) =>
  (k: string): string =>
    k === 'TC31' ? 'T-C.31' : (table[k] ?? k);

/** `sub_kegiatan` -> `sub kegiatan`. */
export const levelWords = (l: string | null): string => (l ?? '').replace('_', ' ');
