/** records.csv: every extracted record, one line each, so a wrong reading can be spotted. */
import { filePageCells } from '../renja/parts.js';
import type { DocumentPart, RenjaRecord } from '../renja/schema.js';
import { plainNumber, toCsv, type CsvOptions } from './format.js';

export const RECORD_COLUMNS = [
  'doc',
  'table',
  'file',
  'page',
  'row',
  'level',
  'code',
  'code_printed',
  'name',
  'indikator',
  'target_qty',
  'target_unit',
  'pagu',
  'pagu_maju',
  'sumber_dana',
  'lokasi',
  'side',
  'warnings',
] as const;

function moneyCell(m: RenjaRecord['pagu']): string {
  if (!m) return '';
  if (m.invalid !== undefined) return m.raw; // keep what was printed, never a guess
  return m.value ? plainNumber(m.value) : '';
}

/** `parts`: the document's files (src/renja/parts.ts); `file` and `page` say where the record is printed. */
export function recordRows(records: RenjaRecord[], parts: DocumentPart[] = []): string[][] {
  return records.map((r) => [
    r.doc,
    r.table,
    ...filePageCells(parts, r.page),
    String(r.rowIndex),
    r.level,
    r.code ?? '',
    r.codePrinted,
    r.name,
    r.indikator,
    r.target?.qty ? plainNumber(r.target.qty) : '',
    r.target ? (r.target.qty ? r.target.unit : r.target.raw) : '',
    moneyCell(r.pagu),
    moneyCell(r.paguMaju),
    r.sumberDana,
    r.lokasi,
    r.side ?? '',
    r.warnings.map((w) => `${w.kind}${w.field ? `(${w.field})` : ''}: ${w.message}`).join(' | '),
  ]);
}

/** Columns with plain numbers (decimal commas under `--csv-dialect excel-id`). */
export const RECORD_NUMERIC = ['target_qty', 'pagu', 'pagu_maju'];

/** `parts`: the document's files (src/renja/parts.ts); without them the file column stays blank. */
export interface RecordsCsvOptions extends CsvOptions {
  parts?: DocumentPart[];
}

export function recordsCsv(records: RenjaRecord[], opts: RecordsCsvOptions = {}): Promise<string> {
  const { parts = [], ...csv } = opts;
  return toCsv(RECORD_COLUMNS, recordRows(records, parts), { ...csv, numeric: RECORD_NUMERIC });
}
