/**
 * Field-by-field comparison of one row as printed in two tables. Shared by value-mismatch
 * (two different tables) and awal-vs-hasil (the two halves of T-C.31); the caller decides
 * severities and wording, this module decides what differs.
 */
import { Decimal } from 'decimal.js';
import type { RenjaRecord, Target } from '../renja/schema.js';
import {
  blankByForm,
  moneyUnitOf,
  type FieldName,
  type IndicatorEntry,
  type MoneyField,
  type RowNode,
  type TableView,
} from './context.js';
import { moneyOf, textOf } from './discrepancy.js';
import { pairSlack, sumSlack } from './rounding.js';
import { placeKey } from '../renja/text.js';
import {
  bareName,
  compareTargets,
  compareText,
  formatRupiah,
  moneyComparable,
  moneyValue,
  spacelessKey,
  truncate,
  ZERO,
} from './util.js';

/** How serious a difference is before any rule-specific adjustment. */
export type DiffKind =
  | 'money'
  | 'money-rounding'
  | 'money-source-part'
  | 'target'
  | 'target-unit'
  | 'text'
  | 'text-case'
  | 'indicator-missing';

/** The tables the two rows come from: their units and which levels they print amounts at. */
export interface CompareViews {
  a: TableView;
  b: TableView;
}

export interface FieldDiff {
  field: FieldName;
  kind: DiffKind;
  recordA: RenjaRecord;
  recordB: RenjaRecord;
  valueA: Decimal | string | null;
  valueB: Decimal | string | null;
  /** What differs, e.g. `Rp 1.000 vs Rp 2.000`, without table names. */
  detail: string;
}

export const TEXT_FIELDS: readonly FieldName[] = ['name', 'lokasi', 'sumber_dana'];

export function showMoney(v: Decimal | null): string {
  return v === null ? 'blank' : formatRupiah(v);
}

export function showTarget(t: Target | null): string {
  return t === null ? 'blank' : t.raw.trim() || 'blank';
}

const SOURCE_LABEL: Record<string, string> = {
  apbdKab: 'APBD Kabupaten/Kota',
  apbdProv: 'APBD Provinsi',
  apbn: 'APBN',
  lainnya: 'other sources',
};

/** The fund source of `r` whose amount equals `value`, when `r` splits its pagu by source. */
export function sourcePartEqual(r: RenjaRecord, value: Decimal | null): string | null {
  if (!r.paguParts || value === null || value.isZero()) return null;
  for (const [source, m] of Object.entries(r.paguParts)) if (m.value && m.value.equals(value)) return source;
  return null;
}

export function compareMoney(
  a: RenjaRecord,
  b: RenjaRecord,
  field: MoneyField,
  views?: CompareViews,
): FieldDiff | null {
  const ma = moneyOf(a, field);
  const mb = moneyOf(b, field);
  // Invalid cells are reported by invalid-value; comparing them would only repeat that.
  if (!moneyComparable(ma) || !moneyComparable(mb)) return null;
  const va = moneyValue(ma);
  const vb = moneyValue(mb);
  // Nil (`-`) means nothing allocated: equal to zero, not "unknown".
  if ((va ?? ZERO).equals(vb ?? ZERO)) return null;
  // A table whose form prints no amount at this level (program rows as headings) says nothing about it.
  if (views && (blankByForm(views.a, a, field) || blankByForm(views.b, b, field))) return null;
  // One table splits the pagu by fund source and the other prints one source only (the APBD part, say): the
  // amounts agree on that source, which an auditor should see but not as an error.
  const part = field === 'pagu' ? (sourcePartEqual(a, vb) ?? sourcePartEqual(b, va)) : null;
  if (part) {
    return {
      field,
      kind: 'money-source-part',
      recordA: a,
      recordB: b,
      valueA: va,
      valueB: vb,
      detail: `${showMoney(va)} vs ${showMoney(vb)} (equal to the ${SOURCE_LABEL[part] ?? part} part of the pagu split by fund source)`,
    };
  }
  const unit = views ? Math.max(moneyUnitOf(views.a, a), moneyUnitOf(views.b, b)) : 1;
  const slack = pairSlack(unit, unit);
  const rounding = !slack.isZero() && va !== null && vb !== null && va.minus(vb).abs().lte(slack);
  return {
    field,
    kind: rounding ? 'money-rounding' : 'money',
    recordA: a,
    recordB: b,
    valueA: va,
    valueB: vb,
    detail: `${showMoney(va)} vs ${showMoney(vb)}${rounding ? ` (within rounding of amounts printed in units of ${formatRupiah(new Decimal(unit))})` : ''}`,
  };
}

