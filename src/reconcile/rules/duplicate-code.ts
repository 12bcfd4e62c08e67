/** duplicate-code: one code printed on two rows of the same level in one table (indicator rows excluded). */
import type { Discrepancy } from '../types.js';
import type { ReconcileContext, RowNode } from '../context.js';
import { makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { compareTargets, compareText, formatRupiah, moneyValue, truncate, ZERO } from '../util.js';

function differences(x: RowNode, y: RowNode): string[] {
  const d: string[] = [];
  const a = x.record;
  const b = y.record;
  if (compareText(a.name, b.name) !== 'same') d.push(`name "${truncate(a.name, 60)}" / "${truncate(b.name, 60)}"`);
  for (const f of ['pagu', 'pagu_maju'] as const) {
    const va = moneyValue(moneyOf(a, f));
    const vb = moneyValue(moneyOf(b, f));
    if (!(va ?? ZERO).equals(vb ?? ZERO)) d.push(`${f} ${va ? formatRupiah(va) : 'blank'} / ${vb ? formatRupiah(vb) : 'blank'}`);
  }
  if (a.target && b.target && compareTargets(a.target, b.target) !== 'same') d.push(`target ${a.target.raw} / ${b.target.raw}`);
  if (compareText(a.indikator, b.indikator) !== 'same') d.push('indikator');
  return d;
}

export function duplicateCode(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const view of ctx.tables.values()) {
    const groups = new Map<string, RowNode[]>();
    for (const n of view.nodes) {
      if (!n.record.code) continue;
      const k = `${n.level}|${n.record.code}`;
      const g = groups.get(k);
      if (g) g.push(n);
      else groups.set(k, [n]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      const first = g[0];
      for (const other of g.slice(1)) {
        const diff = differences(first, other);
        const pages = `pages ${first.record.page} and ${other.record.page}`;
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'duplicate-code',
            severity: 'warning',
            code: first.record.code,
            field: 'code',
            a: recordSide(first.record, 'code', first.record.codePrinted || first.record.code),
            b: recordSide(other.record, 'code', other.record.codePrinted || other.record.code),
            message:
              `${TABLE_LABEL[view.id]} prints ${first.level.replace('_', ' ')} code ${first.record.code} twice (${pages}): ` +
              (diff.length ? `differs in ${diff.join('; ')}` : 'identical rows (repeated, e.g. at a page break?)'),
          }),
        );
      }
    }
  }
  return out;
}
