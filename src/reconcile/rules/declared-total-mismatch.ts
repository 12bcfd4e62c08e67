/** declared-total-mismatch: a printed JUMLAH/TOTAL row that is not the sum of its table's top-level rows. */
import type { Discrepancy } from '../types.js';
import { MONEY_FIELDS, type ReconcileContext } from '../context.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { computedTotal } from '../totals.js';
import { formatRupiah, moneyComparable, moneyValue } from '../util.js';

export function declaredTotalMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const view of ctx.tables.values()) {
    for (const field of MONEY_FIELDS) {
      const computed = computedTotal(view, field);
      if (!computed) continue;
      for (const row of view.totals) {
        const m = moneyOf(row, field);
        if (!moneyComparable(m)) continue;
        const printed = moneyValue(m);
        if (printed === null || printed.equals(computed.value)) continue;
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'declared-total-mismatch',
            severity: 'error',
            code: null,
            field: field === 'pagu' ? 'total' : 'total_pagu_maju',
            a: recordSide(row, field, printed),
            b: bareSide(view.id, computed.value, `sum of ${computed.rows} ${computed.level ?? ''} rows`),
            message:
              `${TABLE_LABEL[view.id]} printed ${field === 'pagu' ? 'total' : 'prakiraan maju total'} ` +
              `${formatRupiah(printed)} is not the sum of its ${computed.rows} ${computed.level} rows ` +
              `(${formatRupiah(computed.value)}), difference ${formatRupiah(computed.value.minus(printed))}`,
          }),
        );
      }
    }
  }
  return out;
}