/** Text cells; a cell blank on one side is not compared (forms print lokasi etc. on some rows only). */
export function compareTextField(a: RenjaRecord, b: RenjaRecord, field: FieldName): FieldDiff | null {
  const ta = textOf(a, field);
  const tb = textOf(b, field);
  if (!ta.trim() || !tb.trim()) return null;
  // `Kegiatan Penyediaan ...` in one table, `Penyediaan ...` in the other: the level word is the form's, not the name's.
  if (field === 'name' && bareName(ta) === bareName(tb) && spacelessKey(ta) !== spacelessKey(tb)) return null;
  let c = compareText(ta, tb);
  if (c === 'same') return null;
  // the same place written two ways (`Seluruh Jawa Barat` / `se-Jabar`) is wording, not a different lokasi
  if (c === 'different' && field === 'lokasi' && placeKey(ta) === placeKey(tb)) c = 'case-or-spacing';
  return {
    field,
    kind: c === 'case-or-spacing' ? 'text-case' : 'text',
    recordA: a,
    recordB: b,
    valueA: ta,
    valueB: tb,
    detail: `"${truncate(ta)}" vs "${truncate(tb)}"${c === 'case-or-spacing' ? ' (case/spacing/wording only)' : ''}`,
  };
}

/**
 * Indicator sets (a row's own indikator plus its continuation rows), order-insensitive: entries
 * pair by normalized text first, the rest in printed order; extra entries on one side are reported.
 */
export function compareIndicators(
  na: RowNode,
  nb: RowNode,
  opts: { indikator: boolean; target: boolean; labels: readonly [string, string] },
): FieldDiff[] {
  const ia = na.indicators;
  const ib = nb.indicators;
  if (ia.length === 0 || ib.length === 0) return [];
  const used = new Set<IndicatorEntry>();
  const pairs: [IndicatorEntry, IndicatorEntry][] = [];
  const leftA: IndicatorEntry[] = [];
  for (const ea of ia) {
    const eb = ib.find((x) => !used.has(x) && spacelessKey(x.indikator) === spacelessKey(ea.indikator));
    if (eb) {
      used.add(eb);
      pairs.push([ea, eb]);
    } else leftA.push(ea);
  }
  const leftB = ib.filter((x) => !used.has(x));
  const n = Math.min(leftA.length, leftB.length);
  for (let i = 0; i < n; i++) pairs.push([leftA[i], leftB[i]]);

  const out: FieldDiff[] = [];
  for (const [ea, eb] of pairs) {
    if (opts.indikator && ea.indikator.trim() && eb.indikator.trim()) {
      const c = compareText(ea.indikator, eb.indikator);
      if (c !== 'same') {
        out.push({
          field: 'indikator',
          kind: c === 'case-or-spacing' ? 'text-case' : 'text',
          recordA: ea.record,
          recordB: eb.record,
          valueA: ea.indikator,
          valueB: eb.indikator,
          detail: `"${truncate(ea.indikator)}" vs "${truncate(eb.indikator)}"${c === 'case-or-spacing' ? ' (case/spacing only)' : ''}`,
        });
      }
    }
    if (opts.target && ea.target && eb.target) {
      const c = compareTargets(ea.target, eb.target);
      if (c !== 'same') {
        const label = ia.length > 1 || ib.length > 1 ? ` (indikator "${truncate(ea.indikator, 50)}")` : '';
        out.push({
          field: 'target',
          kind: c === 'unit-only' ? 'target-unit' : 'target',
          recordA: ea.record,
          recordB: eb.record,
          valueA: ea.target.raw,
          valueB: eb.target.raw,
          detail: `${showTarget(ea.target)} vs ${showTarget(eb.target)}${c === 'unit-only' ? ' (same quantity, unit differs)' : ''}${label}`,
        });
      }
    }
  }
  if (opts.indikator) {
    for (const ea of leftA.slice(n)) {
      out.push({
        field: 'indikator',
        kind: 'indicator-missing',
        recordA: ea.record,
        recordB: nb.record,
        valueA: ea.indikator,
        valueB: null,
        detail: `indikator "${truncate(ea.indikator)}" only in ${opts.labels[0]}`,
      });
    }
    for (const eb of leftB.slice(n)) {
      out.push({
        field: 'indikator',
        kind: 'indicator-missing',
        recordA: na.record,
        recordB: eb.record,
        valueA: null,
        valueB: eb.indikator,
        detail: `indikator "${truncate(eb.indikator)}" only in ${opts.labels[1]}`,
      });
    }
  }
  return out;
}

