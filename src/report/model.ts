/**
 * What every report shows besides the findings themselves: the tables found, their totals side
 * by side, and counts per rule and severity. Built once from the extraction and the findings.
 */
import { Decimal } from 'decimal.js';
import type { DocumentInfo } from '../pdf/types.js';
import type { ReaderLocale } from '../i18n/index.js';
import type { Table } from '../tables/model.js';
import { groupCauses, type CauseAnalysis } from '../reconcile/causes.js';
import { coverageOf, type Coverage } from './coverage.js';
import type { Extraction, TableId } from '../renja/schema.js';
import { RuleIdSchema, SeveritySchema, type Discrepancy, type RuleId, type Severity } from '../reconcile/types.js';
import { buildContext } from '../reconcile/context.js';
import { TABLE_LABEL } from '../reconcile/pairs.js';
import { tableTotal, type TableTotal } from '../reconcile/totals.js';

/** Everything a report writer needs. `generatedAt` is passed in so outputs are reproducible. */
export interface ReportInput {
  extraction: Extraction;
  discrepancies: Discrepancy[];
  document?: DocumentInfo | null;
  generatedAt?: string;
  tool?: { name: string; version: string };
  /** Language and time zone of what a person reads (default Indonesian, WIB). */
  locale?: ReaderLocale;
  /** The document's tables as the engine read them (cells with page and box): report.html draws the page in view. */
  tables?: Table[];
}

export interface TableSummary {
  table: TableId;
  label: string;
  pages: number[];
  records: number;
  pagu: TableTotal | null;
  paguMaju: TableTotal | null;
}

export type Counts = Record<RuleId, Record<Severity, number>>;

export const TABLE_ORDER: readonly TableId[] = [
  'TC29',
  'TC30',
  'TC31.awal',
  'TC31.hasil',
  'TC32',
  'TC33',
  'T41',
  'PROSE',
];

export function tableSummaries(extraction: Extraction): TableSummary[] {
  const ctx = buildContext(extraction);
  const out: TableSummary[] = [];
  for (const id of TABLE_ORDER) {
    const view = ctx.tables.get(id);
    if (!view) continue;
    const pages = [...new Set(view.records.flatMap((r) => (r.pages.length ? r.pages : [r.page])))].sort(
      (a, b) => a - b,
    );
    out.push({
      table: id,
      label: TABLE_LABEL[id],
      pages,
      records: view.records.length,
      pagu: tableTotal(view, 'pagu'),
      paguMaju: tableTotal(view, 'pagu_maju'),
    });
  }
  return out;
}

export function countFindings(ds: Discrepancy[]): { byRule: Counts; bySeverity: Record<Severity, number> } {
  const byRule = Object.fromEntries(
    RuleIdSchema.options.map((r) => [r, Object.fromEntries(SeveritySchema.options.map((s) => [s, 0]))]),
  ) as Counts;
  const bySeverity = Object.fromEntries(SeveritySchema.options.map((s) => [s, 0])) as Record<Severity, number>;
  for (const d of ds) {
    byRule[d.rule][d.severity]++;
    bySeverity[d.severity]++;
  }
  return { byRule, bySeverity };
}

/** The folio printed on a PDF page, or null (pages are cited as printed: PDF p. 48 may be printed "45"). */
export type PrintedPage = (page: number | null | undefined) => string | null;

export function printedPageOf(extraction: Extraction): PrintedPage {
  const m = extraction.printedPages ?? {};
  return (page) => (page === null || page === undefined ? null : (m[String(page)] ?? null));
}

/**
 * Everything a report shows, computed once: tables and totals, the findings grouped into causes (largest first),
 * what was checked, and printed page numbers. Writers (CSV, JSON, HTML, XLSX, terminal) only format this.
 */
export interface ReportModel {
  input: ReportInput;
  tables: TableSummary[];
  analysis: CauseAnalysis;
  coverage: Coverage;
  counts: ReturnType<typeof countFindings>;
  /** Causes per severity (a cause's severity is its worst finding's). */
  causeCounts: Record<Severity, number>;
  /** The Rupiah at stake over the error causes (each counted once, echoes not added). */
  amountAtStake: Decimal;
  printedPage: PrintedPage;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const x = input.extraction;
  const analysis = groupCauses(input.discrepancies, x);
  const causeCounts = Object.fromEntries(SeveritySchema.options.map((s) => [s, 0])) as Record<Severity, number>;
  let amountAtStake = new Decimal(0);
  for (const c of analysis.causes) {
    causeCounts[c.severity]++;
    if (c.severity === 'error' && c.amountAtStake) amountAtStake = amountAtStake.plus(c.amountAtStake);
  }
  return {
    input,
    tables: tableSummaries(x),
    analysis,
    coverage: coverageOf(x),
    counts: countFindings(input.discrepancies),
    causeCounts,
    amountAtStake,
    printedPage: printedPageOf(x),
  };
}
