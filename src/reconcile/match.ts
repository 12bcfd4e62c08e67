/** Pairs the rows of two tables by key (code, or parent + name for rows without a code). */
import type { Level } from '../renja/schema.js';
import { moneyUnitOf, type RowNode, type TableView } from './context.js';
import { pairSlack } from './rounding.js';
import { moneyOf } from './discrepancy.js';
import { bareName, expandAcronyms, moneyValue, nameSimilarity, rowNumber, spacelessKey } from './util.js';

export interface MatchResult {
  pairs: [RowNode, RowNode][];
  onlyA: RowNode[];
  onlyB: RowNode[];
  /** Hierarchy levels both tables list: only these are compared. */
  levels: Set<Level>;
  partnerOfA: Map<RowNode, RowNode>;
  partnerOfB: Map<RowNode, RowNode>;
}

export function commonLevels(a: TableView, b: TableView): Set<Level> {
  return new Set([...a.levels].filter((l) => b.levels.has(l)));
}

/**
 * A matching under construction: pairs found so far, the rows of each table still unpaired, and each row's partner.
 * The pairing steps take it in turn; each pairs rows only among those still unpaired.
 */
class Matching {
  readonly pairs: [RowNode, RowNode][] = [];
  onlyA: RowNode[] = [];
  onlyB: RowNode[] = [];
  readonly partnerOfA = new Map<RowNode, RowNode>();
  readonly partnerOfB = new Map<RowNode, RowNode>();

  link(a: RowNode, b: RowNode): void {
    this.pairs.push([a, b]);
    this.partnerOfA.set(a, b);
    this.partnerOfB.set(b, a);
  }

  /** Takes the rows paired since the last call off the unpaired lists. */
  settle(): void {
    this.onlyA = this.onlyA.filter((n) => !this.partnerOfA.has(n));
    this.onlyB = this.onlyB.filter((n) => !this.partnerOfB.has(n));
  }
}

/** A comparator by printed order in a table (the index is built once, not per comparison). */
function printedOrder(t: TableView): (x: RowNode, y: RowNode) => number {
  const idx = new Map(t.nodes.map((n, i) => [n, i] as const));
  return (x, y) => (idx.get(x) ?? 0) - (idx.get(y) ?? 0);
}

/**
 * A key printed once on each side pairs directly. A key printed several times (a duplicated
 * code) pairs rows with the same name first, then the rest in printed order; leftovers are
 * rows the other table lacks.
 */
function pairByKey(m: Matching, a: TableView, b: TableView, inScope: (n: RowNode) => boolean): void {
  for (const [key, listA0] of a.byKey) {
    const listA = listA0.filter(inScope);
    const listB = (b.byKey.get(key) ?? []).filter(inScope);
    const usedB = new Set<RowNode>();
    const leftA: RowNode[] = [];
    for (const na of listA) {
      const nb =
        listA.length === 1 && listB.length === 1
          ? listB[0]
          : listB.find((x) => !usedB.has(x) && spacelessKey(x.record.name) === spacelessKey(na.record.name));
      if (nb) {
        usedB.add(nb);
        m.link(na, nb);
      } else leftA.push(na);
    }
    const leftB = listB.filter((x) => !usedB.has(x));
    leftA.forEach((na, i) => {
      if (leftB[i]) m.link(na, leftB[i]);
      else m.onlyA.push(na);
    });
    m.onlyB.push(...leftB.slice(leftA.length));
  }
  for (const [key, listB] of b.byKey) {
    if (!a.byKey.has(key)) m.onlyB.push(...listB.filter(inScope));
  }
}

export function matchTables(a: TableView, b: TableView): MatchResult {
  const levels = commonLevels(a, b);
  const m = new Matching();
  pairByKey(m, a, b, (n) => levels.has(n.level));
  pairByName(m, a);
  m.settle();
  pairByParentAndAmount(m, a, b);
  m.settle();
  pairBySimilarName(m, a, b);
  m.settle();
  const orderA = printedOrder(a);
  m.pairs.sort((x, y) => orderA(x[0], y[0]));
  m.onlyA.sort(orderA);
  m.onlyB.sort(printedOrder(b));
  return {
    pairs: m.pairs,
    onlyA: m.onlyA,
    onlyB: m.onlyB,
    levels,
    partnerOfA: m.partnerOfA,
    partnerOfB: m.partnerOfB,
  };
}

function nameKey(n: RowNode): string {
  return `${n.level}|${bareName(n.record.name)}`;
}

/**
 * Rows left unpaired whose keys differ only because the tables list different levels above them
 * (T-C.33 prints an urusan row T-C.31 lacks; a review table lists kegiatan without their program),
 * so a path key built from parent names cannot agree. Same level and same name pairs them, unless
 * both carry a code (then the codes differ and so do the rows). Several candidates: the one under
 * the partner of the row's parent, else none. Rows are taken in printed order, parents first.
 */
function pairByName(m: Matching, a: TableView): void {
  const byName = new Map<string, RowNode[]>();
  for (const nb of m.onlyB) byName.set(nameKey(nb), [...(byName.get(nameKey(nb)) ?? []), nb]);
  for (const na of [...m.onlyA].sort(printedOrder(a))) {
    if (!na.record.name.trim()) continue;
    const candidates = (byName.get(nameKey(na)) ?? []).filter(
      (nb) => !m.partnerOfB.has(nb) && !(na.record.code && nb.record.code),
    );
    const parentPartner = na.parent ? m.partnerOfA.get(na.parent) : undefined;
    const nb =
      candidates.length === 1
        ? candidates[0]
        : candidates.find((x) => parentPartner !== undefined && x.parent === parentPartner);
    if (nb) m.link(na, nb);
  }
}

