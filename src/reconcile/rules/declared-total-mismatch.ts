/**
 * declared-total-mismatch: a printed JUMLAH/TOTAL row that is not the sum of its table's top-level rows
 * (with an unreadable amount among those rows, only when the readable ones already exceed it); a gap within the rounding of amounts
 * printed in thousands is info.
 */
import type { Discrepancy } from '../types.js';
import { MONEY_FIELDS, moneyUnitOf, type ReconcileContext, printings } from '../context.js';
import { leafCount, sumSlack, unitOfRows } from '../rounding.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { computedTotal } from '../totals.js';
import { moneyComparable, moneyValue } from '../util.js';
import { msg } from '../../i18n/messages.js';

export function declaredTotalMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const view of printings(ctx)) {
    for (const field of MONEY_FIELDS) {
      const computed = computedTotal(view, field);
      if (!computed) continue;
      // A sum that leaves out an unreadable cell is a lower bound (amounts are never negative: invalid-value reports
      // a negative one and the cell): it shows a gap only when the readable rows already exceed the printed total.
      const partial = computed.unreadable > 0;
      for (const row of view.totals) {
        const m = moneyOf(row, field);
        if (!moneyComparable(m)) continue;
        const printed = moneyValue(m);
        if (printed === null || printed.equals(computed.value)) continue;
        const unit = Math.max(moneyUnitOf(view, row), unitOfRows(view, view.nodes));
        const slack = sumSlack(unit, leafCount(view.roots));
        if (partial && !computed.value.minus(printed).gt(slack)) continue;
        const rounding = computed.value.minus(printed).abs().lte(slack);
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'declared-total-mismatch',
            severity: rounding ? 'info' : 'error',
            code: null,
            field: field === 'pagu' ? 'total' : 'total_pagu_maju',
            a: recordSide(row, field, printed),
            b: bareSide(view.id, computed.value, `sum of ${computed.rows} ${computed.level ?? ''} rows`),
            msg: msg('declared-total-mismatch', {
              table: view.id,
              field,
              printed: printed.toFixed(),
              rows: computed.rows,
              level: computed.level,
              sum: computed.value.toFixed(),
              difference: computed.value.minus(printed).toFixed(),
              roundingUnit: rounding ? String(unit) : null,
              ...(partial ? { unreadable: computed.unreadable } : {}),
            }),
          }),
        );
      }
    }
  }
  return out;
}
