/** records.csv: every extracted record, one line each, so a wrong reading can be spotted. */
import type { RenjaRecord } from '../renja/schema.js';
import type { CsvOptions } from './escape.js';
import { plainNumber, toCsv } from './format.js';

export const RECORD_COLUMNS = [
  'doc',
  'table',
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

export function recordRows(records: RenjaRecord[]): string[][] {
  return records.map((r) => [
    r.doc,
    r.table,
    String(r.page),
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

export function recordsCsv(records: RenjaRecord[], opts: CsvOptions = {}): Promise<string> {
  return toCsv(RECORD_COLUMNS, recordRows(records), opts);
}
