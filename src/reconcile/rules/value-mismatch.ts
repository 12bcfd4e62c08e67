/** value-mismatch: the same row printed in two tables with different pagu, target, indikator or text. */
import type { Discrepancy, Severity } from '../types.js';
import type { FieldName, ReconcileContext } from '../context.js';
import { compareNodes, type DiffKind } from '../compare.js';
import { makeDiscrepancy, recordSide } from '../discrepancy.js';
import { matchOf } from '../match.js';
import { ROW_PAIRS } from '../pairs.js';
import { msg } from '../../i18n/messages.js';
import { describeRecord, truncate } from '../util.js';

const COMPARED: readonly FieldName[] = ['pagu', 'pagu_maju', 'target', 'indikator', 'name', 'lokasi', 'sumber_dana'];

const SEVERITY: Record<DiffKind, Severity> = {
  money: 'error',
  'money-rounding': 'info',
  'money-source-part': 'info',
  target: 'error',
  // Same quantity, unit worded differently ("Lembaga Kemasyarakatan" / "Lembaga Masyarakat").
  'target-unit': 'warning',
  text: 'warning',
  'text-case': 'info',
  'indicator-missing': 'warning',
};

export function valueMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [idA, idB] of ROW_PAIRS) {
    const ta = ctx.tables.get(idA);
    const tb = ctx.tables.get(idB);
    if (!ta || !tb) continue;
    // Only fields both forms print: a column one form lacks is not a disagreement.
    const fields = new Set(COMPARED.filter((f) => ta.fields.has(f) && tb.fields.has(f)));
    const labels = [idA, idB] as const;
    for (const [na, nb] of matchOf(ctx, ta, tb).pairs) {
      for (const d of compareNodes(na, nb, fields, labels, { a: ta, b: tb })) {
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'value-mismatch',
            severity: SEVERITY[d.kind],
            code: na.record.code,
            field: d.field,
            a: recordSide(d.recordA, d.field, d.valueA),
            b: recordSide(d.recordB, d.field, d.valueB),
            msg: msg('value-mismatch', {
              field: d.field,
              row: truncate(describeRecord(na.record), 90),
              tableA: idA,
              tableB: idB,
              detail: d.detail,
            }),
          }),
        );
      }
    }
  }
  return out;
}
