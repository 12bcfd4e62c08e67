/**
 * discrepancies.csv: one line per finding; money as plain numbers, difference = value_b − value_a. `file_a`/`file_b`
 * name the file a value is in and `page_a`/`page_b` the page within it (a document may come as several files).
 */
import type { Discrepancy } from '../reconcile/types.js';
import { filePageCells } from '../renja/parts.js';
import type { DocumentPart } from '../renja/schema.js';
import type { CsvOptions } from './escape.js';
import { plainNumber, plainValue, toCsv } from './format.js';

export const DISCREPANCY_COLUMNS = [
  'doc',
  'rule',
  'severity',
  'code',
  'field',
  'table_a',
  'file_a',
  'page_a',
  'value_a',
  'table_b',
  'file_b',
  'page_b',
  'value_b',
  'difference',
  'message',
] as const;

/** `parts`: the document's files (src/renja/parts.ts `documentParts`); without them file columns stay blank. */
export function discrepancyRows(ds: Discrepancy[], parts: DocumentPart[] = []): string[][] {
  return ds.map((d) => [
    d.doc,
    d.rule,
    d.severity,
    d.code ?? '',
    d.field,
    d.a.table,
    ...filePageCells(parts, d.a.page),
    plainValue(d.a.value),
    d.b?.table ?? '',
    ...filePageCells(parts, d.b?.page),
    plainValue(d.b?.value),
    d.difference ? plainNumber(d.difference) : '',
    d.message,
  ]);
}

/** `parts`: the document's files (src/renja/parts.ts `documentParts`); without them file columns stay blank. */
export interface DiscrepanciesCsvOptions extends CsvOptions {
  parts?: DocumentPart[];
}

export function discrepanciesCsv(ds: Discrepancy[], opts: DiscrepanciesCsvOptions = {}): Promise<string> {
  const { parts = [], ...csv } = opts;
  return toCsv(DISCREPANCY_COLUMNS, discrepancyRows(ds, parts), csv);
}
