/**
 * Root causes: findings grouped by what explains them. One wrong cell is reported once per table pair and again at
 * kegiatan, program and total level; an auditor wants it once, with its echoes folded under it. A cause is
 *
 * - a cell: the same code and field disagreeing in several table pairs (value-mismatch), with the roll-up check of
 *   that cell (rollup-mismatch) and the T-C.31 change that put it there (awal-vs-hasil) when they show the same values;
 * - a row: a code missing from a table, whichever other tables hold it; a code printed twice;
 * - a pattern: the same uplift from rancangan awal to hasil analisis on most rows (a policy, said once);
 * - a repeat: the same text written one way in one table and another way in the other on many rows
 *   (`Kab./Kota Seluruh Jawa Barat` vs `Jawa Barat`), said once;
 * - any other finding on its own.
 *
 * A parent or total gap fully accounted for by the rows below it is an echo: it folds under the largest of those
 * rows' causes. Grouping never adds, drops or changes a finding; it only says which one speaks for which.
 */
import { Decimal } from 'decimal.js';
import type { Extraction, TableId } from '../renja/schema.js';
import { buildContext } from './context.js';
import type { Discrepancy, ExplanationNode, Severity, Side } from './types.js';
import { compareDiscrepancies } from './index.js';

export type CauseKind = 'cell' | 'row' | 'total' | 'pattern' | 'repeat' | 'finding';

/** The same text difference on many rows. */
export interface CauseRepeat {
  from: string;
  to: string;
  rows: number;
}

/** An awal → hasil uplift shared by most changed rows (`hasil = awal + 10 %`). */
export interface CausePattern {
  /** The change in percent, as a plain decimal string (`10`, `-2.5`). */
  percent: string;
  /** Rows (findings) that follow it. */
  rows: number;
  /** Codes of changed rows that do not follow it. */
  exceptions: string[];
}

export interface Cause {
  /** 1-based, in report order: severity, then Rupiah at stake. */
  id: number;
  kind: CauseKind;
  severity: Severity;
  /** The finding that speaks for the cause. */
  root: Discrepancy;
  /** Every finding of the cause, root first, then in the reconciler's order. */
  findings: Discrepancy[];
  /** How many of them are roll-up or cross-pair echoes of the root's gap. */
  echoes: number;
  /** The largest amount at stake among the cause's own (non-echo) findings; for a pattern, the sum of its rows. */
  amountAtStake: Decimal | null;
  code: string | null;
  name: string;
  level: string;
  field: string;
  /** Every table the cause's findings name. */
  tables: TableId[];
  pattern: CausePattern | null;
  repeat: CauseRepeat | null;
}

/** A finding with what the grouping says of it. */
export interface AnalysedFinding {
  finding: Discrepancy;
  causeId: number;
  isRoot: boolean;
  /** A roll-up or cross-pair echo of another finding's gap. */
  echo: boolean;
  amountAtStake: Decimal | null;
  /** Level of the finding's row (`program`, `kegiatan`, `sub_kegiatan`, `total`, ...), '' when not known. */
  level: string;
}