/**
 * Names this alike (bigram Dice on the bare name) are one row printed with a typo, a word added or
 * dropped (`Monitorng`, `... Limbah` / `... Limbah B3`, `Belanja Jasa ...` / `Kegiatan Jasa ...`) when the
 * amounts agree too; distinct kegiatan of one table that share most words score lower (DLH 2017:
 * `Jasa Konsultan Pengawasan ...` / `Jasa Konsultan Perencanaan ...` 0.86).
 */
export const SIMILAR_NAME_SAME_PAGU = 0.75;
/** Without agreeing amounts the names alone must be nearly identical. */
export const SIMILAR_NAME = 0.9;

/** Same non-zero pagu, up to the rounding of amounts printed in thousands. */
function samePagu(a: TableView, x: RowNode, b: TableView, y: RowNode): boolean {
  const va = moneyValue(moneyOf(x.record, 'pagu'));
  const vb = moneyValue(moneyOf(y.record, 'pagu'));
  if (va === null || vb === null || va.isZero()) return false;
  return va
    .minus(vb)
    .abs()
    .lte(pairSlack(moneyUnitOf(a, x.record), moneyUnitOf(b, y.record)));
}

/**
 * Rows still unpaired at the same place in both hierarchies (same level, parents paired, the same printed number)
 * with the same amount are one row printed under two names (a name copied from the row above, a reworded name):
 * paired when each is the other's only such candidate, so the name difference is reported instead of two missing
 * rows. Without the number, two different kegiatan of equal budget (one dropped, one added) would pair.
 */
function pairByParentAndAmount(m: Matching, a: TableView, b: TableView): void {
  const candidates = (
    x: RowNode,
    pool: RowNode[],
    partnerOf: Map<RowNode, RowNode>,
    same: (p: RowNode, q: RowNode) => boolean,
  ) =>
    pool.filter(
      (y) =>
        y.level === x.level &&
        !(x.record.code && y.record.code) &&
        x.parent !== null &&
        y.parent !== null &&
        partnerOf.get(x.parent) === y.parent &&
        rowNumber(x.record) !== null &&
        rowNumber(x.record) === rowNumber(y.record) &&
        same(x, y),
    );
  const sameAB = (x: RowNode, y: RowNode) => samePagu(a, x, b, y);
  const sameBA = (y: RowNode, x: RowNode) => samePagu(a, x, b, y);
  for (const x of m.onlyA) {
    const ys = candidates(x, m.onlyB, m.partnerOfA, sameAB).filter((y) => !m.partnerOfB.has(y));
    if (ys.length !== 1) continue;
    const xs = candidates(ys[0], m.onlyA, m.partnerOfB, sameBA).filter((z) => !m.partnerOfA.has(z));
    if (xs.length === 1 && xs[0] === x) m.link(x, ys[0]);
  }
}

/** Index of the single best positive score, or -1 when none or tied. */
function bestOf(values: number[]): number {
  let best = -1;
  let tie = false;
  values.forEach((v, i) => {
    if (v <= 0) return;
    if (best < 0 || v > values[best]) {
      best = i;
      tie = false;
    } else if (v === values[best]) tie = true;
  });
  return tie ? -1 : best;
}

/**
 * Last pairing step for rows still unpaired: same level, not both coded, names alike. Each side must be
 * the other's single best candidate (no tie), so a near-duplicate name in either table pairs nothing;
 * the name difference is then reported by value-mismatch instead of two missing rows.
 */
function pairBySimilarName(m: Matching, a: TableView, b: TableView): void {
  const named = (n: RowNode) => bareName(n.record.name).length > 0;
  const as = m.onlyA.filter(named);
  const bs = m.onlyB.filter(named);
  if (as.length === 0 || bs.length === 0) return;
  const score = (x: RowNode, y: RowNode): number => {
    if (x.level !== y.level || (x.record.code && y.record.code)) return 0;
    const s = Math.max(
      nameSimilarity(bareName(x.record.name), bareName(y.record.name)),
      nameSimilarity(bareName(expandAcronyms(x.record.name, y.record.name)), bareName(y.record.name)),
      nameSimilarity(bareName(x.record.name), bareName(expandAcronyms(y.record.name, x.record.name))),
    );
    return s >= (samePagu(a, x, b, y) ? SIMILAR_NAME_SAME_PAGU : SIMILAR_NAME) ? s : 0;
  };
  const scores = as.map((x) => bs.map((y) => score(x, y)));
  as.forEach((x, i) => {
    const j = bestOf(scores[i]);
    if (j >= 0 && bestOf(scores.map((row) => row[j])) === i) m.link(x, bs[j]);
  });
}

/** Memoized per context so rules and the explanation step share one matching. */
export function matchCached(cache: Map<string, MatchResult>, a: TableView, b: TableView): MatchResult {
  const k = `${a.id}|${b.id}`;
  let m = cache.get(k);
  if (!m) {
    m = matchTables(a, b);
    cache.set(k, m);
  }
  return m;
}

const CACHE = new WeakMap<object, Map<string, MatchResult>>();

/** The matching of two tables of one context, computed once and shared by rules and explanations. */
export function matchOf(ctx: object, a: TableView, b: TableView): MatchResult {
  let c = CACHE.get(ctx);
  if (!c) {
    c = new Map();
    CACHE.set(ctx, c);
  }
  return matchCached(c, a, b);
}
