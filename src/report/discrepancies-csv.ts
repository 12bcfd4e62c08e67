/**
 * discrepancies.csv: one line per finding, cause by cause (largest first, the root first); money as plain
 * numbers, difference = value_b − value_a, amount_at_stake always filled for money findings. `file_a`/`file_b` name
 * the file a value is in and `page_a`/`page_b` the page within it (a document may come as several files).
 */
import { groupCauses, type CauseAnalysis } from '../reconcile/causes.js';
import type { Discrepancy } from '../reconcile/types.js';
import { documentParts, filePageCells } from '../renja/parts.js';
import type { DocumentPart, Extraction } from '../renja/schema.js';
import { findingText, type Lang } from '../i18n/index.js';
import { plainNumber, plainValue, toCsv, type CsvOptions } from './format.js';
import { printedPageOf, type PrintedPage } from './model.js';

/** The columns the reference reconciliation (scripts/reference-reconcile.mjs) also defines. */
export const FINDING_COLUMNS = [
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

/**
 * Columns derived by grouping and page lookup, not by the rules: the reference does not define them. `file_a`/`file_b`
 * too: they come from the document's parts.
 */
export const DERIVED_COLUMNS = [
  'root_id',
  'is_root',
  'level',
  'name_a',
  'name_b',
  'file_a',
  'page_printed_a',
  'file_b',
  'page_printed_b',
  'amount_at_stake',
] as const;

export const DISCREPANCY_COLUMNS = [
  'doc',
  'rule',
  'severity',
  'root_id',
  'is_root',
  'code',
  'level',
  'name_a',
  'name_b',
  'field',
  'table_a',
  'file_a',
  'page_a',
  'page_printed_a',
  'value_a',
  'table_b',
  'file_b',
  'page_b',
  'page_printed_b',
  'value_b',
  'difference',
  'amount_at_stake',
  'message',
] as const;

/** Columns with plain numbers (decimal commas under `--csv-dialect excel-id`). */
export const DISCREPANCY_NUMERIC = ['value_a', 'value_b', 'difference', 'amount_at_stake'];

/**
 * `message` is written in `lang`; every other column is a stable identifier or a plain number. `parts`: the
 * document's files (src/renja/parts.ts `documentParts`); without them the file columns stay blank and pages are
 * logical.
 */
export function discrepancyRows(
  analysis: CauseAnalysis,
  printed: PrintedPage = () => null,
  lang: Lang = 'id',
  parts: DocumentPart[] = [],
): string[][] {
  return analysis.findings.map(({ finding: d, causeId, isRoot, amountAtStake, level }) => [
    d.doc,
    d.rule,
    d.severity,
    String(causeId),
    isRoot ? 'true' : 'false',
    d.code ?? '',
    level,
    d.a.name,
    d.b?.name ?? '',
    d.field,
    d.a.table,
    ...filePageCells(parts, d.a.page),
    printed(d.a.page) ?? '',
    plainValue(d.a.value),
    d.b?.table ?? '',
    ...filePageCells(parts, d.b?.page),
    printed(d.b?.page) ?? '',
    plainValue(d.b?.value),
    d.difference ? plainNumber(d.difference) : '',
    amountAtStake ? plainNumber(amountAtStake) : '',
    findingText(d, lang),
  ]);
}

export interface DiscrepanciesCsvOptions extends CsvOptions {
  /** The document's extraction: levels, hierarchy, printed page numbers and the files it came as. */
  extraction?: Extraction;
  /** The grouping, when the caller has it already (else computed from the findings and the extraction). */
  analysis?: CauseAnalysis;
  /** Language of the message column (default Indonesian). */
  lang?: Lang;
  /** The document's files (default: those of `extraction`); without them the file columns stay blank. */
  parts?: DocumentPart[];
}

export function discrepanciesCsv(ds: Discrepancy[], opts: DiscrepanciesCsvOptions = {}): Promise<string> {
  const { extraction, analysis, lang, parts, ...csv } = opts;
  const printed = extraction ? printedPageOf(extraction) : undefined;
  const files = parts ?? (extraction ? documentParts(extraction) : []);
  const rows = discrepancyRows(analysis ?? groupCauses(ds, extraction), printed, lang, files);
  return toCsv(DISCREPANCY_COLUMNS, rows, { ...csv, numeric: DISCREPANCY_NUMERIC });
}
