/** discrepancies.csv: one line per finding; money as plain numbers, difference = value_b − value_a. */
import type { Discrepancy } from '../reconcile/types.js';
import { findingText, type Lang } from '../i18n/index.js';
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

/** `message` is written in `lang`; every other column is a stable identifier or a plain number. */
export function discrepancyRows(ds: Discrepancy[], lang: Lang = 'id'): string[][] {
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
    findingText(d, lang),
  ]);
}

export function discrepanciesCsv(ds: Discrepancy[], lang: Lang = 'id'): Promise<string> {
  return toCsv(DISCREPANCY_COLUMNS, discrepancyRows(ds, lang));
}
