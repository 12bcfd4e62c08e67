/**
 * What was checked: "0 errors" means something only when the checks ran. Per document: the Renja tables found and
 * their pages, the money columns read, each cross-check that ran or could not (and why), and sanity warnings on
 * totals no real Renja has (negative, zero, a few Rupiah: a column-number row read as data).
 */
import { Decimal } from 'decimal.js';
import type { Extraction, TableId } from '../renja/schema.js';
import { buildContext, MONEY_FIELDS, type MoneyField, type TableView } from '../reconcile/context.js';
import { ROW_PAIRS, TOTAL_PAIRS } from '../reconcile/pairs.js';
import { computedTotal, tableTotal } from '../reconcile/totals.js';
import { moneyComparable, moneyValue } from '../reconcile/util.js';
import { moneyOf } from '../reconcile/discrepancy.js';

/** The cross-checks, by what they compare (rules named in README "Rules"). */
export type CheckId = 'totals' | 'rows' | 'awal-vs-hasil' | 'rollup' | 'declared-total' | 'terbilang';

/** Why a check could not run. */
export type SkipReason = 'table-missing' | 'no-money-column' | 'no-total' | 'no-prose-amount';

export interface CheckStatus {
  check: CheckId;
  /** The tables compared (one for checks within a table, none for the prose check). */
  tables: TableId[];
  ran: boolean;
  reason: SkipReason | null;
  /** The table the reason is about (the missing one, the one without a total). */
  reasonTable: TableId | null;
}

export interface MoneyColumn {
  table: TableId;
  field: MoneyField;
  /** Rows with a cell in this column (blank included), amounts read, cells that could not be read. */
  rows: number;
  amounts: number;
  unreadable: number;
}

export type SanityKind = 'negative-total' | 'zero-total' | 'tiny-total' | 'total-unreadable';

export interface SanityWarning {
  kind: SanityKind;
  table: TableId;
  field: MoneyField;
  value: Decimal | null;
  /** For `total-unreadable`: the rows of the summed level whose amount could not be read. */
  unreadable: number;
}

export interface Coverage {
  moneyColumns: MoneyColumn[];
  checks: CheckStatus[];
  sanity: SanityWarning[];
}

/** A headline total under this is not a Renja's (a column-number row `1 2 3 … 6` read as money gives Rp 6). */
export const TINY_TOTAL = new Decimal(1_000_000);

const MONEY_TABLES: readonly TableId[] = ['TC31.awal', 'TC31.hasil', 'TC33', 'T41'];

function moneyColumns(views: Map<TableId, TableView>): MoneyColumn[] {
  const out: MoneyColumn[] = [];
  for (const id of MONEY_TABLES) {
    const v = views.get(id);
    if (!v) continue;
    for (const field of MONEY_FIELDS) {
      if (!v.fields.has(field)) continue;
      const cells = v.records.filter((r) => r.level !== 'indicator').map((r) => moneyOf(r, field));
      out.push({
        table: id,
        field,
        rows: cells.filter((m) => m !== null).length,
        amounts: cells.filter((m) => moneyValue(m) !== null).length,
        unreadable: cells.filter((m) => m && !moneyComparable(m)).length,
      });
    }
  }
  return out;
}

function status(check: CheckId, tables: TableId[], reason: SkipReason | null, reasonTable: TableId | null = null) {
  return { check, tables, ran: reason === null, reason, reasonTable } satisfies CheckStatus;
}

function checks(x: Extraction, views: Map<TableId, TableView>): CheckStatus[] {
  const out: CheckStatus[] = [];
  const missing = (ids: TableId[]) => ids.find((id) => !views.has(id)) ?? null;
  for (const [a, b, unless] of TOTAL_PAIRS) {
    if (unless && views.has(unless)) continue; // the pair is redundant, not skipped
    const gone = missing([a, b]);
    if (gone) {
      out.push(status('totals', [a, b], 'table-missing', gone));
      continue;
    }
    const noMoney = [a, b].find((id) => !views.get(id)!.fields.has('pagu'));
    if (noMoney) {
      out.push(status('totals', [a, b], 'no-money-column', noMoney));
      continue;
    }
    const noTotal = [a, b].find((id) => !tableTotal(views.get(id)!, 'pagu'));
    out.push(status('totals', [a, b], noTotal ? 'no-total' : null, noTotal ?? null));
  }
  for (const [a, b] of ROW_PAIRS) {
    const gone = missing([a, b]);
    out.push(status('rows', [a, b], gone ? 'table-missing' : null, gone));
  }
  const gone = missing(['TC31.awal', 'TC31.hasil']);
  out.push(status('awal-vs-hasil', ['TC31.awal', 'TC31.hasil'], gone ? 'table-missing' : null, gone));
  for (const id of MONEY_TABLES) {
    const v = views.get(id);
    if (!v) continue;
    const money = v.fields.has('pagu') || v.fields.has('pagu_maju');
    out.push(status('rollup', [id], money ? null : 'no-money-column', money ? null : id));
    if (v.totals.length) out.push(status('declared-total', [id], money ? null : 'no-money-column', money ? null : id));
  }
  out.push(status('terbilang', [], x.prose.length ? null : 'no-prose-amount'));
  return out;
}

function sanity(views: Map<TableId, TableView>): SanityWarning[] {
  const out: SanityWarning[] = [];
  for (const id of MONEY_TABLES) {
    const v = views.get(id);
    if (!v || !v.fields.has('pagu')) continue;
    const t = tableTotal(v, 'pagu');
    if (!t) {
      const c = computedTotal(v, 'pagu');
      if (c && c.unreadable > 0)
        out.push({ kind: 'total-unreadable', table: id, field: 'pagu', value: null, unreadable: c.unreadable });
      continue;
    }
    const kind: SanityKind | null = t.value.isNegative()
      ? 'negative-total'
      : t.value.isZero()
        ? 'zero-total'
        : t.value.lessThan(TINY_TOTAL)
          ? 'tiny-total'
          : null;
    if (kind) out.push({ kind, table: id, field: 'pagu', value: t.value, unreadable: 0 });
  }
  return out;
}

export function coverageOf(x: Extraction): Coverage {
  const views = buildContext(x).tables;
  return { moneyColumns: moneyColumns(views), checks: checks(x, views), sanity: sanity(views) };
}

/** `totals:TC33/T41` — the short form summary.csv lists checks in. */
export function checkKey(c: CheckStatus): string {
  return c.tables.length ? `${c.check}:${c.tables.join('/')}` : c.check;
}
