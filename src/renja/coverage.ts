/**
 * Page coverage of a document's tables: the pages that hold a Renja table or a table printing amounts, and those
 * that gave records. What is in the first and not in the second is named by the unread-table rule.
 */
import type { Extraction } from './schema.js';

export interface PageCoverage {
  /** Pages of Renja tables, and pages of other tables that print amounts. */
  withTables: number[];
  /** Pages that gave at least one record. */
  read: number[];
}

export function pageCoverage(extraction: Extraction): PageCoverage {
  const withTables = new Set<number>();
  const read = new Set<number>();
  for (const l of extraction.layouts) {
    if (l.kind !== 'OTHER') l.pages.forEach((p) => withTables.add(p));
    (l.scan?.amountPages ?? []).forEach((p) => withTables.add(p));
    l.recordPages.forEach((p) => read.add(p));
  }
  read.forEach((p) => withTables.add(p));
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { withTables: sorted(withTables), read: sorted(read) };
}
