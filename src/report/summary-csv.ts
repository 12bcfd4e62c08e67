/** summary.csv: one line per document of a batch, including documents that failed. */
import type { Extraction } from '../renja/schema.js';
import type { Discrepancy } from '../reconcile/types.js';
import { writeFileAtomic } from './atomic-write.js';
import type { CsvOptions } from './escape.js';
import { toCsv } from './format.js';
import { countFindings } from './model.js';

export const SUMMARY_COLUMNS = [
  'doc',
  'file',
  'status',
  'pages',
  'tables_found',
  'records',
  'errors',
  'warnings',
  'infos',
  'message',
] as const;

export interface SummaryRow {
  doc: string;
  file: string;
  /** `ok`, or an error class from the PDF stage (`encrypted`, `scanned`, ...). */
  status: string;
  pages: number | null;
  tablesFound: number | null;
  records: number | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  message: string;
}

/** The summary line of a document that was read and reconciled. */
export function summaryRowFor(extraction: Extraction, ds: Discrepancy[], message = ''): SummaryRow {
  const { bySeverity } = countFindings(ds);
  return {
    doc: extraction.doc,
    file: extraction.file,
    status: 'ok',
    pages: extraction.pages,
    tablesFound: new Set(extraction.records.map((r) => r.table)).size,
    records: extraction.records.length,
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    message,
  };
}

/** The summary line of a document that could not be processed. */
export function failedSummaryRow(doc: string, file: string, status: string, message: string): SummaryRow {
  return {
    doc,
    file,
    status,
    pages: null,
    tablesFound: null,
    records: null,
    errors: null,
    warnings: null,
    infos: null,
    message,
  };
}

const n = (v: number | null) => (v === null ? '' : String(v));

export function summaryRows(rows: SummaryRow[]): string[][] {
  return rows.map((r) => [
    r.doc,
    r.file,
    r.status,
    n(r.pages),
    n(r.tablesFound),
    n(r.records),
    n(r.errors),
    n(r.warnings),
    n(r.infos),
    r.message,
  ]);
}

export function summaryCsv(rows: SummaryRow[], opts: CsvOptions = {}): Promise<string> {
  return toCsv(SUMMARY_COLUMNS, summaryRows(rows), opts);
}

export async function writeSummaryCsv(path: string, rows: SummaryRow[], opts: CsvOptions = {}): Promise<void> {
  await writeFileAtomic(path, await summaryCsv(rows, opts));
}
