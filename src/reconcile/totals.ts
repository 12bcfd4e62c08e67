/** A table's grand total: the printed JUMLAH/TOTAL row when it has a value, else the sum of the top-level rows. */
import type { Decimal } from 'decimal.js';
import type { Level, RenjaRecord } from '../renja/schema.js';
import type { MoneyField, RowNode, TableView } from './context.js';
import { moneyOf } from './discrepancy.js';
import { moneyValue, sum } from './util.js';

export interface TableTotal {
  value: Decimal;
  source: 'printed' | 'computed';
  /** The printed total row (source `printed`). */
  record: RenjaRecord | null;
  /** The level summed (source `computed`). */
  level: Level | null;
  rows: number;
}

/** Rows of the highest level present (program rows normally). */
export function topLevelNodes(view: TableView): RowNode[] {
  if (view.nodes.length === 0) return [];
  const top = Math.min(...view.nodes.map((n) => n.rank));
  return view.nodes.filter((n) => n.rank === top);
}

/**
 * The sum of the highest level that carries amounts: when the top rows are headings only (blank or a
 * spreadsheet `0` on every program row), the level below holds the money.
 */
export function computedTotal(view: TableView, field: MoneyField): TableTotal | null {
  const ranks = [...new Set(view.nodes.map((n) => n.rank))].sort((a, b) => a - b);
  for (const rank of ranks) {
    const rows = view.nodes.filter((n) => n.rank === rank);
    const values = rows.map((n) => moneyValue(moneyOf(n.record, field)));
    if (values.some((v) => v !== null && !v.isZero())) {
      return { value: sum(values), source: 'computed', record: null, level: rows[0].level, rows: rows.length };
    }
  }
  return null;
}

/** The last printed total row with a value: when a table repeats subtotals, the grand total comes last. */
export function printedTotal(view: TableView, field: MoneyField): TableTotal | null {
  for (let i = view.totals.length - 1; i >= 0; i--) {
    const r = view.totals[i];
    const v = moneyValue(moneyOf(r, field));
    if (v !== null) return { value: v, source: 'printed', record: r, level: 'total', rows: 1 };
  }
  return null;
}

export function tableTotal(view: TableView, field: MoneyField): TableTotal | null {
  if (!view.fields.has(field) && view.layouts.length > 0) return null;
  return printedTotal(view, field) ?? computedTotal(view, field);
}

export function describeTotal(t: TableTotal): string {
  return t.source === 'printed' ? 'printed total row' : `sum of ${t.rows} ${t.level ?? ''} rows (no printed total)`;
}
