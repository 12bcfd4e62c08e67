/** report.json: the whole audit of one document, machine-readable; Decimals as plain strings. */
import { Decimal } from 'decimal.js';
import type { Discrepancy, Side } from '../reconcile/types.js';
import { plainNumber } from './format.js';
import { countFindings, tableSummaries, type ReportInput } from './model.js';
import type { TableTotal } from '../reconcile/totals.js';
import { pageCoverage } from '../renja/coverage.js';

export const REPORT_JSON_VERSION = 1;

function side(s: Side | null) {
  if (!s) return null;
  return { ...s, value: s.value instanceof Decimal ? plainNumber(s.value) : s.value };
}

function discrepancy(d: Discrepancy) {
  return {
    ...d,
    a: side(d.a),
    b: side(d.b),
    difference: d.difference ? plainNumber(d.difference) : null,
  };
}

function total(t: TableTotal | null) {
  if (!t) return null;
  return {
    value: plainNumber(t.value),
    source: t.source,
    page: t.record?.page ?? null,
    level: t.level,
    rows: t.rows,
  };
}

export function reportObject(input: ReportInput) {
  const { extraction: x, discrepancies: ds } = input;
  const counts = countFindings(ds);
  return {
    version: REPORT_JSON_VERSION,
    tool: input.tool ?? null,
    generatedAt: input.generatedAt ?? null,
    document: {
      doc: x.doc,
      file: x.file,
      pages: x.pages,
      // pages holding a Renja table or a table with amounts, and those that gave records (unread-table names the rest)
      pagesWithTables: pageCoverage(x).withTables,
      pagesRead: pageCoverage(x).read,
      info: input.document ?? null,
    },
    layouts: x.layouts,
    tables: tableSummaries(x).map((t) => ({
      table: t.table,
      label: t.label,
      pages: t.pages,
      records: t.records,
      totalPagu: total(t.pagu),
      totalPaguMaju: total(t.paguMaju),
    })),
    warningsByKind: x.warningsByKind,
    counts: { bySeverity: counts.bySeverity, byRule: counts.byRule, total: ds.length },
    discrepancies: ds.map(discrepancy),
  };
}

/** Deterministic JSON (2-space indent, trailing newline); any Decimal left anywhere is written plain. */
export function reportJson(input: ReportInput): string {
  return `${JSON.stringify(reportObject(input), (_k, v: unknown) => (v instanceof Decimal ? plainNumber(v) : v), 2)}\n`;
}
