/**
 * Small helpers the rules share. Text, target and money helpers are the Renja layer's own (src/renja/text.ts,
 * targets.ts, money.ts, codes.ts), re-exported here so the rules import from one place.
 */
import { Decimal } from 'decimal.js';
import type { Level, Money, RenjaRecord } from '../renja/schema.js';
import { cleanText } from '../renja/text.js';

export { bareName, compareText, spacelessKey, type TextComparison } from '../renja/text.js';
export { compareTargets, targetsEqual, type TargetComparison } from '../renja/targets.js';
export { parentCode } from '../renja/codes.js';
export { formatRupiah, moneyValue, plainNumber } from '../renja/money.js';

/** A cell that holds a usable amount or is nil; invalid cells are reported by invalid-value instead. */
export function moneyComparable(m: Money | null | undefined): boolean {
  return !m || m.invalid === undefined;
}

export const ZERO = new Decimal(0);

export function sum(values: (Decimal | null)[]): Decimal {
  return values.reduce<Decimal>((acc, v) => (v ? acc.plus(v) : acc), ZERO);
}

/** Depth of a hierarchy level; levels without a place in the tree give null. */
export const LEVEL_RANK: Partial<Record<Level, number>> = {
  urusan: 0,
  bidang: 1,
  program: 2,
  kegiatan: 3,
  sub_kegiatan: 4,
  aktivitas: 5,
};

export function rankOf(level: Level): number | null {
  return LEVEL_RANK[level] ?? null;
}

export function describeRecord(r: RenjaRecord): string {
  const name = cleanText(r.name);
  return r.code ? `${r.code}${name ? ` ${name}` : ''}` : name || `row ${r.rowIndex + 1}`;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams (0..1) of two normalized names: robust to typos and a word added. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

export function truncate(s: string, max = 80): string {
  const t = cleanText(s);
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/**
 * `BPK Bekasi` against `Balai Pelatihan Ketenagakerjaan Bekasi`: an upper-case token of `name` that spells the
 * initials of consecutive words of `other` is replaced by those words, so abbreviations do not hide a pair.
 */
export function expandAcronyms(name: string, other: string): string {
  const words = cleanText(other).split(' ');
  return cleanText(name)
    .split(' ')
    .map((tok) => {
      if (!/^[A-Z]{2,6}$/.test(tok)) return tok;
      for (let i = 0; i + tok.length <= words.length; i++) {
        const run = words.slice(i, i + tok.length);
        if (run.map((w) => w.charAt(0).toUpperCase()).join('') === tok) return run.join(' ');
      }
      return tok;
    })
    .join(' ');
}

/**
 * The number a row is printed with when it has no code: its number column (`24`, `II.1.1`, `53.1`), else a number
 * printed before its name (`24 Pemeliharaan ...`). Null when the row shows none.
 */
export function rowNumber(r: RenjaRecord): string | null {
  const printed = r.codePrinted.trim().replace(/[.)]$/, '');
  if (/^(?:[IVXL]+|\d{1,3})(?:\.(?:[IVXL]+|\d{1,3}))*$/i.test(printed)) return printed.toUpperCase();
  const m = /^(\d{1,3})[.)]?\s+\S/.exec(r.name.trim());
  return m ? m[1] : null;
}