export interface CauseAnalysis {
  causes: Cause[];
  /** Every finding once, in report order: cause by cause, root first. */
  findings: AnalysedFinding[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ZERO = new Decimal(0);

const dec = (v: unknown): Decimal | null => (v instanceof Decimal ? v : null);

/**
 * The Rupiah a finding puts at stake: |b − a| when both sides are amounts, else the amount of the side that has one
 * (a blank against Rp 200.000.000 stakes 200000000). Null for findings about text, targets or codes.
 */
export function amountAtStake(d: Discrepancy): Decimal | null {
  const a = dec(d.a.value);
  const b = dec(d.b?.value);
  if (a && b) return b.minus(a).abs();
  if (a) return a.abs();
  if (b) return b.abs();
  return null;
}

/** b − a with a blank side counted as 0; null when neither side is an amount. */
function signedGap(d: Discrepancy): Decimal | null {
  const a = dec(d.a.value);
  const b = dec(d.b?.value);
  if (!a && !b) return null;
  return (b ?? ZERO).minus(a ?? ZERO);
}

/** The row hierarchy the grouping needs: each row's level and parent code, per table. */
export interface Hierarchy {
  levelOf(table: TableId, code: string): string | null;
  parentOf(table: TableId, code: string): string | null;
}

export function hierarchyOf(extraction: Extraction): Hierarchy {
  const ctx = buildContext(extraction);
  const level = new Map<string, string>();
  const parent = new Map<string, string | null>();
  const anyLevel = new Map<string, string>();
  for (const [id, view] of ctx.tables) {
    for (const n of view.nodes) {
      const code = n.record.code;
      if (!code) continue;
      const k = `${id}|${code}`;
      if (!level.has(k)) level.set(k, n.level);
      if (!anyLevel.has(code)) anyLevel.set(code, n.level);
      if (!parent.has(k)) parent.set(k, n.parent?.record.code ?? null);
    }
  }
  return {
    levelOf: (t, c) => level.get(`${t}|${c}`) ?? anyLevel.get(c) ?? null,
    parentOf: (t, c) => parent.get(`${t}|${c}`) ?? null,
  };
}

/** Without records: levels unknown, parents from the code itself (`7.01.01.2.09.0009` → `7.01.01.2.09`). */
const CODE_HIERARCHY: Hierarchy = {
  levelOf: () => null,
  parentOf: (_t, c) => {
    const parts = c.split('.');
    if (parts.length <= 3) return null;
    return parts.slice(0, parts.length === 5 ? 3 : parts.length - 1).join('.');
  },
};

class UnionFind {
  private readonly up: number[];
  constructor(n: number) {
    this.up = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.up[i] !== i) {
      this.up[i] = this.up[this.up[i]];
      i = this.up[i];
    }
    return i;
  }
  union(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    if (a !== b) this.up[Math.max(a, b)] = Math.min(a, b);
  }
}

const pairKey = (x: TableId, y: TableId | undefined): string => [x, y ?? ''].sort().join('~');
const tablesOf = (d: Discrepancy): TableId[] => (d.b && d.b.table !== d.a.table ? [d.a.table, d.b.table] : [d.a.table]);
const rowKey = (d: Discrepancy): string => d.code ?? `name:${d.a.name || d.b?.name || ''}`;

function sameValue(x: Side['value'], y: Side['value']): boolean {
  if (x instanceof Decimal && y instanceof Decimal) return x.equals(y);
  return x === y;
}

function shareSide(x: Discrepancy, y: Discrepancy): boolean {
  const sides = (d: Discrepancy) => (d.b ? [d.a, d.b] : [d.a]);
  return sides(x).some((s) =>
    sides(y).some((t) => s.table === t.table && s.page === t.page && sameValue(s.value, t.value)),
  );
}

function leaves(n: ExplanationNode): ExplanationNode[] {
  return n.children.length ? n.children.flatMap(leaves) : [n];
}

/** Is `code` below `ancestor` in `table`'s hierarchy? */
function isBelow(h: Hierarchy, table: TableId, code: string, ancestor: string): boolean {
  let p = h.parentOf(table, code);
  for (let guard = 0; p && guard < 12; guard++) {
    if (p === ancestor) return true;
    p = h.parentOf(table, p);
  }
  return code.startsWith(`${ancestor}.`);
}

/** Minimum rows, and share of changed rows, that make a common awal → hasil change a pattern. */
const PATTERN_MIN_ROWS = 5;
const PATTERN_MIN_SHARE = 0.5;

/** The change from awal to hasil in percent, to one decimal (a 10 % uplift rounded to the Rupiah stays 10.0). */
function percentChange(d: Discrepancy): string | null {
  const a = dec(d.a.value);
  const b = dec(d.b?.value);
  if (!a || !b || a.isZero()) return null;
  return b.minus(a).div(a).times(100).toDecimalPlaces(1).toFixed();
}

/** Finds the uplift pattern among awal-vs-hasil money findings, or null. */
function findPattern(ds: Discrepancy[]): { percent: string; members: number[]; exceptions: number[] } | null {
  const money = ds
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.rule === 'awal-vs-hasil' && (d.field === 'pagu' || d.field === 'pagu_maju'))
    .filter(({ d }) => dec(d.a.value) || dec(d.b?.value));
  const byPct = new Map<string, number[]>();
  for (const { d, i } of money) {
    const p = percentChange(d);
    if (p === null || p === '0') continue;
    byPct.set(p, [...(byPct.get(p) ?? []), i]);
  }
  let best: [string, number[]] | null = null;
  for (const e of byPct) if (!best || e[1].length > best[1].length) best = e;
  if (!best || best[1].length < PATTERN_MIN_ROWS || best[1].length < PATTERN_MIN_SHARE * money.length) return null;
  const members = new Set(best[1]);
  return { percent: best[0], members: best[1], exceptions: money.map((m) => m.i).filter((i) => !members.has(i)) };
}

