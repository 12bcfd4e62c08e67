/**
 * The reconciliation context: the extraction's records grouped into one view per table id,
 * each with its row hierarchy (program > kegiatan > sub kegiatan > aktivitas), the fields
 * the table's form carries and its printed total rows. Rules only read this.
 */
import type { DetectedLayout, Extraction, Level, RenjaRecord, TableId, Target } from '../renja/schema.js';
import type { RuleId } from './types.js';
import { splitReprints, type Reprint } from './reprints.js';
import { spacelessKey, parentCode, rankOf } from './util.js';

export interface ReconcileOptions {
  /** Run only these rules (default: all). */
  rules?: RuleId[];
  /** Attach explanation trees to money gaps (default true). */
  explain?: boolean;
  /** Nomenclature version to check codes against (`2023`, `sipd-2027`); default: the one for the plan year. */
  nomenklatur?: string;
}

/** Field names as they appear in discrepancies (`field`) and in table layouts. */
export type FieldName = 'pagu' | 'pagu_maju' | 'target' | 'indikator' | 'name' | 'lokasi' | 'sumber_dana' | 'catatan';
export type MoneyField = 'pagu' | 'pagu_maju';
export const MONEY_FIELDS: readonly MoneyField[] = ['pagu', 'pagu_maju'];

export interface IndicatorEntry {
  indikator: string;
  target: Target | null;
  record: RenjaRecord;
}

/** One row of a table's hierarchy (indicator continuation rows are folded into `indicators`). */
export interface RowNode {
  /** Match key across tables: the canonical code, or parent key + normalized name for rows without one. */
  key: string;
  record: RenjaRecord;
  level: Level;
  rank: number;
  parent: RowNode | null;
  children: RowNode[];
  /** The row's own indikator/target followed by its continuation rows. */
  indicators: IndicatorEntry[];
}

export interface TableView {
  id: TableId;
  records: RenjaRecord[];
  layouts: DetectedLayout[];
  /** Fields this table's form prints (from the layouts, else inferred from the values). */
  fields: Set<FieldName>;
  nodes: RowNode[];
  roots: RowNode[];
  byKey: Map<string, RowNode[]>;
  /** Printed JUMLAH/TOTAL rows, in order. */
  totals: RenjaRecord[];
  /** Hierarchy levels this table lists. */
  levels: Set<Level>;
  /** Later parts that print the table a second time; set aside, not in `records`. */
  reprints: Reprint[];
  /** Those parts as views of their own, for the checks within one printing (see `printings`). */
  reprintViews: TableView[];
  /** Per money field, the levels at which some row prints a non-zero amount (a form may leave a level blank). */
  amountLevels: Record<MoneyField, Set<Level>>;
  /** Money unit of each part (`(Rp 000)` columns = 1000), by tableRef; absent = 1. */
  moneyUnits: Map<string, number>;
}

export interface ReconcileContext {
  doc: string;
  extraction: Extraction;
  tables: Map<TableId, TableView>;
  options: ReconcileOptions;
}

const FIELD_ALIASES: Record<string, FieldName> = {
  pagu: 'pagu',
  paguindikatif: 'pagu',
  kebutuhandana: 'pagu',
  pagumaju: 'pagu_maju',
  prakiraanmaju: 'pagu_maju',
  target: 'target',
  indikator: 'indikator',
  name: 'name',
  nama: 'name',
  lokasi: 'lokasi',
  sumberdana: 'sumber_dana',
  catatan: 'catatan',
};

/** Layout column key (`paguMaju`, `pagu_maju`, `hasil.pagu`) -> field name, for the given T-C.31 side. */
export function fieldOfColumn(key: string, side: 'awal' | 'hasil' | null): FieldName | null {
  let k = key;
  const dot = k.indexOf('.');
  if (dot >= 0) {
    const prefix = k.slice(0, dot);
    if (prefix === 'awal' || prefix === 'hasil') {
      if (side !== null && prefix !== side) return null;
      k = k.slice(dot + 1);
    }
  }
  // `pagu.apbdKab`, `pagu.apbdProv`: parts the extractor sums into pagu.
  const base = k.split('.')[0];
  return FIELD_ALIASES[base.toLowerCase().replace(/[_\-\s]/g, '')] ?? null;
}