/** The amount a row that prints none by its form stands for: the sum of its rows beneath, when all are readable. */
function impliedAmount(n: RowNode, field: MoneyField): Decimal | null {
  if (n.children.length === 0) return null;
  let sum = ZERO;
  for (const c of n.children) {
    const m = moneyOf(c.record, field);
    if (!moneyComparable(m)) return null;
    const v = moneyValue(m) ?? impliedAmount(c, field);
    if (v === null) return null;
    sum = sum.plus(v);
  }
  return sum;
}

/**
 * One table prints the row's amount, the other prints none at that level by its form (a program heading over its
 * kegiatan): the printed amount is compared with the sum of the other's rows beneath it (2._RENJA_2016: a review
 * table's program 9.700.000 against the plan table's 12 kegiatan adding up to 10.300.000).
 */
function compareImpliedMoney(
  na: RowNode,
  nb: RowNode,
  field: MoneyField,
  views: CompareViews,
  labels: readonly [string, string],
): FieldDiff | null {
  const blankA = blankByForm(views.a, na.record, field);
  const blankB = blankByForm(views.b, nb.record, field);
  if (blankA === blankB) return null;
  const [printed, implied] = blankA ? [nb, na] : [na, nb];
  // where the printing table lists rows beneath too, those are compared row by row: this would only echo them
  if (printed.children.length > 0) return null;
  const value = moneyValue(moneyOf(printed.record, field));
  const sum = impliedAmount(implied, field);
  if (value === null || value.isZero() || sum === null || sum.isZero() || value.equals(sum)) return null;
  const unit = Math.max(moneyUnitOf(views.a, na.record), moneyUnitOf(views.b, nb.record));
  const rounding = value.minus(sum).abs().lte(sumSlack(unit, implied.children.length));
  const [va, vb] = blankA ? [sum, value] : [value, sum];
  const what = `sum of its ${implied.children.length} ${implied.children[0].level.replace('_', ' ')} rows`;
  return {
    field,
    kind: rounding ? 'money-rounding' : 'money',
    recordA: na.record,
    recordB: nb.record,
    valueA: va,
    valueB: vb,
    detail:
      `${showMoney(va)}${blankA ? ` (${what})` : ''} vs ${showMoney(vb)}${blankB ? ` (${what})` : ''}` +
      (rounding ? ` (within rounding of amounts printed in units of ${formatRupiah(new Decimal(unit))})` : '') +
      ` (the ${implied.level.replace('_', ' ')} row of ${blankA ? labels[0] : labels[1]} prints no amount)`,
  };
}

/** Every difference between two printings of a row, over the given fields. */
export function compareNodes(
  na: RowNode,
  nb: RowNode,
  fields: Set<FieldName>,
  labels: readonly [string, string],
  views?: CompareViews,
): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const f of ['pagu', 'pagu_maju'] as const) {
    if (!fields.has(f)) continue;
    const d =
      compareMoney(na.record, nb.record, f, views) ?? (views ? compareImpliedMoney(na, nb, f, views, labels) : null);
    if (d) out.push(d);
  }
  out.push(...compareIndicators(na, nb, { indikator: fields.has('indikator'), target: fields.has('target'), labels }));
  for (const f of TEXT_FIELDS) {
    if (!fields.has(f)) continue;
    const d = compareTextField(na.record, nb.record, f);
    if (d) out.push(d);
  }
  return out;
}