/** Groups findings into causes and orders both: causes by severity then Rupiah at stake, findings cause by cause. */
export function groupCauses(ds: Discrepancy[], extraction?: Extraction): CauseAnalysis {
  const h = extraction ? hierarchyOf(extraction) : CODE_HIERARCHY;
  const uf = new UnionFind(ds.length);
  const echo = new Array<boolean>(ds.length).fill(false);
  const stake = ds.map(amountAtStake);
  const keyed = new Map<string, number[]>();
  const add = (k: string, i: number) => keyed.set(k, [...(keyed.get(k) ?? []), i]);

  // 1. The pattern first: its rows are one cause and take no part in the rest.
  const pattern = findPattern(ds);
  const inPattern = new Set(pattern?.members ?? []);
  if (pattern) for (const i of pattern.members) uf.union(pattern.members[0], i);

  // 2. Same cell or row seen through several table pairs.
  ds.forEach((d, i) => {
    if (inPattern.has(i)) return;
    // parents with a tree join their cell only if they are not an echo (step 5)
    if (d.rule === 'value-mismatch' && !d.explanation) add(`cell|${rowKey(d)}|${d.field}`, i);
    else if (d.rule === 'missing-row') add(`row|${rowKey(d)}`, i);
    else if (d.rule === 'duplicate-code') add(`dup|${rowKey(d)}`, i);
  });
  // The same text difference (field, table pair, both values) on many rows: one repeat.
  const repeats = new Map<string, number[]>();
  ds.forEach((d, i) => {
    if (inPattern.has(i) || (d.rule !== 'value-mismatch' && d.rule !== 'awal-vs-hasil')) return;
    if (typeof d.a.value !== 'string' || typeof d.b?.value !== 'string') return;
    const k = [d.rule, d.field, d.a.table, d.b.table, d.a.value, d.b.value].join('\u0000');
    repeats.set(k, [...(repeats.get(k) ?? []), i]);
  });
  const repeatOf = new Map<number, CauseRepeat>();
  for (const list of repeats.values()) {
    if (list.length < PATTERN_MIN_ROWS) continue;
    const d = ds[list[0]];
    const info = { from: String(d.a.value), to: String(d.b?.value), rows: list.length };
    for (const i of list) {
      uf.union(list[0], i);
      repeatOf.set(i, info);
    }
  }

  for (const [k, list] of keyed) {
    if (!k.startsWith('cell|')) {
      for (const i of list) uf.union(list[0], i);
      continue;
    }
    // one cell seen through two pairs shares a side (same table, page and value); a code printed twice is two cells
    for (const i of list) for (const j of list) if (i < j && shareSide(ds[i], ds[j])) uf.union(i, j);
  }

  // 3. A roll-up check or an awal → hasil change of a cell that a value-mismatch already shows.
  ds.forEach((d, i) => {
    if (inPattern.has(i) || !d.code) return;
    const cell = keyed.get(`cell|${d.code}|${d.field}`);
    if (!cell) return;
    if (d.rule === 'rollup-mismatch') {
      const j = cell.find((k) => tablesOf(ds[k]).includes(d.a.table));
      if (j !== undefined) uf.union(j, i);
    } else if (d.rule === 'awal-vs-hasil') {
      // hasil differs from awal, and another table agrees with awal: the hasil cell is the odd one
      const awal = d.a.value;
      const hasil = d.b?.value;
      const same = (x: unknown, y: unknown) =>
        x instanceof Decimal && y instanceof Decimal ? x.equals(y) : x === y || (x == null && y == null);
      const j = cell.find((k) => {
        const v = ds[k];
        if (v.a.table === 'TC31.hasil') return same(v.a.value, hasil) && same(v.b?.value, awal);
        if (v.b?.table === 'TC31.hasil') return same(v.b.value, hasil) && same(v.a.value, awal);
        return false;
      });
      if (j !== undefined) uf.union(j, i);
    }
  });

  // 4. Total-level gaps: the same gap on a shared table (T-C.33 vs Tabel 4.1 and the prose vs T-C.33).
  const totals = ds
    .map((d, i) => ({ d, i }))
    .filter(({ d, i }) => !inPattern.has(i) && !d.code && stake[i] && !stake[i]!.isZero())
    .filter(({ d }) => ['total-mismatch', 'terbilang-mismatch', 'declared-total-mismatch'].includes(d.rule));
  for (const x of totals)
    for (const y of totals)
      if (
        x.i < y.i &&
        stake[x.i]!.equals(stake[y.i]!) &&
        tablesOf(x.d).some((t) => t !== 'PROSE' && tablesOf(y.d).includes(t))
      ) {
        uf.union(x.i, y.i);
        // the prose or a printed JUMLAH showing a gap two tables' totals already show: an echo of that gap
        if (x.d.rule === 'total-mismatch' && y.d.rule !== 'total-mismatch') echo[y.i] = true;
        else if (y.d.rule === 'total-mismatch' && x.d.rule !== 'total-mismatch') echo[x.i] = true;
      }

  // 5. Echoes: a parent or total gap that the rows below account for in full folds under the largest of them.
  const byRowAndPair = new Map<string, number[]>();
  ds.forEach((d, i) => {
    if (d.rule !== 'value-mismatch' && d.rule !== 'missing-row') return;
    const k = `${d.code ?? ''}|${d.rule === 'missing-row' ? 'row' : d.field}|${pairKey(d.a.table, d.b?.table)}`;
    byRowAndPair.set(k, [...(byRowAndPair.get(k) ?? []), i]);
  });
  ds.forEach((d, i) => {
    if (inPattern.has(i)) return;
    const gap = signedGap(d);
    if (!gap || gap.isZero()) return;
    const target =
      d.explanation && (d.rule === 'total-mismatch' || d.rule === 'value-mismatch')
        ? echoOfTree(d, gap, byRowAndPair, ds, h)
        : d.code && (d.rule === 'awal-vs-hasil' || d.rule === 'rollup-mismatch')
          ? echoOfFindings(d, i, gap, ds, h, inPattern)
          : null;
    if (target !== null && target !== i) {
      echo[i] = true;
      uf.union(target, i);
    }
  });

  const parents = new Map<string, number>();
  ds.forEach((d, i) => {
    if (d.rule !== 'value-mismatch' || !d.explanation || echo[i]) return;
    const k = `cell|${rowKey(d)}|${d.field}`;
    const j = parents.get(k) ?? keyed.get(k)?.[0];
    if (j === undefined) parents.set(k, i);
    else uf.union(j, i);
  });

  // 6. Groups → causes.
  const groups = new Map<number, number[]>();
  ds.forEach((_, i) => {
    const r = uf.find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const order = (x: number, y: number) =>
    Number(echo[x]) - Number(echo[y]) ||
    SEVERITY_RANK[ds[x].severity] - SEVERITY_RANK[ds[y].severity] ||
    cmpStake(stake[y], stake[x]) ||
    compareDiscrepancies(ds[x], ds[y]);
  const drafts = [...groups.values()].map((members) => {
    const sorted = [...members].sort(order);
    const rootIdx = sorted[0];
    const root = ds[rootIdx];
    const rest = sorted.slice(1).sort((x, y) => compareDiscrepancies(ds[x], ds[y]));
    const isPattern = pattern !== null && inPattern.has(rootIdx);
    const own = members.filter((i) => !echo[i]);
    let amount: Decimal | null = null;
    if (isPattern) {
      // the rows that follow the pattern with no other pattern row below them: parents would count twice
      const lowest = members.filter(
        (i) =>
          !members.some(
            (j) => j !== i && ds[j].code && ds[i].code && isBelow(h, 'TC31.hasil', ds[j].code!, ds[i].code!),
          ),
      );
      amount = lowest.reduce((acc, i) => acc.plus(stake[i] ?? ZERO), ZERO);
    } else
      for (const i of own.length ? own : members)
        if (stake[i] && (!amount || stake[i]!.greaterThan(amount))) amount = stake[i];
    const severity = members.map((i) => ds[i].severity).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
    const tables = [...new Set(members.flatMap((i) => tablesOf(ds[i])))];
    const repeat = isPattern ? null : (repeatOf.get(rootIdx) ?? null);
    const kind: CauseKind = isPattern
      ? 'pattern'
      : repeat
        ? 'repeat'
        : root.rule === 'missing-row' || root.rule === 'duplicate-code'
          ? 'row'
          : !root.code &&
              (root.rule === 'total-mismatch' ||
                root.rule === 'terbilang-mismatch' ||
                root.rule === 'declared-total-mismatch')
            ? 'total'
            : members.length > 1
              ? 'cell'
              : 'finding';
    return {
      members: [rootIdx, ...rest],
      cause: {
        id: 0,
        kind,
        severity,
        root,
        findings: [rootIdx, ...rest].map((i) => ds[i]),
        echoes: members.filter((i) => echo[i]).length,
        amountAtStake: amount,
        code: root.code,
        name: root.a.name || root.b?.name || '',
        level: levelOfFinding(root, h),
        field: root.field,
        tables,
        pattern: isPattern
          ? {
              percent: pattern!.percent,
              rows: pattern!.members.length,
              exceptions: [...new Set(pattern!.exceptions.map((i) => ds[i].code ?? ds[i].a.name))],
            }
          : null,
        repeat,
      } satisfies Cause,
    };
  });
  drafts.sort(
    (x, y) =>
      SEVERITY_RANK[x.cause.severity] - SEVERITY_RANK[y.cause.severity] ||
      cmpStake(y.cause.amountAtStake, x.cause.amountAtStake) ||
      compareDiscrepancies(x.cause.root, y.cause.root),
  );
  const findings: AnalysedFinding[] = [];
  drafts.forEach((dr, k) => {
    dr.cause.id = k + 1;
    dr.members.forEach((i, n) =>
      findings.push({
        finding: ds[i],
        causeId: k + 1,
        isRoot: n === 0,
        echo: echo[i],
        amountAtStake: stake[i],
        level: levelOfFinding(ds[i], h),
      }),
    );
  });
  return { causes: drafts.map((d) => d.cause), findings };
}

function cmpStake(x: Decimal | null, y: Decimal | null): number {
  if (x === null && y === null) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return x.comparedTo(y);
}

export function levelOfFinding(d: Discrepancy, h: Hierarchy): string {
  if (!d.code) return d.field === 'total' || d.field === 'total_maju' || d.rule === 'total-mismatch' ? 'total' : '';
  return h.levelOf(d.a.table, d.code) ?? (d.b ? h.levelOf(d.b.table, d.code) : null) ?? '';
}

/**
 * The finding of the largest leaf of an explained tree, or null when the tree leaves part of the gap open. A rest
 * that a roll-up finding of the same tables accounts for (a blank child under a filled parent) counts as explained.
 */
function echoOfTree(
  d: Discrepancy,
  gap: Decimal,
  byRowAndPair: Map<string, number[]>,
  ds: Discrepancy[],
  h: Hierarchy,
): number | null {
  const ls = leaves(d.explanation!);
  if (ls.length === 1 && ls[0] === d.explanation) return null;
  const sum = ls.reduce((acc, l) => acc.plus(l.difference ? new Decimal(l.difference) : ZERO), ZERO);
  const rest = gap.minus(sum).abs();
  if (
    !rest.isZero() &&
    !ds.some(
      (x) =>
        x.rule === 'rollup-mismatch' &&
        tablesOf(d).includes(x.a.table) &&
        amountAtStake(x)?.equals(rest) &&
        (!d.code || (x.code !== null && (x.code === d.code || isBelow(h, x.a.table, x.code, d.code)))),
    )
  )
    return null;
  const field = d.rule === 'total-mismatch' ? (d.field === 'total' ? 'pagu' : 'pagu_maju') : d.field;
  const pair = pairKey(d.a.table, d.b?.table);
  const ranked = [...ls].sort((x, y) => cmpStake(abs(y.difference), abs(x.difference)));
  for (const l of ranked) {
    if (!l.code) continue;
    const hit = byRowAndPair.get(`${l.code}|${field}|${pair}`)?.[0] ?? byRowAndPair.get(`${l.code}|row|${pair}`)?.[0];
    if (hit !== undefined) return hit;
  }
  return null;
}

const abs = (s: string | null): Decimal | null => (s === null ? null : new Decimal(s).abs());

/**
 * Without a tree (awal-vs-hasil, rollup-mismatch): the same rule's findings on rows below this one, in the same
 * table(s) and field; the gap is an echo when the lowest of them sum to it.
 */
function echoOfFindings(
  d: Discrepancy,
  i: number,
  gap: Decimal,
  ds: Discrepancy[],
  h: Hierarchy,
  inPattern: Set<number>,
): number | null {
  const table = d.rule === 'awal-vs-hasil' ? 'TC31.hasil' : d.a.table;
  const below = ds
    .map((x, j) => ({ x, j }))
    .filter(
      ({ x, j }) =>
        j !== i &&
        !inPattern.has(j) &&
        x.code &&
        x.field === d.field &&
        x.a.table === d.a.table &&
        (x.rule === d.rule ||
          (d.rule === 'rollup-mismatch' && x.rule === 'value-mismatch' && tablesOf(x).includes(table))) &&
        isBelow(h, table, x.code, d.code!),
    );
  if (d.rule === 'rollup-mismatch') {
    // a parent off by exactly what the rows below it lack (blank or misread cells in the same table)
    const target = gap.abs();
    const hit = below.find(({ x }) => amountAtStake(x)?.equals(target));
    if (hit) return hit.j;
    const own = below.filter(({ x }) => x.rule === 'rollup-mismatch');
    const total = own.reduce((acc, { x }) => acc.plus(amountAtStake(x) ?? ZERO), ZERO);
    if (own.length === 0 || !total.equals(target)) return null;
    return [...own].sort((p, q) => cmpStake(amountAtStake(q.x), amountAtStake(p.x)))[0].j;
  }
  const lowest = below.filter(({ x }) => !below.some(({ x: y }) => y !== x && isBelow(h, table, y.code!, x.code!)));
  if (lowest.length === 0) return null;
  const sum = lowest.reduce((acc, { x }) => acc.plus(signedGap(x) ?? ZERO), ZERO);
  if (!sum.equals(gap)) return null;
  return [...lowest].sort((p, q) => cmpStake(amountAtStake(q.x), amountAtStake(p.x)))[0].j;
}

/** Every finding's cause, keyed by the finding object (for writers that walk the findings in their own order). */
export function causeIndex(a: CauseAnalysis): Map<Discrepancy, AnalysedFinding> {
  return new Map(a.findings.map((f) => [f.finding, f]));
}
