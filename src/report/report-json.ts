/** report.json: the whole audit of one document, machine-readable; Decimals as plain strings. */
import { Decimal } from 'decimal.js';
import type { AnalysedFinding, Cause } from '../reconcile/causes.js';
import type { Side } from '../reconcile/types.js';
import type { TableTotal } from '../reconcile/totals.js';
import { pageCoverage } from '../renja/coverage.js';
import { documentParts, formatPageRanges, pageRef } from '../renja/parts.js';
import type { DocumentPart } from '../renja/schema.js';
import { causeTitle, checkLabel, sanityText, skipReasonText } from './cause-text.js';
import { checkKey } from './coverage.js';
import { plainNumber } from './format.js';
import { findingText, type Lang } from '../i18n/index.js';
import { buildReportModel, type PrintedPage, type ReportInput, type ReportModel } from './model.js';

export const REPORT_JSON_VERSION = 2;

const plain = (v: Decimal | null | undefined) => (v ? plainNumber(v) : null);

/** Where a page is: the file and the page within it (`file`, `page`), and the page number printed on it. */
function at(page: number | null | undefined, parts: DocumentPart[], printed: PrintedPage) {
  if (page === null || page === undefined) return { file: null, page: null, pagePrinted: null };
  return { ...pageRef(parts, page), pagePrinted: printed(page) };
}

/** `file` and `page` (within that file) say where a value is printed; null for a value without a page. */
function side(s: Side | null, parts: DocumentPart[], printed: PrintedPage) {
  if (!s) return null;
  return { ...s, ...at(s.page, parts, printed), value: s.value instanceof Decimal ? plainNumber(s.value) : s.value };
}

function finding(f: AnalysedFinding, parts: DocumentPart[], printed: PrintedPage, lang: Lang) {
  const d = f.finding;
  return {
    ...d,
    // in the reader's language; `msg` keeps the key and parameters for other languages
    message: findingText(d, lang),
    rootId: f.causeId,
    isRoot: f.isRoot,
    echo: f.echo,
    level: f.level,
    amountAtStake: plain(f.amountAtStake),
    a: side(d.a, parts, printed),
    b: side(d.b, parts, printed),
    difference: plain(d.difference),
  };
}

function cause(c: Cause, m: ReportModel, parts: DocumentPart[], lang: Lang) {
  const pages = [
    ...new Set(c.findings.flatMap((d) => [d.a.page, d.b?.page ?? null]).filter((p): p is number => p !== null)),
  ].sort((a, b) => a - b);
  return {
    id: c.id,
    kind: c.kind,
    severity: c.severity,
    rule: c.root.rule,
    code: c.code,
    name: c.name,
    level: c.level,
    field: c.field,
    tables: c.tables,
    amountAtStake: plain(c.amountAtStake),
    findings: c.findings.length,
    echoes: c.echoes,
    title: causeTitle(c, lang),
    pattern: c.pattern,
    repeat: c.repeat,
    // `file` and `page` within it, as for every side; `printed` is the page number printed on that page
    pages: pages.map((p) => ({ ...pageRef(parts, p), printed: m.printedPage(p) })),
  };
}

function total(t: TableTotal | null, parts: DocumentPart[], printed: PrintedPage) {
  if (!t) return null;
  return {
    value: plainNumber(t.value),
    source: t.source,
    ...at(t.record?.page, parts, printed),
    level: t.level,
    rows: t.rows,
  };
}

export function reportObject(input: ReportInput, model: ReportModel = buildReportModel(input)) {
  const lang = input.locale?.lang ?? 'id';
  const x = input.extraction;
  const m = model;
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
      printedPages: x.printedPages ?? {},
    },
    layouts: x.layouts,
    tables: m.tables.map((t) => ({
      table: t.table,
      label: t.label,
      pages: t.pages,
      where: formatPageRanges(parts, t.pages),
      pagesPrinted: t.pages.map((p) => m.printedPage(p)),
      records: t.records,
      totalPagu: total(t.pagu, parts, m.printedPage),
      totalPaguMaju: total(t.paguMaju, parts, m.printedPage),
    })),
    checked: {
      moneyColumns: m.coverage.moneyColumns,
      checks: m.coverage.checks.map((c) => ({
        ...c,
        key: checkKey(c),
        label: checkLabel(c, lang),
        why: c.ran ? null : skipReasonText(c, lang),
      })),
      sanity: m.coverage.sanity.map((w) => ({ ...w, value: plain(w.value), text: sanityText(w, lang) })),
    },
    warningsByKind: x.warningsByKind,
    counts: {
      bySeverity: m.counts.bySeverity,
      byRule: m.counts.byRule,
      total: input.discrepancies.length,
      causes: m.analysis.causes.length,
      causesBySeverity: m.causeCounts,
      amountAtStake: plainNumber(m.amountAtStake),
    },
    causes: m.analysis.causes.map((c) => cause(c, m, parts, lang)),
    discrepancies: m.analysis.findings.map((f) => finding(f, parts, m.printedPage, lang)),
  };
}

/** Deterministic JSON (2-space indent, trailing newline); any Decimal left anywhere is written plain. */
export function reportJson(input: ReportInput, model?: ReportModel): string {
  return `${JSON.stringify(reportObject(input, model), (_k, v: unknown) => (v instanceof Decimal ? plainNumber(v) : v), 2)}\n`;
}
