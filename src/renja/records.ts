/**
 * Table rows -> RenjaRecords: codes, levels, Decimal money, targets and the page/bbox of every
 * value. A bad value is kept with a warning on its record, never dropped. T-C.31 rows give two
 * records (awal and hasil side).
 */
import type { Decimal } from 'decimal.js';
import { cellGrid, type Cell, type Table } from '../tables/model.js';
import type { Level, Money, RecordWarning, RenjaRecord, SourceRef, Target, TableId, TableKind } from './schema.js';
import type { Classification } from './classify.js';
import { headerWords, readableSides, type ColumnMap, type HeaderInfo } from './columns.js';
import { isColumnNumberRow, isUnitRow } from '../tables/header.js';
import { isCodeLike, joinSplitCode, normalizeCode, parentCode, type NormalizedCode } from './codes.js';
import { centsAfterDot, detectNumberFormat, parseMoney, type NumberFormat, type ParseMoneyOptions } from './money.js';
import { parseTargetDetailed } from './targets.js';
import { cleanText, isNil } from './text.js';
import { isTotalText, rowLevel } from './levels.js';
import type { Box } from '../pdf/types.js';
import {
  PAGU_PARTS,
  sideKey,
  type ColumnIndex,
  type ColumnKey,
  type Field,
  type Side,
  type SidePrefix,
} from './fields.js';

export interface BuildContext {
  doc: string;
  classification: Classification;
  layout: ColumnMap;
  header: HeaderInfo;
}

/** A numbering cell (`1`, `1.`, `IV`, `a)`) rather than a code. */
/** The level directly below another (for codes whose own depth is ambiguous). */
const CHILD_LEVEL: Partial<Record<Level, Level>> = {
  urusan: 'bidang',
  bidang: 'program',
  program: 'kegiatan',
  kegiatan: 'sub_kegiatan',
};
/** Levels of the program hierarchy a row without a code can still establish. */
const HIERARCHY_LEVELS: ReadonlySet<Level> = new Set<Level>([
  'urusan',
  'bidang',
  'program',
  'kegiatan',
  'sub_kegiatan',
]);
/** Text starts closer than this (points) are the same alignment: cell padding and glyph noise. */
const INDENT_NOISE = 2;
/** Level reasons that come from how a name is typeset, not from a code, numbering or level word. */
const TYPOGRAPHIC_LEVEL = /^(upper-case name|indented name|unindented name)$/;
const NUMBERING = /^(?:\d{1,3}[.)]?|[IVXL]+\.?|[a-z][.)])$/i;

