/** total-mismatch: the grand totals of two tables differ (T-C.33 JUMLAH vs Tabel 4.1 TOTAL, ...). */
import type { Discrepancy } from '../types.js';
import { MONEY_FIELDS, type ReconcileContext, type TableView } from '../context.js';
import { bareSide, makeDiscrepancy, recordSide } from '../discrepancy.js';
import { TABLE_LABEL, TOTAL_PAIRS } from '../pairs.js';
import { describeTotal, tableTotal, type TableTotal } from '../totals.js';
import { formatRupiah } from '../util.js';
import { sourcePartEqual } from '../compare.js';

/** A printed total points at its row; a computed one at the first page of the table it sums (where to start reading). */
function totalSide(view: TableView, field: string, t: TableTotal) {
  if (t.record) return recordSide(t.record, field, t.value);
  const first = view.records.length ? Math.min(...view.records.map((r) => r.page)) : null;
  return { ...bareSide(view.id, t.value, `sum of ${t.level ?? ''} rows`), page: first };
}

export function totalMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [idA, idB, unless] of TOTAL_PAIRS) {
    const ta = ctx.tables.get(idA);
    const tb = ctx.tables.get(idB);
    if (!ta || !tb || (unless && ctx.tables.has(unless))) continue;
    for (const field of MONEY_FIELDS) {
      if (!ta.fields.has(field) || !tb.fields.has(field)) continue;
      const a = tableTotal(ta, field);
      const b = tableTotal(tb, field);
      if (!a || !b || a.value.equals(b.value)) continue;
      const what = field === 'pagu' ? 'total pagu' : 'total prakiraan maju';
      // a total split by fund source whose one source equals the other table's total agrees on that source
      const part =
        field === 'pagu'
          ? (a.record && sourcePartEqual(a.record, b.value)) || (b.record && sourcePartEqual(b.record, a.value)) || null
          : null;
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'total-mismatch',
          severity: part ? 'info' : 'error',
          code: null,
          field: field === 'pagu' ? 'total' : 'total_pagu_maju',
          a: totalSide(ta, field, a),
          b: totalSide(tb, field, b),
          message:
            `${what} differs: ${TABLE_LABEL[idA]} ${formatRupiah(a.value)} (${describeTotal(a)}) vs ` +
            `${TABLE_LABEL[idB]} ${formatRupiah(b.value)} (${describeTotal(b)}), difference ${formatRupiah(b.value.minus(a.value))}` +
            (part ? `; equal to the ${part} part of the total split by fund source` : ''),
        }),
      );
    }
  }
  return out;
}
