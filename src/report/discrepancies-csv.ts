/** discrepancies.csv: one line per finding; money as plain numbers, difference = value_b − value_a. */
import type { Discrepancy } from '../reconcile/types.js';
import type { CsvOptions } from './escape.js';
import { plainNumber, plainValue, toCsv } from './format.js';

export const DISCREPANCY_COLUMNS = [
  'doc',
  'rule',
  'severity',
  'code',
  'field',
  'table_a',
  'page_a',
  'value_a',
  'table_b',
  'page_b',
  'value_b',
  'difference',
  'message',
] as const;

export function discrepancyRows(ds: Discrepancy[]): string[][] {
  return ds.map((d) => [
    d.doc,
    d.rule,
    d.severity,
    d.code ?? '',
    d.field,
    d.a.table,
    d.a.page === null ? '' : String(d.a.page),
    plainValue(d.a.value),
    d.b?.table ?? '',
    d.b?.page == null ? '' : String(d.b.page),
    plainValue(d.b?.value),
    d.difference ? plainNumber(d.difference) : '',
    d.message,
  ]);
}

export function discrepanciesCsv(ds: Discrepancy[], opts: CsvOptions = {}): Promise<string> {
  return toCsv(DISCREPANCY_COLUMNS, discrepancyRows(ds), opts);
}