interface RowReader {
  text(key: ColumnKey): string;
  cell(key: ColumnKey): Cell | undefined;
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

function tableIdOf(kind: TableKind, side: 'awal' | 'hasil' | null): TableId | null {
  switch (kind) {
    case 'TC31':
      return side === 'hasil' ? 'TC31.hasil' : 'TC31.awal';
    case 'OTHER':
      return null;
    default:
      return kind;
  }
}

interface CodeRead {
  code: string | null;
  codeLevel: Level | null;
  printed: string;
  warnings: RecordWarning[];
  ref: SourceRef | null;
  numberColumn?: { index: number; count: number };
}

/** Reads the code cell(s) of a row: one code column, or a code split over several (`7 | 01 | 01 | 201 | 03`). */
function readCode(cells: (Cell | undefined)[], rowNumbers: boolean): CodeRead {
  const texts = cells.map((c) => (c ? cleanText(c.text) : ''));
  const filled = texts.map((t, i) => [t, i] as const).filter(([t]) => t !== '');
  let ref: SourceRef | null = null;
  for (const c of cells) {
    if (!c || c.text.trim() === '') continue;
    ref = ref ? { page: ref.page, bbox: union(ref.bbox, c.bbox) } : { page: c.page, bbox: c.bbox };
  }
  const none: CodeRead = { code: null, codeLevel: null, printed: '', warnings: [], ref };
  if (filled.length === 0) return none;

  if (texts.length > 1) {
    const printed = filled.map(([t]) => t).join(' ');
    // Old-era `Nomor` sub-columns: one number, its column tells the depth. Under a `No`/`Nomor` title the
    // first sub-column numbers rows too (`29 |` = program 29 above its kegiatan `| 1`), not a code.
    if (filled.length === 1 && (filled[0][1] > 0 || rowNumbers) && NUMBERING.test(filled[0][0])) {
      return { ...none, printed, numberColumn: { index: filled[0][1], count: texts.length } };
    }
    if (isTotalText(printed)) return { ...none, printed };
    const n: NormalizedCode = joinSplitCode(texts);
    return { code: n.code, codeLevel: n.level, printed, warnings: n.warnings, ref };
  }
  const printed = texts[0];
  if (isTotalText(printed)) return { ...none, printed };
  if (rowNumbers && !isCodeLike(printed)) return { ...none, printed };
  if (!rowNumbers && NUMBERING.test(printed) && !/^\d$/.test(printed)) return { ...none, printed };
  const n = normalizeCode(printed);
  return { code: n.code, codeLevel: n.level, printed, warnings: n.warnings, ref };
}

function withField(ws: RecordWarning[], field: string): RecordWarning[] {
  return ws.map((w) => ({ ...w, field: w.field ?? field }));
}

/** The texts of a table's money cells. */
function moneySamples(table: Table, layout: ColumnMap, firstDataRow: number): string[] {
  const moneyCols = new Set(
    Object.entries(layout.columns)
      .filter(([k]) => /(^|\.)pagu(Maju)?($|\.)/.test(k))
      .map(([, v]) => v),
  );
  return table.cells.filter((c) => c.row >= firstDataRow && moneyCols.has(c.col)).map((c) => c.text);
}

/** A table's separator convention (`1.234.567` vs `1,234,567`), learnt from its money cells. */
function numberFormatOf(samples: string[]): NumberFormat {
  const f = detectNumberFormat(samples);
  return f === 'id' || f === 'us' ? f : 'auto';
}

interface SideValues {
  name: string;
  indikator: string;
  target: Target | null;
  pagu: Money | null;
  paguMaju: Money | null;
  /** The pagu by fund source, when the form splits it (old era). */
  paguParts: Record<string, Money> | undefined;
  targetMaju: Target | null;
  lokasi: string;
  sumberDana: string;
  aktivitas: string;
  refs: Record<string, SourceRef>;
  warnings: RecordWarning[];
  empty: boolean;
}

function readSide(
  row: RowReader,
  prefix: SidePrefix,
  unit: number,
  format: Pick<ParseMoneyOptions, 'numberFormat' | 'centsAfterDot'>,
  columns: ColumnIndex,
): SideValues {
  const refs: Record<string, SourceRef> = {};
  const warnings: RecordWarning[] = [];
  const f = (name: Field): ColumnKey => sideKey(prefix, name);
  const has = (name: Field): boolean => columns[f(name)] !== undefined;
  const text = (name: Field): string => {
    const t = cleanText(row.text(f(name)));
    const c = row.cell(f(name));
    if (c && t !== '')
      refs[name] = { page: c.page, bbox: c.bbox, ...(c.confidence !== undefined ? { confidence: c.confidence } : {}) };
    return t;
  };
  const money = (name: Field): Money | null => {
    if (!has(name)) return null;
    const raw = text(name);
    const r = parseMoney(raw, { unit, numberFormat: format.numberFormat, centsAfterDot: format.centsAfterDot });
    warnings.push(...withField(r.warnings, name));
    return r.money;
  };
  const target = (name: Field): Target | null => {
    if (!has(name)) return null;
    const raw = text(name);
    if (raw === '') return null;
    const r = parseTargetDetailed(raw);
    warnings.push(...withField(r.warnings, name));
    return r.target;
  };

  let pagu = money('pagu');
  let paguParts: Record<string, Money> | undefined;
  if (!has('pagu') && PAGU_PARTS.some((p) => columns[f(p)] !== undefined)) {
    // Old-era tables split the pagu by fund source; with no Total column the record's pagu is their sum.
    const parts = PAGU_PARTS.filter((p) => columns[f(p)] !== undefined).map((p) => ({ p, m: money(p) as Money }));
    const values = parts.map((x) => x.m.value).filter((v): v is Decimal => v !== null);
    pagu = {
      value: values.length ? values.reduce((a, b) => a.plus(b)) : null,
      raw: parts.every((x) => x.m.raw.trim() === '') ? '' : parts.map((x) => x.m.raw).join(' + '),
      ...(parts.some((x) => x.m.invalid)
        ? {
            invalid: parts
              .map((x) => x.m.invalid)
              .filter(Boolean)
              .join('; '),
          }
        : {}),
    };
    paguParts = Object.fromEntries(parts.map((x) => [x.p.slice('pagu.'.length), x.m]));
  } else {
    const present = PAGU_PARTS.filter((p) => columns[f(p)] !== undefined);
    // refs + warnings of the parts, and their amounts for comparing one source with another table's pagu
    if (present.length)
      paguParts = Object.fromEntries(present.map((p) => [p.slice('pagu.'.length), money(p) as Money]));
  }
  const v: SideValues = {
    name: text('name'),
    indikator: text('indikator'),
    target: target('target'),
    pagu,
    paguMaju: money('paguMaju'),
    paguParts,
    targetMaju: target('targetMaju'),
    lokasi: text('lokasi'),
    sumberDana: text('sumberDana'),
    aktivitas: text('aktivitas'),
    refs,
    warnings,
    empty: false,
  };
  v.empty =
    v.name === '' &&
    v.indikator === '' &&
    v.aktivitas === '' &&
    v.lokasi === '' &&
    v.target === null &&
    (v.pagu === null || isNil(v.pagu.raw)) &&
    (v.paguMaju === null || isNil(v.paguMaju.raw));
  return v;
}

/** What is fixed for a whole table while its rows are read. */
interface TableReading {
  table: Table;
  ctx: BuildContext;
  grid: (Cell | undefined)[][];
  cols: ColumnIndex;
  numberFormat: NumberFormat;
  centsAfterDot: boolean;
  sides: (Side | null)[];
  codeCols: number[];
  indentBase: Map<number, number>;
  headerTexts: Set<string>;
}

/**
 * The hierarchy carried from row to row: the last code and level seen (parents of aktivitas / indicator rows and
 * of rows that print no code), and the level of every code read (settles ambiguous old-era depth-4 codes).
 */
class HierarchyState {
  lastCode: string | null = null;
  lastLevel: Level | null = null;
  private readonly levelByCode = new Map<string, Level>();

