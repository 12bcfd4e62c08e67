/**
 * unit-conflict: a money column whose header unit contradicts its cells (found by the extractor, see
 * src/renja/unit-check.ts): `(Rp.000)` over full Rupiah, thousands under a Rupiah header, or a column mixing both
 * cell by cell. Names the table, column, pages, a sample cell and how the extractor read the column.
 */
import type { TableId, UnitConflict } from '../../renja/schema.js';
import type { Discrepancy } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy } from '../discrepancy.js';
import { truncate } from '../util.js';
import { msg, type MessageParams } from '../../i18n/messages.js';

function tableOf(kind: string, column: string): TableId | null {
  if (kind === 'TC31') return column.startsWith('hasil.') ? 'TC31.hasil' : 'TC31.awal';
  if (kind === 'OTHER') return null;
  return kind as TableId;
}

function params(table: TableId, c: UnitConflict): MessageParams['unit-conflict'] {
  const s = c.samples[0];
  return {
    table,
    column: c.column,
    pages: c.pages,
    kind: c.kind,
    headerUnit: c.headerUnit,
    readUnit: c.readUnit,
    median: c.median !== null ? String(c.median) : null,
    rows: c.rows,
    sample: s
      ? {
          raw: truncate(s.raw, 30),
          page: s.page,
          row: truncate(s.code ?? s.name, 50),
          otherColumn: s.otherRaw !== undefined ? (s.otherColumn ?? null) : null,
          otherRaw: s.otherRaw !== undefined ? truncate(s.otherRaw, 30) : null,
        }
      : null,
  };
}

export function unitConflict(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const l of ctx.extraction.layouts) {
    for (const c of l.unitConflicts ?? []) {
      const table = tableOf(l.kind, c.column);
      if (!table) continue;
      const s = c.samples[0];
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'unit-conflict',
          severity: 'warning',
          code: s?.code ?? null,
          field: c.column,
          a: {
            table,
            page: s?.page ?? c.pages[0] ?? l.pages[0] ?? null,
            bbox: s?.bbox ?? null,
            value: s?.raw ?? null,
            code: s?.code ?? null,
            name: l.caption,
          },
          b: null,
          msg: msg('unit-conflict', params(table, c)),
        }),
      );
    }
  }
  return out;
}
