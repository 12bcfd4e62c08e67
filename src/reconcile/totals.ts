/** A table's grand total: the printed JUMLAH/TOTAL row when it has a value, else the sum of the top-level rows. */
import type { Decimal } from 'decimal.js';
import type { Level, RenjaRecord } from '../renja/schema.js';
import type { MoneyField, RowNode, TableView } from './context.js';
import type { TotalParam } from '../i18n/messages.js';
import { moneyOf } from './discrepancy.js';
import { moneyComparable, moneyValue, sum } from './util.js';

export interface TableTotal {
  value: Decimal;
  source: 'printed' | 'computed';
  /** The printed total row (source `printed`). */
  record: RenjaRecord | null;
  /** The level summed (source `computed`). */
  level: Level | null;
  rows: number;
  /** Rows of the summed level whose cell could not be read (source `computed`): the sum leaves them out. */
  unreadable: number;
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
    const cells = rows.map((n) => moneyOf(n.record, field));
    const values = cells.map(moneyValue);
    if (values.some((v) => v !== null && !v.isZero())) {
      const unreadable = cells.filter((m) => !moneyComparable(m)).length;
      return {
        value: sum(values),
        source: 'computed',
        record: null,
        level: rows[0].level,
        rows: rows.length,
        unreadable,
      };
    }
  }
  return null;
}

/** The last printed total row with a value: when a table repeats subtotals, the grand total comes last. */
export function printedTotal(view: TableView, field: MoneyField): TableTotal | null {
  for (let i = view.totals.length - 1; i >= 0; i--) {
    const r = view.totals[i];
    const v = moneyValue(moneyOf(r, field));
    if (v !== null) return { value: v, source: 'printed', record: r, level: 'total', rows: 1, unreadable: 0 };
  }
  return null;
}

/** The table's total, or null when it has none or only a sum that leaves out unreadable cells (a guess). */
export function tableTotal(view: TableView, field: MoneyField): TableTotal | null {
  if (!view.fields.has(field) && view.layouts.length > 0) return null;
  const printed = printedTotal(view, field);
  if (printed) return printed;
  const computed = computedTotal(view, field);
  return computed && computed.unreadable === 0 ? computed : null;
}

/** How the total was taken, for messages (src/i18n renders it). */
export function totalParam(t: TableTotal): TotalParam {
  return t.source === 'printed' ? { source: 'printed' } : { source: 'computed', rows: t.rows, level: t.level };
}