  /** Old-era depth-4 codes are ambiguous (unit.program or program.kegiatan): a parent read earlier settles it. */
  settle(code: CodeRead): void {
    if (!code.code || !code.warnings.some((w) => w.kind === 'level-guessed')) return;
    const parentLevel = this.levelByCode.get(parentCode(code.code) ?? '');
    if (parentLevel && CHILD_LEVEL[parentLevel]) code.codeLevel = CHILD_LEVEL[parentLevel];
  }

  /** A named row without code or numbering (a code left blank) is taken as a sibling of the coded row above. */
  inferUncoded(lv: { level: Level; reason: string }, name: string): void {
    if (lv.level !== 'unknown' || name === '' || NUMBERING.test(name.trim()) || !this.lastLevel) return;
    const l = this.lastLevel;
    lv.level = l === 'program' || l === 'bidang' || l === 'urusan' ? CHILD_LEVEL[l]! : l;
    lv.reason = `no code; named row after a ${l} row`;
  }

  /** After a row: a coded row, or a heading named by its level word, places the rows below it. */
  advance(code: string | null, level: Level | undefined, namedLevel: boolean): void {
    if (code) {
      this.lastCode = code;
      if (level) {
        this.levelByCode.set(code, level);
        this.lastLevel = level;
      }
    } else if (level && HIERARCHY_LEVELS.has(level) && namedLevel) {
      // `Program Peningkatan ...` without a code places the rows below it that carry no level signal as well as a
      // coded one does; otherwise they would hang under the last coded bidang.
      this.lastLevel = level;
    }
  }
}

/** The cells of one grid row as read: each cell at the row and column where it starts (merged cells once). */
interface RowView {
  r: number;
  cells: Cell[];
  /** Non-empty texts of the row's cells. */
  texts: string[];
  own(c: number | undefined): Cell | undefined;
  reader: RowReader;
}

function viewRow(t: TableReading, r: number): RowView {
  const own = (c: number | undefined): Cell | undefined => {
    if (c === undefined) return undefined;
    const cell = t.grid[r]?.[c];
    return cell && cell.row === r && cell.col === c ? cell : undefined;
  };
  const cells = t.table.cells.filter((c) => c.row === r);
  return {
    r,
    cells,
    texts: cells.map((c) => c.text.trim()).filter((x) => x !== ''),
    own,
    reader: { text: (key) => own(t.cols[key])?.text ?? '', cell: (key) => own(t.cols[key]) },
  };
}

/** A row that holds no data: empty, nil-only (`NIHIL` tables, dash rows) or a repeated number/unit/title row. */
function skipKind(t: TableReading, row: RowView): 'blank' | 'header' | null {
  if (row.texts.length === 0 || row.texts.every((x) => isNil(x))) return 'blank';
  const rowTexts = Array.from({ length: t.table.colCount }, (_, c) => row.own(c)?.text.trim() ?? '');
  if (isColumnNumberRow(rowTexts) || isUnitRow(rowTexts)) return 'header';
  return row.texts.every((x) => t.headerTexts.has(headerWords(x))) ? 'header' : null;
}

/** The records of one data row: one per side (T-C.31 gives awal and hasil), sides left empty skipped. */
function recordsOfRow(
  t: TableReading,
  row: RowView,
  code: CodeRead,
  state: HierarchyState,
): { records: RenjaRecord[]; namedLevel: boolean } {
  const { table, ctx, cols } = t;
  const { classification: cls, layout, header } = ctx;
  const joined = row.cells.some((c) => c.continued);
  const catatanCell = row.own(cols.catatan);
  const catatan = cleanText(catatanCell?.text ?? '');
  const firstCell = [...row.cells].sort((a, b) => a.col - b.col).find((c) => c.text.trim() !== '');
  const page = firstCell?.page ?? table.pages[0] ?? 1;
  const records: RenjaRecord[] = [];
  // Set when this row's level comes from its own level word (`Program ...`), the one uncoded signal as firm as a code.
  let namedLevel = false;
  for (const side of t.sides) {
    const prefix: SidePrefix = side ? `${side}.` : '';
    const v = readSide(row.reader, prefix, layout.unitBySide?.[prefix] ?? layout.moneyUnit, t, cols);
    if (side && v.empty) continue; // an item present on one side of T-C.31 only
    const tableId = tableIdOf(cls.kind, side);
    if (!tableId) continue;
    const warnings: RecordWarning[] = [...withField(code.warnings, 'code'), ...v.warnings];
    const nameCell = row.reader.cell(sideKey(prefix, 'name'));
    const left = t.indentBase.get(cols[sideKey(prefix, 'name')] ?? -1);
    const indent = nameCell && left !== undefined ? nameCell.bbox.x0 - left : undefined;
    const lv = rowLevel({
      code: code.code,
      codeLevel: code.codeLevel,
      printed: code.printed,
      name: v.name,
      aktivitas: v.aktivitas,
      indikator: v.indikator,
      numberColumn: code.numberColumn,
      indent,
    });
    if (!code.code && /^name starts with/.test(lv.reason)) namedLevel = true;
    // A total row often prints its label across the name columns only.
    const total = !code.code && (isTotalText(v.name) || isTotalText(firstCell?.text ?? ''));
    // T-C.32 lists proposals: without codes, letter case or indentation is no hierarchy (`GELAR SENI` is not a program)
    if (
      cls.kind === 'TC32' &&
      !code.code &&
      v.name !== '' &&
      (TYPOGRAPHIC_LEVEL.test(lv.reason) || lv.level === 'unknown')
    ) {
      lv.level = 'kegiatan';
      lv.reason = 'proposal row (T-C.32 lists proposals, not a hierarchy)';
    }
    state.inferUncoded(lv, v.name);
    // T-C.30 lists service indicators, not the program hierarchy: its rows have no level.
    const level: Level = total ? 'total' : cls.kind === 'TC30' ? 'unknown' : lv.level;
    if (lv.guessed && level !== 'total' && cls.kind !== 'TC30' && !warnings.some((w) => w.kind === 'level-guessed')) {
      warnings.push({ kind: 'level-guessed', field: 'level', message: `level ${lv.level} guessed: ${lv.reason}` });
    }
    if (joined) warnings.push({ kind: 'row-joined-across-pages', message: 'row continues from the previous page' });
    const refs: Record<string, SourceRef> = { ...v.refs };
    if (code.ref) refs.code = code.ref;
    if (catatanCell && catatan !== '') refs.catatan = { page: catatanCell.page, bbox: catatanCell.bbox };
    const child = level === 'aktivitas' || level === 'indicator';
    records.push({
      doc: ctx.doc,
      table: tableId,
      tableKind: cls.kind,
      caption: cls.caption,
      tableRef: table.id,
      page,
      pages: table.pages,
      rowIndex: row.r - header.firstDataRow,
      level,
      code: code.code,
      codePrinted: code.printed,
      parentCode: child ? state.lastCode : null,
      name: level === 'aktivitas' && v.name === '' ? v.aktivitas : v.name,
      indikator: v.indikator,
      target: v.target,
      pagu: v.pagu,
      paguMaju: v.paguMaju,
      ...(v.paguParts ? { paguParts: v.paguParts } : {}),
      targetMaju: v.targetMaju,
      sumberDana: v.sumberDana,
      lokasi: v.lokasi,
      catatan,
      side,
      refs,
      warnings,
    });
  }
  return { records, namedLevel };
}

/** Builds the records of one classified table. OTHER tables give none. */
export function buildRecords(table: Table, ctx: BuildContext): RenjaRecord[] {
  const { classification: cls, layout, header } = ctx;
  if (cls.kind === 'OTHER') return [];
  const cols = layout.columns;
  const sides = readableSides(cls.kind, cols).sides.map((x) => (x === '' ? null : x));
  if (sides.length === 0) return [];
  const codeCols: number[] = [];
  if (cols.code !== undefined) for (let c = cols.code; c <= (cols['code.end'] ?? cols.code); c++) codeCols.push(c);
  const t: TableReading = {
    table,
    ctx,
    grid: cellGrid(table),
    cols,
    numberFormat: numberFormatOf(moneySamples(table, layout, header.firstDataRow)),
    centsAfterDot: centsAfterDot(moneySamples(table, layout, header.firstDataRow)),
    sides,
    codeCols,
    indentBase: indentBases(table, header.firstDataRow),
    headerTexts: new Set(header.parts.flat()),
  };

  const records: RenjaRecord[] = [];
  const state = new HierarchyState();
  /** First rows of the second and later page parts: where a row cut by a page break continues. */
  const partStarts = new Set(table.parts.slice(1).map((p) => p.firstRow));
  /** Records of the last row read, to receive the tail of a row cut by a page break. */
  let previous: RenjaRecord[] = [];
  for (let r = header.firstDataRow; r < table.rowCount; r++) {
    const row = viewRow(t, r);
    const skip = skipKind(t, row);
    if (skip) {
      // A repeated number/unit/title row the engine kept: the part really starts below it.
      if (skip === 'header' && partStarts.has(r)) partStarts.add(r + 1);
      continue;
    }
    const codeCells = codeCols.map((c) => row.own(c));
    if (partStarts.has(r) && previous.length > 0 && isRowTail(row.reader, codeCells, cols)) {
      joinTail(previous, row.reader);
      continue;
    }
    const code = readCode(codeCells, layout.codeIsRowNumber);
    state.settle(code);
    const out = recordsOfRow(t, row, code, state);
    records.push(...out.records);
    previous = out.records;
    state.advance(code.code, previous[0]?.level, out.namedLevel);
  }
  return records;
}

const TEXT_FIELDS = ['name', 'aktivitas', 'indikator', 'lokasi', 'sumberDana', 'catatan'] as const satisfies Field[];
const VALUE_FIELDS: Field[] = [
  'target',
  'pagu',
  'paguMaju',
  'targetMaju',
  'pagu.apbdKab',
  'pagu.apbdProv',
  'pagu.apbn',
  'pagu.lainnya',
];

/**
 * The first row of a page part with no code and no target or money is the rest of the row cut by
 * the page break (wrapped words like `Dilimpahkan`, `Bernegara`), when the engine did not join it.
 */
function isRowTail(row: RowReader, codeCells: (Cell | undefined)[], cols: ColumnIndex): boolean {
  if (codeCells.some((c) => c && c.text.trim() !== '')) return false;
  const prefixes: SidePrefix[] =
    cols['awal.name'] !== undefined || cols['hasil.name'] !== undefined ? ['awal.', 'hasil.'] : [''];
  for (const p of prefixes) {
    if (VALUE_FIELDS.some((f) => row.text(sideKey(p, f)).trim() !== '')) return false;
  }
  return prefixes.some((p) => TEXT_FIELDS.some((f) => row.text(sideKey(p, f)).trim() !== ''));
}

function joinTail(previous: RenjaRecord[], row: RowReader): void {
  for (const rec of previous) {
    const prefix: SidePrefix = rec.side ? `${rec.side}.` : '';
    // T-C.31's catatan column is shared by both sides.
    appendTail(rec, (f) => cleanText(row.text(f === 'catatan' ? f : sideKey(prefix, f))));
  }
}

const appendText = (a: string, b: string): string => (a && b ? `${a} ${b}` : a || b);

/** Appends the text of a row's continuation (read per field by `textOf`) to a record, and says so. */
function appendTail(rec: RenjaRecord, textOf: (f: (typeof TEXT_FIELDS)[number]) => string): void {
  for (const f of TEXT_FIELDS) {
    const t = textOf(f);
    if (t === '') continue;
    if (f === 'aktivitas') {
      if (rec.level === 'aktivitas') rec.name = appendText(rec.name, t);
    } else {
      rec[f] = appendText(rec[f], t);
    }
  }
  if (!rec.warnings.some((w) => w.kind === 'row-joined-across-pages')) {
    rec.warnings.push({
      kind: 'row-joined-across-pages',
      message: 'the next page continued this row; its text was appended',
    });
  }
}

/** A record that is only the rest of a row cut by a page break: no code or number, no amount, no target. */
function isTailRecord(r: RenjaRecord): boolean {
  const blank = (m: RenjaRecord['pagu']) => m === null || isNil(m.raw);
  return (
    r.code === null &&
    r.codePrinted.trim() === '' &&
    blank(r.pagu) &&
    blank(r.paguMaju) &&
    r.target === null &&
    r.targetMaju === null &&
    !Object.values(r.paguParts ?? {}).some((m) => !blank(m)) &&
    (r.name !== '' || r.indikator !== '' || r.lokasi !== '')
  );
}

/**
 * A table read on its own that opens with the rest of the last row of the table before it (the same form, on the
 * previous page, its header repeated): the rest is appended to that row and dropped. Returns the records kept.
 */
export function joinTailAcrossTables(previous: RenjaRecord[], next: RenjaRecord[]): RenjaRecord[] {
  if (previous.length === 0 || next.length === 0) return next;
  // `previous` may hold several read tables (continuation pages): the last row is the last one of the last table
  const lastRef = previous[previous.length - 1].tableRef;
  const prevTable = previous.filter((r) => r.tableRef === lastRef);
  const lastRow = Math.max(...prevTable.map((r) => r.rowIndex));
  const prevRow = prevTable.filter((r) => r.rowIndex === lastRow);
  const firstRow = Math.min(...next.map((r) => r.rowIndex));
  const tail = next.filter((r) => r.rowIndex === firstRow);
  if (!tail.every(isTailRecord)) return next;
  for (const t of tail) {
    const rec = prevRow.find((r) => r.side === t.side);
    if (!rec) return next;
    appendTail(rec, (f) => (f === 'aktivitas' ? '' : t[f]));
  }
  return next.filter((r) => r.rowIndex !== firstRow);
}

/**
 * Per column: the leftmost text start, but only for columns whose cells start at different x
 * (stream tables keep text boxes); lattice cells all share the grid line and say nothing.
 */
function indentBases(table: Table, firstDataRow: number): Map<number, number> {
  const xs = new Map<number, number[]>();
  for (const c of table.cells) {
    if (c.row < firstDataRow || c.text.trim() === '') continue;
    const list = xs.get(c.col) ?? [];
    list.push(c.bbox.x0);
    xs.set(c.col, list);
  }
  const out = new Map<number, number>();
  for (const [col, list] of xs) {
    const min = Math.min(...list);
    if (Math.max(...list) - min > INDENT_NOISE) out.set(col, min);
  }
  return out;
}
