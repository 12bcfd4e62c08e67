/**
 * The summary.csv line of a document that was read and reconciled, built from its report model. Apart from
 * summary-csv.ts so the processes that only merge and write summary lines (the parent of `renja audit`) do not load
 * the reconciliation behind the model.
 */
import type { Discrepancy } from '../reconcile/types.js';
import type { Extraction, TableId } from '../renja/schema.js';
import { pageCoverage } from '../renja/coverage.js';
import { checkKey } from './coverage.js';
import { plainNumber } from './format.js';
import { buildReportModel, type ReportModel } from './model.js';
import type { SummaryRow } from './summary-csv.js';

/** The summary line of a document that was read and reconciled. */
export function summaryRowFor(
  extraction: Extraction,
  ds: Discrepancy[],
  message = '',
  model: ReportModel = buildReportModel({ extraction, discrepancies: ds }),
): SummaryRow {
  const { bySeverity } = model.counts;
  const totals: Partial<Record<TableId, string>> = {};
  for (const t of model.tables) if (t.pagu) totals[t.table] = plainNumber(t.pagu.value);
  const checks = model.coverage.checks;
  const coverage = pageCoverage(extraction);
  return {
    doc: extraction.doc,
    file: extraction.file,
    status: 'ok',
    pages: extraction.pages,
    pagesWithTables: coverage.withTables.length,
    pagesRead: coverage.read.length,
    tablesFound: new Set(extraction.records.map((r) => r.table)).size,
    records: extraction.records.length,
    causes: model.analysis.causes.length,
    causesError: model.causeCounts.error,
    causesWarning: model.causeCounts.warning,
    causesInfo: model.causeCounts.info,
    amountAtStake: plainNumber(model.amountAtStake),
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    totals,
    checksRun: checks
      .filter((c) => c.ran)
      .map(checkKey)
      .join('; '),
    checksSkipped: checks
      .filter((c) => !c.ran)
      .map((c) => `${checkKey(c)} (${c.reason}${c.reasonTable ? ` ${c.reasonTable}` : ''})`)
      .join('; '),
    sanity: model.coverage.sanity.map((w) => `${w.kind} ${w.table}`).join('; '),
    message,
  };
}
