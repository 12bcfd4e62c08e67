/**
 * What goes into the workbook: one sheet per view, the same for one document (`renja audit --format xlsx`) and
 * for a batch (every document in one workbook, with the documents overview first). Rows come from the report
 * model's JSON form (report.json), the CSV rows, and the summary rows, so both paths share every column.
 */
import { catalogue, ui, type Lang } from '../i18n/index.js';
import { DISCREPANCY_COLUMNS, discrepancyRows } from './discrepancies-csv.js';
import type { ReportModel } from './model.js';
import { RECORD_COLUMNS, recordRows } from './records-csv.js';
import { reportObject } from './report-json.js';
import { SUMMARY_COLUMNS } from './summary-csv.js';
import type { ColumnType, SheetColumn, SheetSpec } from './xlsx.js';

export type ReportObject = ReturnType<typeof reportObject>;
type Rows = Iterable<string[]> | AsyncIterable<string[]>;

const MONEY_WORDS = /(^|_)(value|difference|amount|total|pagu)/;
const NUMBER_COLUMNS = new Set([
  'total_page',
  'page_a',
  'page_b',
  'page',
  'row',
  'root_id',
  'cause',
  'pages',
  'records',
  'findings',
  'echoes',
  'tables_found',
  'causes',
  'causes_error',
  'causes_warning',
  'causes_info',
  'errors',
  'warnings',
  'infos',
  'target_qty',
]);
const WIDE = new Set([
  'message',
  'title',
  'name',
  'name_a',
  'name_b',
  'indikator',
  'checks_run',
  'checks_skipped',
  'file',
  'text',
]);

function column(header: string, columns: readonly string[]): SheetColumn {
  const width = WIDE.has(header)
    ? 50
    : header === 'code' || header === 'code_printed'
      ? 20
      : MONEY_WORDS.test(header)
        ? 18
        : 12;
  let type: SheetColumn['type'] = 'text';
  if (header === 'value_a' || header === 'value_b') {
    // money on money findings (amount_at_stake filled), text (targets, names) on the others
    const stake = columns.indexOf('amount_at_stake');
    type = (r: string[]): ColumnType => (r[stake] ? 'money' : 'text');
  } else if (header === 'is_root' || header === 'ran') type = 'bool';
  else if (NUMBER_COLUMNS.has(header)) type = 'number';
  else if (MONEY_WORDS.test(header) && header !== 'pagu_source' && header !== 'total_source') type = 'money';
  return { header, width, type };
}

const columnsOf = (headers: readonly string[]): SheetColumn[] => headers.map((h) => column(h, headers));

export const CAUSE_COLUMNS = [
  'doc',
  'cause',
  'severity',
  'kind',
  'rule',
  'code',
  'level',
  'name',
  'field',
  'tables',
  'amount_at_stake',
  'findings',
  'echoes',
  'pages_printed',
  'title',
] as const;

export const TABLE_COLUMNS = [
  'doc',
  'table',
  'label',
  'pages',
  'pages_printed',
  'records',
  'total_pagu',
  'total_source',
  'total_page',
  'total_pagu_maju',
] as const;

export const CHECK_COLUMNS = ['doc', 'check', 'tables', 'ran', 'reason', 'reason_table', 'text'] as const;

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function causeRows(o: ReportObject): string[][] {
  return o.causes.map((c) => [
    o.document.doc,
    s(c.id),
    c.severity,
    c.kind,
    c.rule,
    s(c.code),
    c.level,
    c.name,
    c.field,
    c.tables.join(', '),
    s(c.amountAtStake),
    s(c.findings),
    s(c.echoes),
    c.pages.map((p) => p.printed ?? `PDF ${p.page}`).join(', '),
    c.title,
  ]);
}

export function tableRows(o: ReportObject): string[][] {
  return o.tables.map((t) => [
    o.document.doc,
    t.table,
    t.label,
    t.pages.join(', '),
    t.pagesPrinted.map((p, i) => p ?? `PDF ${t.pages[i]}`).join(', '),
    s(t.records),
    s(t.totalPagu?.value),
    s(t.totalPagu?.source),
    s(t.totalPagu?.page),
    s(t.totalPaguMaju?.value),
  ]);
}

export function checkRows(o: ReportObject): string[][] {
  return o.checked.checks.map((c) => [
    o.document.doc,
    c.check,
    c.tables.join(' vs '),
    String(c.ran),
    s(c.reason),
    s(c.reasonTable),
    c.ran ? c.label : `${c.label}: ${c.why ?? ''}`,
  ]);
}

export interface WorkbookRows {
  /** summary.csv rows (batch only): the documents overview, first sheet. */
  documents?: Rows;
  causes: Rows;
  findings: Rows;
  records: Rows;
  tables: Rows;
  checks: Rows;
}

/** The sheets, named for the auditor in their language, columns named as in the CSVs (stable identifiers). */
export function workbookSheets(r: WorkbookRows, lang: Lang = 'id'): SheetSpec[] {
  const c = catalogue(lang);
  const sheets: SheetSpec[] = [];
  if (r.documents)
    sheets.push({ name: ui(c, 'sheet_documents'), columns: columnsOf(SUMMARY_COLUMNS), rows: r.documents });
  sheets.push(
    { name: ui(c, 'sheet_causes'), columns: columnsOf(CAUSE_COLUMNS), rows: r.causes },
    { name: ui(c, 'sheet_findings'), columns: columnsOf(DISCREPANCY_COLUMNS), rows: r.findings },
    { name: ui(c, 'sheet_records'), columns: columnsOf(RECORD_COLUMNS), rows: r.records },
    { name: ui(c, 'sheet_tables'), columns: columnsOf(TABLE_COLUMNS), rows: r.tables },
    { name: ui(c, 'sheet_checks'), columns: columnsOf(CHECK_COLUMNS), rows: r.checks },
  );
  return sheets;
}

/** The workbook of one document (`renja audit --format xlsx`). */
export function documentSheets(model: ReportModel): SheetSpec[] {
  const obj = reportObject(model.input, model);
  const lang = model.input.locale?.lang ?? 'id';
  return workbookSheets({
    causes: causeRows(obj),
    findings: discrepancyRows(model.analysis, model.printedPage, lang),
    records: recordRows(model.input.extraction.records),
    tables: tableRows(obj),
    checks: checkRows(obj),
  });
}
