/** report.json: the whole audit of one document, machine-readable; Decimals as plain strings. */
import { Decimal } from 'decimal.js';
import type { Discrepancy, Side } from '../reconcile/types.js';
import { plainNumber } from './format.js';
import { countFindings, tableSummaries, type ReportInput } from './model.js';
import type { TableTotal } from '../reconcile/totals.js';
import { pageCoverage } from '../renja/coverage.js';
import { documentParts, formatPageRanges, pageRef } from '../renja/parts.js';
import type { DocumentPart } from '../renja/schema.js';

export const REPORT_JSON_VERSION = 1;

/** `file` and `page` (within that file) say where a value is printed; null for a value without a page. */
function side(s: Side | null, parts: DocumentPart[]) {
  if (!s) return null;
  const at = s.page === null ? { file: null, page: null } : pageRef(parts, s.page);
  return { ...s, ...at, value: s.value instanceof Decimal ? plainNumber(s.value) : s.value };
}

function discrepancy(d: Discrepancy, parts: DocumentPart[]) {
  return {
    ...d,
    a: side(d.a, parts),
    b: side(d.b, parts),
    difference: d.difference ? plainNumber(d.difference) : null,
  };
}

function total(t: TableTotal | null, parts: DocumentPart[]) {
  if (!t) return null;
  const at = t.record ? pageRef(parts, t.record.page) : { file: null, page: null };
  return {
    value: plainNumber(t.value),
    source: t.source,
    file: at.file,
    page: at.page,
    level: t.level,
    rows: t.rows,
  };
}

export function reportObject(input: ReportInput) {
  const { extraction: x, discrepancies: ds } = input;
  const counts = countFindings(ds);
  const parts = documentParts(x);
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
      /** Several files: the logical page each begins at (`layouts` and `tables[].pages` count logical pages). */
      ...(x.parts ? { parts: x.parts } : {}),
      info: input.document ?? null,
    },
    layouts: x.layouts,
    tables: tableSummaries(x).map((t) => ({
      table: t.table,
      label: t.label,
      pages: t.pages,
      where: formatPageRanges(parts, t.pages),
      records: t.records,
      totalPagu: total(t.pagu, parts),
      totalPaguMaju: total(t.paguMaju, parts),
    })),
    warningsByKind: x.warningsByKind,
    counts: { bySeverity: counts.bySeverity, byRule: counts.byRule, total: ds.length },
    discrepancies: ds.map((d) => discrepancy(d, parts)),
  };
}

/** Deterministic JSON (2-space indent, trailing newline); any Decimal left anywhere is written plain. */
export function reportJson(input: ReportInput): string {
  return `${JSON.stringify(reportObject(input), (_k, v: unknown) => (v instanceof Decimal ? plainNumber(v) : v), 2)}\n`;
}