function sideOfTable(id: TableId): 'awal' | 'hasil' | null {
  return id === 'TC31.awal' ? 'awal' : id === 'TC31.hasil' ? 'hasil' : null;
}

function inferFields(records: RenjaRecord[]): Set<FieldName> {
  const f = new Set<FieldName>();
  for (const r of records) {
    if (r.pagu && (r.pagu.value !== null || r.pagu.raw.trim() !== '')) f.add('pagu');
    if (r.paguMaju && (r.paguMaju.value !== null || r.paguMaju.raw.trim() !== '')) f.add('pagu_maju');
    if (r.target) f.add('target');
    if (r.indikator.trim()) f.add('indikator');
    if (r.name.trim()) f.add('name');
    if (r.lokasi.trim()) f.add('lokasi');
    if (r.sumberDana.trim()) f.add('sumber_dana');
    if (r.catatan.trim()) f.add('catatan');
  }
  return f;
}

function layoutFields(layouts: DetectedLayout[], id: TableId): Set<FieldName> {
  const f = new Set<FieldName>();
  const side = sideOfTable(id);
  for (const l of layouts) {
    for (const key of Object.keys(l.columns)) {
      const field = fieldOfColumn(key, side);
      if (field) f.add(field);
    }
  }
  return f;
}

/** Builds the hierarchy: a row hangs under the row its code names as parent when that row is in the
 * table, otherwise under the nearest preceding row of a higher level (printed order), which also
 * covers old-era tables without codes and codes misprinted in the document. */
export function buildTree(records: RenjaRecord[]): { nodes: RowNode[]; roots: RowNode[]; totals: RenjaRecord[] } {
  const nodes: RowNode[] = [];
  const roots: RowNode[] = [];
  const totals: RenjaRecord[] = [];
  const byCode = new Map<string, RowNode>();
  const lastAtRank: (RowNode | undefined)[] = [];
  let lastNode: RowNode | null = null;

  for (const r of records) {
    if (r.level === 'total') {
      totals.push(r);
      continue;
    }
    if (r.level === 'indicator') {
      const owner =
        (r.parentCode ? byCode.get(r.parentCode) : undefined) ?? (r.code ? byCode.get(r.code) : undefined) ?? lastNode;
      if (owner) owner.indicators.push({ indikator: r.indikator, target: r.target, record: r });
      continue;
    }
    const rank = rankOf(r.level);
    if (rank === null) continue;

    let parent: RowNode | null = null;
    for (const c of [r.code ? parentCode(r.code) : null, r.parentCode]) {
      const p = c ? byCode.get(c) : undefined;
      if (p && p.rank < rank) {
        parent = p;
        break;
      }
    }
    if (!parent) {
      for (let k = rank - 1; k >= 0 && !parent; k--) parent = lastAtRank[k] ?? null;
    }
    const key =
      r.code && r.level !== 'aktivitas' ? r.code : `${parent ? parent.key : ''}/${r.level}:${spacelessKey(r.name)}`;
    const node: RowNode = { key, record: r, level: r.level, rank, parent, children: [], indicators: [] };
    if (r.indikator.trim() || r.target) node.indicators.push({ indikator: r.indikator, target: r.target, record: r });
    if (parent) parent.children.push(node);
    else roots.push(node);
    nodes.push(node);
    if (r.code && r.level !== 'aktivitas' && !byCode.has(r.code)) byCode.set(r.code, node);
    lastAtRank[rank] = node;
    lastAtRank.length = rank + 1;
    lastNode = node;
  }
  return { nodes, roots, totals };
}

