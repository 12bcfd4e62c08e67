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
  /**
   * Threads this document may use to read its pages in parallel: its share of the cores, `max(1, floor(cores /
   * documents running at once))` (pageThreadBudget in src/batch/plan.ts), so documents and their pages together
   * keep the cores busy without oversubscribing them (or `--threads`). Set by the local batch; absent (one thread)
   * for queue jobs, whose workers each take one document per core. Used for the page threads and the OCR threads.
   */
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
