/** Pairs the rows of two tables by key (code, or parent + name for rows without a code). */
import type { Level } from '../renja/schema.js';
import type { RowNode, TableView } from './context.js';
import { normalizeText } from './util.js';

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
 * A key printed once on each side pairs directly. A key printed several times (a duplicated
 * code) pairs rows with the same name first, then the rest in printed order; leftovers are
 * rows the other table lacks.
 */
export function matchTables(a: TableView, b: TableView): MatchResult {
  const levels = commonLevels(a, b);
  const pairs: [RowNode, RowNode][] = [];
  const onlyA: RowNode[] = [];
  const onlyB: RowNode[] = [];
  const partnerOfA = new Map<RowNode, RowNode>();
  const partnerOfB = new Map<RowNode, RowNode>();
  const inScope = (n: RowNode) => levels.has(n.level);

  for (const [key, listA0] of a.byKey) {
    const listA = listA0.filter(inScope);
    const listB = (b.byKey.get(key) ?? []).filter(inScope);
    const usedB = new Set<RowNode>();
    const leftA: RowNode[] = [];
    for (const na of listA) {
      const nb =
        listA.length === 1 && listB.length === 1
          ? listB[0]
          : listB.find((x) => !usedB.has(x) && normalizeText(x.record.name) === normalizeText(na.record.name));
      if (nb) {
        usedB.add(nb);
        pairs.push([na, nb]);
      } else leftA.push(na);
    }
    const leftB = listB.filter((x) => !usedB.has(x));
    leftA.forEach((na, i) => {
      const nb = leftB[i];
      if (nb) {
        usedB.add(nb);
        pairs.push([na, nb]);
      } else onlyA.push(na);
    });
    leftB.slice(leftA.length).forEach((nb) => onlyB.push(nb));
  }
  for (const [key, listB] of b.byKey) {
    if (a.byKey.has(key)) continue;
    onlyB.push(...listB.filter(inScope));
  }
  for (const [na, nb] of pairs) {
    partnerOfA.set(na, nb);
    partnerOfB.set(nb, na);
  }
  pairByName(a, onlyA, onlyB, pairs, partnerOfA, partnerOfB);
  const order = (t: TableView) => {
    const idx = new Map(t.nodes.map((n, i) => [n, i] as const));
    return (x: RowNode, y: RowNode) => (idx.get(x) ?? 0) - (idx.get(y) ?? 0);
  };
  pairs.sort((x, y) => order(a)(x[0], y[0]));
  onlyA.sort(order(a));
  onlyB.sort(order(b));
  return { pairs, onlyA, onlyB, levels, partnerOfA, partnerOfB };
}

/** Level words and numbering some tables print before a name (`Kegiatan Penyediaan ...`, `01 Penyediaan ...`). */
const NAME_PREFIX = /^(?:(?:program|kegiatan|sub\s*kegiatan)\s*:?\s+|\d{1,3}[.)]?\s+)/i;

function nameKey(n: RowNode): string {
  let name = n.record.name.trim();
  for (let i = 0; i < 2; i++) name = name.replace(NAME_PREFIX, '');
  return `${n.level}|${normalizeText(name)}`;
}

/**
 * Rows left unpaired whose keys differ only because the tables list different levels above them
 * (T-C.33 prints an urusan row T-C.31 lacks; a review table lists kegiatan without their program),
 * so a path key built from parent names cannot agree. Same level and same name pairs them, unless
 * both carry a code (then the codes differ and so do the rows). Several candidates: the one under
 * the partner of the row's parent, else none. Rows are taken in printed order, parents first.
 */
function pairByName(
  a: TableView,
  onlyA: RowNode[],
  onlyB: RowNode[],
  pairs: [RowNode, RowNode][],
  partnerOfA: Map<RowNode, RowNode>,
  partnerOfB: Map<RowNode, RowNode>,
): void {
  const byName = new Map<string, RowNode[]>();
  for (const nb of onlyB) {
    const k = nameKey(nb);
    const list = byName.get(k);
    if (list) list.push(nb);
    else byName.set(k, [nb]);
  }
  const idx = new Map(a.nodes.map((n, i) => [n, i] as const));
  const paired = new Set<RowNode>();
  for (const na of [...onlyA].sort((x, y) => (idx.get(x) ?? 0) - (idx.get(y) ?? 0))) {
    if (!na.record.name.trim()) continue;
    const candidates = (byName.get(nameKey(na)) ?? []).filter((nb) => !partnerOfB.has(nb) && !(na.record.code && nb.record.code));
    const parentPartner = na.parent ? partnerOfA.get(na.parent) : undefined;
    const nb = candidates.length === 1 ? candidates[0] : candidates.find((x) => parentPartner !== undefined && x.parent === parentPartner);
    if (!nb) continue;
    pairs.push([na, nb]);
    partnerOfA.set(na, nb);
    partnerOfB.set(nb, na);
    paired.add(na).add(nb);
  }
  if (paired.size === 0) return;
  const keepA = onlyA.filter((n) => !paired.has(n));
  const keepB = onlyB.filter((n) => !paired.has(n));
  onlyA.splice(0, onlyA.length, ...keepA);
  onlyB.splice(0, onlyB.length, ...keepB);
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
