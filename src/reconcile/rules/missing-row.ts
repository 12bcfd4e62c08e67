/**
 * missing-row: a row one table lists and the other lacks, compared only at the levels both
 * tables list (aktivitas exist only in T-C.33). A missing row whose parent is missing too is
 * folded into the parent's finding, so one absent kegiatan is one finding, not one per sub kegiatan.
 */
import type { Discrepancy } from '../types.js';
import type { ReconcileContext, RowNode, TableView } from '../context.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import type { Decimal } from 'decimal.js';
import { matchOf, type MatchResult } from '../match.js';
import { ROW_PAIRS, TABLE_LABEL } from '../pairs.js';
import {
  bareName,
  compareText,
  describeRecord,
  formatRupiah,
  moneyValue,
  targetsEqual,
  truncate,
  ZERO,
} from '../util.js';

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
    const money = pagu !== null && !pagu.isZero() ? ` (pagu ${formatRupiah(pagu)})` : '';
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'missing-row',
        severity: money_ ? 'error' : 'warning',
        code: r.code,
        field: 'row',
        a: fromIsA ? present : absent,
        b: fromIsA ? absent : present,
        message:
          `${r.level.replace('_', ' ')} ${truncate(describeRecord(r), 90)}${money} is in ${TABLE_LABEL[from.id]} ` +
          `but missing from ${TABLE_LABEL[other.id]}${under ? ` (with ${under} row${under > 1 ? 's' : ''} under it)` : ''}`,
      }),
    );
  }
  return out;
}

/** The rows under a paired parent that the two tables list in different detail. */
interface Regrouped {
  parentA: RowNode;
  parentB: RowNode;
  childrenA: RowNode[];
  childrenB: RowNode[];
}

/**
 * Paired parents whose rows beneath (at a level both tables list) have no pair at all, on either side: one table
 * lists them in other detail (a review table giving one grouped `01 s/d 07` kegiatan per program, or the program
 * alone, where the plan table gives each kegiatan). Every child would be a missing-row; the difference is one of
 * listing, and the amounts are compared at the parent's level (value-mismatch, rollup-mismatch).
 */
function regroupedParents(m: MatchResult): Regrouped[] {
  const out: Regrouped[] = [];
  for (const [pa, pb] of m.pairs) {
    const childrenA = pa.children.filter((c) => m.levels.has(c.level));
    const childrenB = pb.children.filter((c) => m.levels.has(c.level));
    if (childrenA.some((c) => m.partnerOfA.has(c)) || childrenB.some((c) => m.partnerOfB.has(c))) continue;
    const [fewer, more, fewerParent] =
      childrenA.length <= childrenB.length ? [childrenA, childrenB, pa] : [childrenB, childrenA, pb];
    // the parent alone with its amount, or one grouped row, against the rows in detail; as many rows on both
    // sides with none alike is a replacement, reported row by row
    const parentOnly = fewer.length === 0 && more.length > 0 && hasAmount(fewerParent);
    const grouped = fewer.length === 1 && (more.length >= MIN_DETAILED_ROWS || namesAndSums(fewer[0], more));
    if (!parentOnly && !grouped) continue;
    out.push({ parentA: pa, parentB: pb, childrenA, childrenB });
  }
  return out;
}

/** Rows in detail against one grouped row (`01 s/d 07`): fewer than this could be a row replaced, unless the
 * grouped row names them all and carries their sum. */
const MIN_DETAILED_ROWS = 3;

function hasAmount(n: RowNode): boolean {
  const v = moneyValue(moneyOf(n.record, 'pagu'));
  return v !== null && !v.isZero();
}

/** One row that names each of a few rows (`• Rapat Koordinasi … • Forum OPD`) and carries their sum. */
function namesAndSums(group: RowNode, rows: RowNode[]): boolean {
  const name = bareName(group.record.name);
  return (
    rows.length > 1 &&
    sumPagu([group]).equals(sumPagu(rows)) &&
    rows.every((r) => bareName(r.record.name) !== '' && name.includes(bareName(r.record.name)))
  );
}

function sumPagu(nodes: RowNode[]): Decimal {
  return nodes.reduce((acc, n) => acc.plus(moneyValue(moneyOf(n.record, 'pagu')) ?? ZERO), ZERO);
}

/** `3 kegiatan rows (Rp 1.000.000)` or `no kegiatan rows` for a side of a regrouped parent. */
function listing(children: RowNode[]): string {
  if (children.length === 0) return 'no rows';
  const n = children.length;
  return `${n} ${children[0].level.replace('_', ' ')} row${n > 1 ? 's' : ''} (${formatRupiah(sumPagu(children))})`;
}

function regroupedFinding(ctx: ReconcileContext, ta: TableView, tb: TableView, g: Regrouped): Discrepancy {
  const r = g.parentA.record;
  const sideOf = (children: RowNode[], parent: RowNode) =>
    recordSide((children[0] ?? parent).record, 'pagu', children.length ? sumPagu(children) : null);
  // amounts that differ are reported at the parent's level by value-mismatch; this says why no row pairs
  return makeDiscrepancy({
    doc: ctx.doc,
    rule: 'missing-row',
    severity: 'info',
    code: r.code,
    field: 'rows',
    a: sideOf(g.childrenA, g.parentA),
    b: sideOf(g.childrenB, g.parentB),
    message:
      `the rows under ${r.level.replace('_', ' ')} ${truncate(describeRecord(r), 80)} are listed in other detail: ` +
      `${TABLE_LABEL[ta.id]} ${listing(g.childrenA)}, ${TABLE_LABEL[tb.id]} ${listing(g.childrenB)}, none alike; ` +
      `compared at ${r.level.replace('_', ' ')} level only`,
  });
}

export function missingRow(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [idA, idB] of ROW_PAIRS) {
    const ta = ctx.tables.get(idA);
    const tb = ctx.tables.get(idB);
    if (!ta || !tb) continue;
    const m = matchOf(ctx, ta, tb);
    const regrouped = regroupedParents(m);
    const folded = new Set(regrouped.flatMap((g) => [...g.childrenA, ...g.childrenB]));
    const under = (n: RowNode): boolean => {
      for (let p: RowNode | null = n; p; p = p.parent) if (folded.has(p)) return true;
      return false;
    };
    const onlyA = m.onlyA.filter((n) => !under(n) && !repeatsPairedRow(n, ta, m.partnerOfA));
    const onlyB = m.onlyB.filter((n) => !under(n) && !repeatsPairedRow(n, tb, m.partnerOfB));
    out.push(...findings(ctx, ta, tb, onlyA, true), ...findings(ctx, tb, ta, onlyB, false));
    out.push(...regrouped.map((g) => regroupedFinding(ctx, ta, tb, g)));
  }
  return out;
}
