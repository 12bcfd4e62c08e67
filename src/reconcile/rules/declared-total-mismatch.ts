/**
 * declared-total-mismatch: a printed JUMLAH/TOTAL row that is not the sum of its table's top-level rows
 * (not checked when one of those rows holds an unreadable amount); a gap within the rounding of amounts
 * printed in thousands is info.
 */
import { Decimal } from 'decimal.js';
import type { Discrepancy } from '../types.js';
import { MONEY_FIELDS, moneyUnitOf, type ReconcileContext, printings } from '../context.js';
import { leafCount, sumSlack, unitOfRows } from '../rounding.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { computedTotal } from '../totals.js';
import { formatRupiah, moneyComparable, moneyValue } from '../util.js';

export function declaredTotalMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const view of printings(ctx)) {
    for (const field of MONEY_FIELDS) {
      const computed = computedTotal(view, field);
      // A sum that leaves out an unreadable cell is a guess; invalid-value reports the cell.
      if (!computed || computed.unreadable > 0) continue;
      for (const row of view.totals) {
        const m = moneyOf(row, field);
        if (!moneyComparable(m)) continue;
        const printed = moneyValue(m);
        if (printed === null || printed.equals(computed.value)) continue;
        const unit = Math.max(moneyUnitOf(view, row), unitOfRows(view, view.nodes));
        const rounding = computed.value
          .minus(printed)
          .abs()
          .lte(sumSlack(unit, leafCount(view.roots)));
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'declared-total-mismatch',
            severity: rounding ? 'info' : 'error',
            code: null,
            field: field === 'pagu' ? 'total' : 'total_pagu_maju',
            a: recordSide(row, field, printed),
            b: bareSide(view.id, computed.value, `sum of ${computed.rows} ${computed.level ?? ''} rows`),
            message:
              `${TABLE_LABEL[view.id]} printed ${field === 'pagu' ? 'total' : 'prakiraan maju total'} ` +
              `${formatRupiah(printed)} is not the sum of its ${computed.rows} ${computed.level} rows ` +
              `(${formatRupiah(computed.value)}), difference ${formatRupiah(computed.value.minus(printed))}` +
              (rounding ? `, within rounding of amounts printed in units of ${formatRupiah(new Decimal(unit))}` : ''),
          }),
        );
      }
    }
  }
  return out;
}
