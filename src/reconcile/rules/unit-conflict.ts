/**
 * unit-conflict: a money column whose header unit contradicts its cells (found by the extractor, see
 * src/renja/unit-check.ts): `(Rp.000)` over full Rupiah, thousands under a Rupiah header, or a column mixing both
 * cell by cell. Names the table, column, pages, a sample cell and how the extractor read the column.
 */
import type { TableId, UnitConflict } from '../../renja/schema.js';
import type { Discrepancy } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { documentParts, formatPageRef, pagesInText } from '../../renja/parts.js';
import type { DocumentPart } from '../../renja/schema.js';
import { truncate } from '../util.js';
import { formatRupiah } from '../../renja/money.js';
import { Decimal } from 'decimal.js';

const unitWords = (u: number): string =>
  u === 1 ? 'Rupiah' : u === 1000 ? 'thousands (Rp.000)' : u === 1e6 ? 'millions' : `units of ${u}`;

function tableOf(kind: string, column: string): TableId | null {
  if (kind === 'TC31') return column.startsWith('hasil.') ? 'TC31.hasil' : 'TC31.awal';
  if (kind === 'OTHER') return null;
  return kind as TableId;
}

function describe(c: UnitConflict, parts: DocumentPart[]): string {
  const s = c.samples[0];
  const sample = s
    ? ` e.g. "${truncate(s.raw, 30)}" (${parts.length > 1 ? formatPageRef(parts, s.page) : `p${s.page}`}, ${truncate(s.code ?? s.name, 50)}${s.otherRaw !== undefined ? ` beside ${s.otherColumn} "${truncate(s.otherRaw, 30)}"` : ''})`
    : '';
  const med = c.median !== null ? formatRupiah(new Decimal(c.median)) : '';
  switch (c.kind) {
    case 'header-thousands-cells-rupiah':
      return `header says ${unitWords(c.headerUnit)} but the cells are full Rupiah: scaled by the header, the median row would be ${med}${sample}; read in ${unitWords(c.readUnit)}`;
    case 'cells-too-small':
      return `header says ${unitWords(c.headerUnit)} but the cells are too small for it: the median row would be ${med}${sample}`;
    case 'mixed':
      return `${c.rows} cells are 1000× off the other money column of their row while other rows agree with it: the column mixes thousands and full Rupiah${sample}; read in ${unitWords(c.readUnit)}`;
  }
}

export function unitConflict(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const parts = documentParts(ctx.extraction);
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
          message: `${TABLE_LABEL[table]} column ${c.column} (${pagesInText(parts, c.pages)}): ${describe(c, parts)}`,
        }),
      );
    }
  }
  return out;
}
