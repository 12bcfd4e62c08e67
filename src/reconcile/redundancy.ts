/**
 * The document's own redundancy: every independent printing of one amount. A row's pagu stands in each table that
 * lists the row (T-C.31 hasil, T-C.33, Tabel 4.1) and, where the row has itemised children, as their sum in each
 * table; a grand total stands as each table's printed JUMLAH/TOTAL and as the sum of its top-level rows. These are
 * the readings `ocr-uncertain` weighs a misread against (./ocr-uncertain.ts).
 */
import type { Decimal } from 'decimal.js';
import type { RenjaRecord, TableId } from '../renja/schema.js';
import type { MoneyField, ReconcileContext, RowNode, TableView } from './context.js';
import { moneyOf, refOf } from './discrepancy.js';
import { ROW_PAIRS, TOTAL_PAIRS } from './pairs.js';
import { computedTotal, printedTotal } from './totals.js';
import { moneyComparable, moneyValue, sum } from './util.js';

/** One printing of the amount: a cell (`cell`) or the sum of the rows under it (`sum`). */
export interface Reading {
  table: TableId;
  kind: 'cell' | 'sum';
  value: Decimal;
  /** For a sum: how many rows, of which level. */
  rows: number;
  level: string | null;
  page: number | null;
  /** The least OCR confidence of the cells it reads; absent when none was read by OCR. */
  confidence?: number;
}

/** The amount a finding is about: a row's field (by code) or a grand total (code null). */
export interface Quantity {
  field: MoneyField;
  code: string | null;
}

/** Tables that print the same rows and totals (the row and total pairs): only these witness each other. */
const SAME_AMOUNTS: readonly TableId[] = [
  ...new Set([...ROW_PAIRS.flat(), ...TOTAL_PAIRS.flatMap(([a, b]) => [a, b])]),
];

function cellConfidence(r: RenjaRecord, field: MoneyField): number | undefined {
  return refOf(r, field)?.confidence;
}

function leastConfidence(values: (number | undefined)[]): number | undefined {
  const known = values.filter((c): c is number => c !== undefined);
  return known.length ? Math.min(...known) : undefined;
}

function cellReading(view: TableView, r: RenjaRecord, field: MoneyField): Reading | null {
  const m = moneyOf(r, field);
  const v = moneyComparable(m) ? moneyValue(m) : null;
  if (v === null) return null;
  const confidence = cellConfidence(r, field);
  return {
    table: view.id,
    kind: 'cell',
    value: v,
    rows: 1,
    level: r.level,
    page: refOf(r, field)?.page ?? r.page,
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

/** The sum of rows, when every one of them is readable and some carries an amount. */
function sumReading(view: TableView, rows: RowNode[], field: MoneyField): Reading | null {
  if (rows.length === 0) return null;
  const cells = rows.map((n) => moneyOf(n.record, field));
  if (!cells.every(moneyComparable)) return null;
  const values = cells.map(moneyValue);
  if (values.every((v) => v === null)) return null;
  const confidence = leastConfidence(rows.map((n) => cellConfidence(n.record, field)));
  return {
    table: view.id,
    kind: 'sum',
    value: sum(values),
    rows: rows.length,
    level: rows[0].level,
    page: Math.min(...rows.map((n) => n.record.page)),
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

function rowReadings(view: TableView, q: Quantity): Reading[] {
  const nodes = q.code ? (view.byKey.get(q.code) ?? []) : [];
  // a code printed twice in one table is its own finding (duplicate-code): which row is the amount is unknown
  if (nodes.length !== 1) return [];
  const [n] = nodes;
  return [cellReading(view, n.record, q.field), sumReading(view, n.children, q.field)].filter(
    (r): r is Reading => r !== null,
  );
}

function totalReadings(view: TableView, field: MoneyField): Reading[] {
  const out: Reading[] = [];
  const printed = printedTotal(view, field);
  if (printed?.record) {
    const r = cellReading(view, printed.record, field);
    if (r) out.push(r);
  }
  const computed = computedTotal(view, field);
  if (computed && computed.unreadable === 0) {
    const rows = view.nodes.filter((n) => n.level === computed.level);
    const r = sumReading(view, rows, field);
    if (r) out.push(r);
  }
  return out;
}

/** Every reading of the quantity in the tables that print it, in the order of SAME_AMOUNTS. */
export function readingsOf(ctx: ReconcileContext, q: Quantity): Reading[] {
  const out: Reading[] = [];
  for (const id of SAME_AMOUNTS) {
    const view = ctx.tables.get(id);
    if (!view || (view.layouts.length > 0 && !view.fields.has(q.field))) continue;
    out.push(...(q.code === null ? totalReadings(view, q.field) : rowReadings(view, q)));
  }
  return out;
}

/** Which reading a grand total is taken from (as tableTotal does: the printed row when it has a value). */
export function totalKind(ctx: ReconcileContext, table: TableId, field: MoneyField): Reading['kind'] {
  const view = ctx.tables.get(table);
  return view && printedTotal(view, field) ? 'cell' : 'sum';
}

/** Whether the tables hold independent printings of this table's amounts. */
export function printsSameAmounts(table: TableId): boolean {
  return SAME_AMOUNTS.includes(table);
}
