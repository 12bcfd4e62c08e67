/** What crosses the thread boundary: the task a worker gets and the small result it sends back (outputs go to disk). */
import type { ErrorClass } from '../pdf/errors.js';
import type { OcrOptions } from '../pdf/ocr/options.js';
import type { ReaderLocale } from '../i18n/index.js';
import { failedSummaryRow, type SummaryRow } from '../report/summary-csv.js';
import type { CsvDialect } from '../report/format.js';

export interface BatchTask {
  file: string;
  doc: string;
  /** Path shown in summary.csv. */
  rel: string;
  outDir: string;
  password?: string;
  /** OCR settings (default: auto, one OCR thread per document, as the pool already spreads documents over cores). */
  ocr?: OcrOptions;
  /** `--nomenklatur`: the nomenclature version codes are checked against. */
  nomenklatur?: string;
  generatedAt: string;
  /** Language and time zone of the reports (default Indonesian, WIB). */
  locale?: ReaderLocale;
  /** Content hash the input was planned with, recorded in its `.done.json`. */
  sha256: string;
  /** A document made of several files (`--group folder`): its parts in reading order (`file` is their folder). */
  parts?: string[];
  /** How the document's CSVs are written (default: comma-separated). */
  csvDialect?: CsvDialect;
  /** false with `--no-csv-escape`: CSV cells written raw (default: formula-like text neutralised). */
  csvEscape?: boolean;
  /** Threads reading the pages that have a text layer (`--threads`; default 1: see src/pdf/page-threads.ts). */
  pageThreads?: number;
}

export interface DocResult {
  row: SummaryRow;
  /** Findings per reconciliation rule (empty for failed documents). */
  rules: Record<string, number>;
  errorClass: ErrorClass | null;
}

/** A failed document's result; the class leads the message (`encrypted: x.pdf: ...`) so summary.csv can be grepped. */
export function failedResult(doc: string, rel: string, errorClass: ErrorClass, message: string): DocResult {
  return { row: failedSummaryRow(doc, rel, statusOf(errorClass), `${errorClass}: ${message}`), rules: {}, errorClass };
}

/**
 * summary.csv status of a document that gave no findings: a document without Renja tables (a cover, a prose
 * chapter) was read fine and is listed as `no-renja-tables`, not as a failure; `--fail-on` alone decides the exit.
 */
export function statusOf(errorClass: ErrorClass): string {
  return errorClass === 'no-renja-tables' ? 'no-renja-tables' : 'failed';
}
