/** Small formatting helpers shared by the catalogues. */
import { Decimal } from 'decimal.js';
import { formatRupiah } from '../renja/money.js';
import type { MoneyParam } from './messages.js';

/** `[3, 4, 5, 9]` -> `3-5, 9`: compact page ranges. */
export function pageRanges(pages: readonly number[]): string {
  const s = [...new Set(pages)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(j > i ? `${s[i]}-${s[j]}` : `${s[i]}`);
    i = j;
  }
  return out.join(', ');
}

/** A plain-number money parameter as `Rp 1.234`, or `blank` (the catalogue's word) when null. */
export function rp(v: MoneyParam | Decimal, blank: string): string {
  if (v === null) return blank;
  return formatRupiah(v instanceof Decimal ? v : new Decimal(v));
}

/** `sub_kegiatan` -> `sub kegiatan`. */
export const levelWords = (l: string | null): string => (l ?? '').replace('_', ' ');
