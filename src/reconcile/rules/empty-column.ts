/**
 * empty-column: a money column the form prints (the prakiraan maju above all) that no row fills while the pagu
 * beside it is filled: the document states no forward estimate at all.
 */
import type { Discrepancy } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy } from '../discrepancy.js';
import { msg } from '../../i18n/messages.js';

export function emptyColumn(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const l of ctx.extraction.layouts) {
    for (const key of l.scan?.emptyColumns ?? []) {
      const table = l.kind === 'TC31' ? (key.startsWith('hasil.') ? 'TC31.hasil' : 'TC31.awal') : l.kind;
      if (table === 'OTHER') continue;
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'empty-column',
          severity: 'warning',
          code: null,
          field: 'pagu_maju',
          a: { table, page: l.pages[0] ?? null, bbox: null, value: null, code: null, name: l.caption },
          b: null,
          msg: msg('empty-column', { column: key, tableKind: l.kind, pages: l.pages }),
        }),
      );
    }
  }
  return out;
}
