/**
 * awal-vs-hasil: T-C.31 compares the rancangan awal with the hasil analisis kebutuhan; every
 * change should carry a catatan penting. A change with a catatan is `info`, without one `warning`.
 */
import type { Discrepancy, Severity } from '../types.js';
import type { FieldName, ReconcileContext } from '../context.js';
import { compareNodes } from '../compare.js';
import { makeDiscrepancy, recordSide } from '../discrepancy.js';
import { matchOf } from '../match.js';
import { msg } from '../../i18n/messages.js';
import { describeRecord, truncate } from '../util.js';

const COMPARED: readonly FieldName[] = ['pagu', 'target', 'indikator', 'name'];

export function awalVsHasil(ctx: ReconcileContext): Discrepancy[] {
  const awal = ctx.tables.get('TC31.awal');
  const hasil = ctx.tables.get('TC31.hasil');
  if (!awal || !hasil) return [];
  const fields = new Set(COMPARED.filter((f) => awal.fields.has(f) && hasil.fields.has(f)));
  const labels = ['TC31.awal', 'TC31.hasil'] as const;
  const out: Discrepancy[] = [];
  for (const [na, nb] of matchOf(ctx, awal, hasil).pairs) {
    const catatan = nb.record.catatan.trim() || na.record.catatan.trim();
    for (const d of compareNodes(na, nb, fields, labels, { a: awal, b: hasil })) {
      const severity: Severity = catatan || d.kind === 'text-case' || d.kind === 'money-rounding' ? 'info' : 'warning';
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'awal-vs-hasil',
          severity,
          code: na.record.code,
          field: d.field,
          a: recordSide(d.recordA, d.field, d.valueA),
          b: recordSide(d.recordB, d.field, d.valueB),
          msg: msg('awal-vs-hasil', {
            field: d.field,
            row: truncate(describeRecord(na.record), 90),
            detail: d.detail,
            catatan: catatan ? truncate(catatan, 80) : null,
          }),
        }),
      );
    }
  }
  return out;
}
