/**
 * rollup-mismatch: a parent row whose pagu (or prakiraan maju) is not the sum of its children,
 * per table: program = Σ kegiatan, kegiatan = Σ sub kegiatan, sub kegiatan = Σ aktivitas.
 * Nil children add nothing; a nil parent over children with money is a mismatch when other parents of
 * its level print amounts (a form that prints none at that level carries no totals there); a parent with
 * no children, or whose children carry no amount at all (not itemised), is not checked. A gap within the
 * rounding of amounts printed in thousands is info. Where some children cannot be read, the readable ones are
 * summed: a parent below that sum is reported, saying "at least".
 */
import type { Decimal } from 'decimal.js';
import type { Discrepancy } from '../types.js';
import { MONEY_FIELDS, type MoneyField, type ReconcileContext, type RowNode, printings } from '../context.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { msg } from '../../i18n/messages.js';
import { leafCount, sumSlack, unitOfRows } from '../rounding.js';
import {
  describeRecord,
  formatRupiah,
  moneyComparable,
  moneyValue,
  spacelessKey,
  sum,
  truncate,
  ZERO,
} from '../util.js';
import { TABLE_LABEL } from '../pairs.js';

/** Children repeating an earlier sibling exactly (same key, name and amount): maybe a row repeated at a page break. */
function exactRepeats(children: RowNode[], field: MoneyField): Set<RowNode> {
  const seen = new Set<string>();
  const repeats = new Set<RowNode>();
  for (const c of children) {
    const v = moneyValue(moneyOf(c.record, field));
    const sig = `${c.key}|${spacelessKey(c.record.name)}|${v ? v.toFixed() : ''}`;
    if (seen.has(sig)) repeats.add(c);
    else seen.add(sig);
  }
  return repeats;
}

function duplicateKeys(children: RowNode[]): string[] {
  const count = new Map<string, number>();
  for (const c of children) count.set(c.key, (count.get(c.key) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([k]) => k);
}

/** Levels at which at least one parent row (a row with children) prints a non-zero amount in this field. */
function levelsWithAmounts(nodes: RowNode[], field: MoneyField): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) {
    const v = moneyValue(moneyOf(n.record, field));
    if (n.children.length > 0 && v !== null && !v.isZero()) out.add(n.level);
  }
  return out;
}

export function rollupMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const view of printings(ctx)) {
    for (const field of MONEY_FIELDS) {
      if (view.layouts.length > 0 && !view.fields.has(field)) continue;
      const printsTotals = levelsWithAmounts(view.nodes, field);
      for (const parent of view.nodes) {
        const kids = parent.children;
        if (kids.length === 0) continue;
        const pm = moneyOf(parent.record, field);
        const kidMoney = kids.map((k) => moneyOf(k.record, field));
        // An unreadable parent is reported by invalid-value; there is nothing to compare.
        if (!moneyComparable(pm)) continue;
        const kidValues = kidMoney.map(moneyValue);
        if (kidValues.every((v) => v === null)) continue;
        const total = sum(kidValues);
        const pv: Decimal | null = moneyValue(pm);
        // Unreadable children (reported by invalid-value) hold some unknown amount, never below zero (a negative
        // amount is itself unreadable): the readable ones give the least the children sum to.
        const unreadable = kidMoney.filter((m) => !moneyComparable(m)).length;
        if (unreadable > 0) {
          if (pv === null || pv.gte(total)) continue;
          const childLevel = kids[0].level.replace('_', ' ');
          const what = field === 'pagu' ? 'pagu' : 'prakiraan maju';
          out.push(
            makeDiscrepancy({
              doc: ctx.doc,
              rule: 'rollup-mismatch',
              severity: 'error',
              code: parent.record.code,
              field,
              a: recordSide(parent.record, field, pv),
              b: bareSide(
                view.id,
                total,
                `at least: sum of ${kids.length - unreadable} readable ${childLevel} rows`,
                parent.record.code,
              ),
              message:
                `${TABLE_LABEL[view.id]}: ${what} of ${parent.level.replace('_', ' ')} ${truncate(describeRecord(parent.record), 80)} ` +
                `is ${formatRupiah(pv)} but its ${kids.length} ${childLevel} rows sum to at least ${formatRupiah(total)} ` +
                `(${unreadable} unreadable, counted as zero; the readable ones exceed it by ${formatRupiah(total.minus(pv))})`,
            }),
          );
          continue;
        }
        if ((pv ?? ZERO).equals(total)) continue;
        // A form that prints no amount on any row of this level (program rows as headings only) carries no
        // totals there: a blank parent is then the form, not a gap. Some filled, some blank is a finding.
        // Spreadsheet-made forms print `0` in such heading rows: the same as blank.
        if ((pv === null || pv.isZero()) && !printsTotals.has(parent.level)) continue;

        const dups = duplicateKeys(kids);
        const repeats = exactRepeats(kids, field);
        const withoutRepeats = sum(
          kids.filter((k) => !repeats.has(k)).map((k) => moneyValue(moneyOf(k.record, field))),
        );
        const repeatExplains = repeats.size > 0 && (pv ?? ZERO).equals(withoutRepeats);
        const childLevel = kids[0].level.replace('_', ' ');
        const unit = unitOfRows(view, [parent, ...kids]);
        const rounding =
          pv !== null &&
          !pv.isZero() &&
          total
            .minus(pv)
            .abs()
            .lte(sumSlack(unit, leafCount(kids)));
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'rollup-mismatch',
            severity: rounding ? 'info' : repeatExplains ? 'warning' : 'error',
            code: parent.record.code,
            field,
            a: recordSide(parent.record, field, pv),
            b: bareSide(view.id, total, `sum of ${kids.length} ${childLevel} rows`, parent.record.code),
            msg: msg('rollup-mismatch', {
              table: view.id,
              field,
              level: parent.level,
              row: truncate(describeRecord(parent.record), 80),
              value: pv === null ? null : pv.toFixed(),
              children: kids.length,
              childLevel: kids[0].level,
              sum: total.toFixed(),
              difference: total.minus(pv ?? ZERO).toFixed(),
              roundingUnit: rounding ? String(unit) : null,
              repeats: !rounding && repeatExplains ? [...repeats].map((r) => r.key) : [],
              duplicates: !rounding && !repeatExplains ? dups : [],
            }),
          }),
        );
      }
    }
  }
  return out;
}