function levelsWithAmounts(nodes: RowNode[], field: MoneyField): Set<Level> {
  const out = new Set<Level>();
  for (const n of nodes) {
    const m = field === 'pagu' ? n.record.pagu : n.record.paguMaju;
    if (m && m.invalid === undefined && m.value !== null && !m.value.isZero()) out.add(n.level);
  }
  return out;
}

/** The unit a record's amounts were printed in (1000 for `(Rp 000)` columns): its rounding step. */
export function moneyUnitOf(view: TableView, r: RenjaRecord): number {
  return view.moneyUnits.get(r.tableRef) ?? 1;
}

/**
 * A blank (or `0`) amount on a row of a level at which this table prints no amount at all while other
 * levels carry them: the form has no totals there (program rows as headings only), so the blank says
 * nothing about the money. A table with no amount anywhere gives no such evidence.
 */
export function blankByForm(view: TableView, r: RenjaRecord, field: MoneyField): boolean {
  const m = field === 'pagu' ? r.pagu : r.paguMaju;
  const blank = !m || (m.invalid === undefined && (m.value === null || m.value.isZero()));
  const levels = view.amountLevels[field];
  return blank && levels.size > 0 && !levels.has(r.level);
}

export function buildTableView(
  id: TableId,
  records: RenjaRecord[],
  allLayouts: DetectedLayout[],
  reprints: Reprint[] = [],
  reprintViews: TableView[] = [],
): TableView {
  const refs = new Set(records.map((r) => r.tableRef));
  const layouts = allLayouts.filter((l) => refs.has(l.tableRef));
  const fromLayout = layoutFields(layouts, id);
  const fields = fromLayout.size > 0 ? fromLayout : inferFields(records);
  const { nodes, roots, totals } = buildTree(records);
  const byKey = new Map<string, RowNode[]>();
  for (const n of nodes) {
    const list = byKey.get(n.key);
    if (list) list.push(n);
    else byKey.set(n.key, [n]);
  }
  const levels = new Set(nodes.map((n) => n.level));
  const amountLevels = { pagu: levelsWithAmounts(nodes, 'pagu'), pagu_maju: levelsWithAmounts(nodes, 'pagu_maju') };
  const moneyUnits = new Map(layouts.map((l) => [l.tableRef, l.moneyUnit] as const));
  return {
    id,
    records,
    layouts,
    fields,
    nodes,
    roots,
    byKey,
    totals,
    levels,
    reprints,
    reprintViews,
    amountLevels,
    moneyUnits,
  };
}

/**
 * Groups records by table id in document order (table parts in order of appearance, then row index);
 * a part that prints the table a second time is set aside (see reprints.ts).
 */
export function buildContext(extraction: Extraction, options: ReconcileOptions = {}): ReconcileContext {
  const refOrder = new Map<string, number>();
  extraction.records.forEach((r) => {
    if (!refOrder.has(r.tableRef)) refOrder.set(r.tableRef, refOrder.size);
  });
  const byTable = new Map<TableId, RenjaRecord[]>();
  for (const r of extraction.records) {
    const list = byTable.get(r.table);
    if (list) list.push(r);
    else byTable.set(r.table, [r]);
  }
  const tables = new Map<TableId, TableView>();
  for (const [id, recs] of byTable) {
    const sorted = [...recs].sort(
      (x, y) => (refOrder.get(x.tableRef) ?? 0) - (refOrder.get(y.tableRef) ?? 0) || x.rowIndex - y.rowIndex,
    );
    const { kept, reprints, reprintParts } = splitReprints(sorted);
    const reprintViews = reprintParts.map((part) => buildTableView(id, part, extraction.layouts));
    tables.set(id, buildTableView(id, kept, extraction.layouts, reprints, reprintViews));
  }
  return { doc: extraction.doc, extraction, tables, options };
}

/** Every printing of every table: what the checks within one table (roll-ups, printed totals) run over. */
export function printings(ctx: ReconcileContext): TableView[] {
  return [...ctx.tables.values()].flatMap((v) => [v, ...v.reprintViews]);
}
