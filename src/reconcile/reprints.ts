/**
 * Second printings of a table. Some Renja print a table twice (Tabel 3.1 in Bab III and again as an
 * appended spreadsheet printout); the table engine then yields two parts of one kind. Merged into one
 * view, every row would stand twice: each copy unpaired in missing-row, every total doubled. A later
 * part whose rows mostly repeat earlier parts (same level, same code or name, same pagu) is therefore a
 * reprint, not a continuation, and is set aside from the comparisons between tables; the checks within one printing
 * (roll-ups, printed totals) still run on it, since a reprint can carry its own errors.
 */
import type { RenjaRecord } from '../renja/schema.js';
import { moneyOf } from './discrepancy.js';
import { bareName, moneyValue, rankOf } from './util.js';

/**
 * Share of a later part's rows that must repeat earlier parts for it to count as a reprint. A
 * continuation repeats at most a heading row carried over a page break; a reprint repeats nearly all
 * (the DLH 2017 appendix: 134 of 134 named rows), even with a few rows edited or misread.
 */
export const REPRINT_SHARE = 0.5;
/** Parts with fewer comparable rows are too small to call: a one-page fragment repeating a program heading. */
export const REPRINT_MIN_ROWS = 5;

export interface Reprint {
  tableRef: string;
  pages: number[];
  /** Rows of the part that can be compared (hierarchy rows with a code or a name). */
  rows: number;
  /** ... of which repeat a row of the earlier parts. */
  repeated: number;
  /** Pages of the earlier printing. */
  originalPages: number[];
}

/** The identity of a row as printed, for spotting a repeat: level, code (else bare name) and pagu. */
export function rowSignature(r: RenjaRecord): string | null {
  if (rankOf(r.level) === null) return null;
  const id = r.code ?? bareName(r.name);
  if (!id) return null;
  const pagu = moneyValue(moneyOf(r, 'pagu'));
  return `${r.level}|${id}|${pagu ? pagu.toFixed() : ''}`;
}

const pagesOf = (records: RenjaRecord[]) => [...new Set(records.map((r) => r.page))].sort((a, b) => a - b);

/**
 * Splits one table id's records (in document order) into the first printing and the reprinted parts.
 * Parts are compared with everything kept before them, so a table continued over several parts stays whole.
 */
export function splitReprints(records: RenjaRecord[]): {
  kept: RenjaRecord[];
  reprints: Reprint[];
  /** The records of each reprint, for the checks within one printing (roll-ups, printed totals). */
  reprintParts: RenjaRecord[][];
} {
  const parts = new Map<string, RenjaRecord[]>();
  for (const r of records) {
    const list = parts.get(r.tableRef);
    if (list) list.push(r);
    else parts.set(r.tableRef, [r]);
  }
  if (parts.size < 2) return { kept: records, reprints: [], reprintParts: [] };

  const seen = new Set<string>();
  const kept: RenjaRecord[] = [];
  const reprints: Reprint[] = [];
  const reprintParts: RenjaRecord[][] = [];
  for (const [tableRef, part] of parts) {
    const sigs = part.map(rowSignature).filter((s): s is string => s !== null);
    const repeated = sigs.filter((s) => seen.has(s)).length;
    if (kept.length > 0 && sigs.length >= REPRINT_MIN_ROWS && repeated / sigs.length >= REPRINT_SHARE) {
      reprints.push({ tableRef, pages: pagesOf(part), rows: sigs.length, repeated, originalPages: pagesOf(kept) });
      reprintParts.push(part);
      continue;
    }
    sigs.forEach((s) => seen.add(s));
    kept.push(...part);
  }
  return { kept, reprints, reprintParts };
}
