/**
 * discrepancies.csv: one line per finding, cause by cause (largest first, the root first); money as plain
 * numbers, difference = value_b − value_a, amount_at_stake always filled for money findings.
 */
import { groupCauses, type CauseAnalysis } from '../reconcile/causes.js';
import type { Discrepancy } from '../reconcile/types.js';
import type { Extraction } from '../renja/schema.js';
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

/** Columns derived by grouping and page lookup, not by the rules: the reference does not define them. */
export const DERIVED_COLUMNS = [
  'root_id',
  'is_root',
  'level',
  'name_a',
  'name_b',
  'page_printed_a',
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
  'page_a',
  'page_printed_a',
  'value_a',
  'table_b',
  'page_b',
  'page_printed_b',
  'value_b',
  'difference',
  'amount_at_stake',
  'message',
] as const;

/** Columns with plain numbers (decimal commas under `--csv-dialect excel-id`). */
export const DISCREPANCY_NUMERIC = ['value_a', 'value_b', 'difference', 'amount_at_stake'];

const page = (p: number | null | undefined) => (p === null || p === undefined ? '' : String(p));

/** `message` is written in `lang`; every other column is a stable identifier or a plain number. */
export function discrepancyRows(
  analysis: CauseAnalysis,
  printed: PrintedPage = () => null,
  lang: Lang = 'id',
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
    page(d.a.page),
    printed(d.a.page) ?? '',
    plainValue(d.a.value),
    d.b?.table ?? '',
    page(d.b?.page),
    printed(d.b?.page) ?? '',
    plainValue(d.b?.value),
    d.difference ? plainNumber(d.difference) : '',
    amountAtStake ? plainNumber(amountAtStake) : '',
    findingText(d, lang),
  ]);
}

export interface DiscrepanciesCsvOptions extends CsvOptions {
  /** The document's extraction: levels, hierarchy and printed page numbers. */
  extraction?: Extraction;
  /** The grouping, when the caller has it already (else computed from the findings and the extraction). */
  analysis?: CauseAnalysis;
  /** Language of the message column (default Indonesian). */
  lang?: Lang;
}

export function discrepanciesCsv(ds: Discrepancy[], opts: DiscrepanciesCsvOptions = {}): Promise<string> {
  const { extraction, analysis, lang, ...csv } = opts;
  const printed = extraction ? printedPageOf(extraction) : undefined;
  return toCsv(DISCREPANCY_COLUMNS, discrepancyRows(analysis ?? groupCauses(ds, extraction), printed, lang), {
    ...csv,
    numeric: DISCREPANCY_NUMERIC,
  });
}
