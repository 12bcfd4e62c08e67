/**
 * missing-row: a row one table lists and the other lacks, compared only at the levels both
 * tables list (aktivitas exist only in T-C.33). A missing row whose parent is missing too is
 * folded into the parent's finding, so one absent kegiatan is one finding, not one per sub kegiatan.
 */
import type { Discrepancy } from '../types.js';
import type { ReconcileContext, RowNode, TableView } from '../context.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { matchOf } from '../match.js';
import { ROW_PAIRS } from '../pairs.js';
import { msg } from '../../i18n/messages.js';
import { compareText, describeRecord, moneyValue, targetsEqual, truncate, ZERO } from '../util.js';

function carriesMoney(n: RowNode, missing: Set<RowNode>): boolean {
  for (const f of ['pagu', 'pagu_maju'] as const) {
    const v = moneyValue(moneyOf(n.record, f));
    if (v !== null && !v.isZero()) return true;
  }
  return n.children.some((c) => missing.has(c) && carriesMoney(c, missing));
}

function descendants(n: RowNode, missing: Set<RowNode>): number {
  return n.children.reduce((acc, c) => acc + (missing.has(c) ? 1 + descendants(c, missing) : 0), 0);
}

/** Two printings of one row, cell for cell: name, indikator, target and both amounts. */
function sameRow(x: RowNode, y: RowNode): boolean {
  const a = x.record;
  const b = y.record;
  if (compareText(a.name, b.name) === 'different' || compareText(a.indikator, b.indikator) === 'different')
    return false;
  if (!targetsEqual(a.target, b.target)) return false;
  return (['pagu', 'pagu_maju'] as const).every((f) =>
    (moneyValue(moneyOf(a, f)) ?? ZERO).equals(moneyValue(moneyOf(b, f)) ?? ZERO),
  );
}

/**
 * A leftover row that repeats a row of its own table which did find its partner (the same row
 * printed twice, e.g. again after a page break): the other table lacks nothing. duplicate-code
 * reports the repetition and rollup-mismatch the double count.
 */
function repeatsPairedRow(n: RowNode, view: TableView, partner: Map<RowNode, RowNode>): boolean {
  return (view.byKey.get(n.key) ?? []).some((o) => o !== n && partner.has(o) && sameRow(o, n));
}

function findings(
  ctx: ReconcileContext,
  from: TableView,
  other: TableView,
  missing: RowNode[],
  fromIsA: boolean,
): Discrepancy[] {
  const set = new Set(missing);
  const out: Discrepancy[] = [];
  for (const n of missing) {
    if (n.parent && set.has(n.parent)) continue;
    const r = n.record;
    const pagu = moneyValue(moneyOf(r, 'pagu'));
    const maju = moneyValue(moneyOf(r, 'pagu_maju'));
    const money_ = carriesMoney(n, set);
    const present = recordSide(r, 'pagu', pagu ?? maju);
    const absent = bareSide(other.id, null, '', null);
    const under = descendants(n, set);
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'missing-row',
        severity: money_ ? 'error' : 'warning',
        code: r.code,
        field: 'row',
        a: fromIsA ? present : absent,
        b: fromIsA ? absent : present,
        msg: msg('missing-row', {
          level: r.level,
          row: truncate(describeRecord(r), 90),
          pagu: pagu !== null && !pagu.isZero() ? pagu.toFixed() : null,
          from: from.id,
          other: other.id,
          under,
        }),
      }),
    );
  }
  return out;
}

export function missingRow(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [idA, idB] of ROW_PAIRS) {
    const ta = ctx.tables.get(idA);
    const tb = ctx.tables.get(idB);
    if (!ta || !tb) continue;
    const m = matchOf(ctx, ta, tb);
    const onlyA = m.onlyA.filter((n) => !repeatsPairedRow(n, ta, m.partnerOfA));
    const onlyB = m.onlyB.filter((n) => !repeatsPairedRow(n, tb, m.partnerOfB));
    out.push(...findings(ctx, ta, tb, onlyA, true), ...findings(ctx, tb, ta, onlyB, false));
  }
  return out;
}
