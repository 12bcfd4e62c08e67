/**
 * Table rows -> RenjaRecords: codes, levels, Decimal money, targets and the page/bbox of every
 * value. A bad value is kept with a warning on its record, never dropped. T-C.31 rows give two
 * records (awal and hasil side).
 */
import type { Decimal } from 'decimal.js';
import { cellGrid, type Cell, type Table } from '../tables/model.js';
import type { Level, Money, RecordWarning, RenjaRecord, SourceRef, Target, TableId, TableKind } from './schema.js';
import type { Classification } from './classify.js';
import { headerWords, isNumberRow, isUnitRow, readableSides, type ColumnMap, type HeaderInfo } from './columns.js';
import { isCodeLike, joinSplitCode, normalizeCode, parentCode, type NormalizedCode } from './codes.js';
import { detectNumberFormat, parseMoney, type NumberFormat } from './money.js';
import { parseTargetDetailed } from './targets.js';
import { cleanText, isNil } from './text.js';
import { isTotalText, rowLevel } from './levels.js';
import type { Box } from '../pdf/types.js';

export interface BuildContext {
  doc: string;
  classification: Classification;
  layout: ColumnMap;
  header: HeaderInfo;
}

/** The money parts of old-era tables (APBD Kab/Kota, APBD Provinsi, APBN/PHLN, lainnya), summed when no total column. */
const PAGU_PARTS = ['pagu.apbdKab', 'pagu.apbdProv', 'pagu.apbn', 'pagu.lainnya'] as const;
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
const NUMBERING = /^(?:\d{1,3}[.)]?|[IVXL]+\.?|[a-z][.)])$/i;

interface RowReader {
  text(field: string): string;
  cell(field: string): Cell | undefined;
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

/** Samples a table's money columns to learn its separator convention (`1.234.567` vs `1,234,567`). */
function numberFormatOf(table: Table, layout: ColumnMap, firstDataRow: number): NumberFormat {
  const moneyCols = new Set(
    Object.entries(layout.columns)
      .filter(([k]) => /(^|\.)pagu(Maju)?($|\.)/.test(k))
      .map(([, v]) => v),
  );
  const samples = table.cells.filter((c) => c.row >= firstDataRow && moneyCols.has(c.col)).map((c) => c.text);
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
  prefix: string,
  unit: number,
  numberFormat: NumberFormat,
  columns: Record<string, number>,
): SideValues {
  const refs: Record<string, SourceRef> = {};
  const warnings: RecordWarning[] = [];
  const f = (name: string): string => `${prefix}${name}`;
  const has = (name: string): boolean => columns[f(name)] !== undefined;
  const text = (name: string): string => {
    const t = cleanText(row.text(f(name)));
    const c = row.cell(f(name));
    if (c && t !== '') refs[name] = { page: c.page, bbox: c.bbox };
    return t;
  };
  const money = (name: string): Money | null => {
    if (!has(name)) return null;
    const raw = text(name);
    const r = parseMoney(raw, { unit, numberFormat });
    warnings.push(...withField(r.warnings, name));
    return r.money;
  };
  const target = (name: string): Target | null => {
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

/** Builds the records of one classified table. OTHER tables give none. */
export function buildRecords(table: Table, ctx: BuildContext): RenjaRecord[] {
  const { classification: cls, layout, header } = ctx;
  if (cls.kind === 'OTHER') return [];
  const grid = cellGrid(table);
  const cols = layout.columns;
  const numberFormat = numberFormatOf(table, layout, header.firstDataRow);
  const sides = readableSides(cls.kind, cols).sides.map((x) => (x === '' ? null : (x as 'awal' | 'hasil')));
  if (sides.length === 0) return [];
  const codeCols: number[] = [];
  if (cols.code !== undefined) for (let c = cols.code; c <= (cols['code.end'] ?? cols.code); c++) codeCols.push(c);

  const indentBase = indentBases(table, header.firstDataRow);
  const headerTexts = new Set(header.parts.flat());
  const records: RenjaRecord[] = [];
  /** First rows of the second and later page parts: where a row cut by a page break continues. */
  const partStarts = new Set(table.parts.slice(1).map((p) => p.firstRow));
  /** Records of the last row read, to receive the tail of a row cut by a page break. */
  let previous: RenjaRecord[] = [];
  /** Code of the last row that had one: parent of the aktivitas / indicator rows under it. */
  let lastCode: string | null = null;
  let lastLevel: Level | null = null;
  const levelByCode = new Map<string, Level>();

  for (let r = header.firstDataRow; r < table.rowCount; r++) {
    // A cell belongs to the row and column where it starts; merged cells are read once.
    const own = (c: number | undefined): Cell | undefined => {
      if (c === undefined) return undefined;
      const cell = grid[r]?.[c];
      return cell && cell.row === r && cell.col === c ? cell : undefined;
    };
    const rowCells = table.cells.filter((c) => c.row === r);
    const texts = rowCells.map((c) => c.text.trim()).filter((t) => t !== '');
    if (texts.length === 0) continue;
    if (texts.every((t) => isNil(t))) continue; // `NIHIL` tables, dash-only rows
    const rowTexts = Array.from({ length: table.colCount }, (_, c) => own(c)?.text.trim() ?? '');
    const repeatedHeader =
      isNumberRow(rowTexts) || isUnitRow(rowTexts) || texts.every((t) => headerTexts.has(headerWords(t)));
    if (repeatedHeader) {
      // A repeated number/unit/title row the engine kept; the part then really starts below it.
      if (partStarts.has(r)) partStarts.add(r + 1);
      continue;
    }

    const reader: RowReader = {
      text: (field) => own(cols[field])?.text ?? '',
      cell: (field) => own(cols[field]),
    };
    if (
      partStarts.has(r) &&
      previous.length > 0 &&
      isRowTail(
        reader,
        codeCols.map((c) => own(c)),
        cols,
      )
    ) {
      joinTail(previous, reader);
      continue;
    }
    const codeRead = readCode(
      codeCols.map((c) => own(c)),
      layout.codeIsRowNumber,
    );
    // Old-era depth-4 codes are ambiguous (unit.program or program.kegiatan): a parent row read
    // earlier in the same table settles it.
    if (codeRead.code && codeRead.warnings.some((w) => w.kind === 'level-guessed')) {
      const parentLevel = levelByCode.get(parentCode(codeRead.code) ?? '');
      if (parentLevel && CHILD_LEVEL[parentLevel]) codeRead.codeLevel = CHILD_LEVEL[parentLevel];
    }
    const joined = rowCells.some((c) => c.continued);
    const catatanCell = own(cols.catatan);
    const catatan = cleanText(catatanCell?.text ?? '');
    const firstCell = [...rowCells].sort((a, b) => a.col - b.col).find((c) => c.text.trim() !== '');
    const page = firstCell?.page ?? table.pages[0] ?? 1;

    previous = [];
    // Set when this row's level comes from its own level word (`Program ...`), the one uncoded signal as firm as a code.
    let namedLevel = false;
    for (const side of sides) {
      const prefix = side ? `${side}.` : '';
      const v = readSide(reader, prefix, layout.unitBySide?.[prefix] ?? layout.moneyUnit, numberFormat, cols);
      if (side && v.empty) continue; // an item present on one side of T-C.31 only
      const warnings: RecordWarning[] = [...withField(codeRead.warnings, 'code'), ...v.warnings];
      const nameCell = reader.cell(`${prefix}name`);
      const left = indentBase.get(cols[`${prefix}name`]);
      const indent = nameCell && left !== undefined ? nameCell.bbox.x0 - left : undefined;
      const lv = rowLevel({
        code: codeRead.code,
        codeLevel: codeRead.codeLevel,
        printed: codeRead.printed,
        name: v.name,
        aktivitas: v.aktivitas,
        indikator: v.indikator,
        numberColumn: codeRead.numberColumn,
        indent,
      });
      if (!codeRead.code && /^name starts with/.test(lv.reason)) namedLevel = true;
      // A total row often prints its label across the name columns only.
      const total = !codeRead.code && (isTotalText(v.name) || isTotalText(firstCell?.text ?? ''));
      // A named row without code or numbering (a code left blank) is taken as a sibling of the coded row above.
      // A "name" that is only numbering (`1.`: the name cell lost or misread) says nothing about the row.
      if (lv.level === 'unknown' && v.name !== '' && !NUMBERING.test(v.name.trim()) && lastLevel) {
        lv.level =
          lastLevel === 'program' || lastLevel === 'bidang' || lastLevel === 'urusan'
            ? CHILD_LEVEL[lastLevel]!
            : lastLevel;
        lv.reason = `no code; named row after a ${lastLevel} row`;
      }
      // T-C.30 lists service indicators, not the program hierarchy: its rows have no level.
      const level: Level = total ? 'total' : cls.kind === 'TC30' ? 'unknown' : lv.level;
      if (lv.guessed && level !== 'total' && cls.kind !== 'TC30' && !warnings.some((w) => w.kind === 'level-guessed')) {
        warnings.push({ kind: 'level-guessed', field: 'level', message: `level ${lv.level} guessed: ${lv.reason}` });
      }
      if (joined) warnings.push({ kind: 'row-joined-across-pages', message: 'row continues from the previous page' });
      const refs: Record<string, SourceRef> = { ...v.refs };
      if (codeRead.ref) refs.code = codeRead.ref;
      if (catatanCell && catatan !== '') refs.catatan = { page: catatanCell.page, bbox: catatanCell.bbox };

      const child = level === 'aktivitas' || level === 'indicator';
      const tableId = tableIdOf(cls.kind, side);
      if (!tableId) continue;
      const record: RenjaRecord = {
        doc: ctx.doc,
        table: tableId,
        tableKind: cls.kind,
        caption: cls.caption,
        tableRef: table.id,
        page,
        pages: table.pages,
        rowIndex: r - header.firstDataRow,
        level,
        code: codeRead.code,
        codePrinted: codeRead.printed,
        parentCode: child ? lastCode : null,
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
      };
      records.push(record);
      previous.push(record);
    }
    const lvl = previous[0]?.level;
    if (codeRead.code) {
      lastCode = codeRead.code;
      if (lvl) {
        levelByCode.set(codeRead.code, lvl);
        lastLevel = lvl;
      }
    } else if (lvl && HIERARCHY_LEVELS.has(lvl) && namedLevel) {
      // A heading named by its level word (`Program Peningkatan ...` without a code) places the rows below it
      // that carry no level signal as well as a coded one does; otherwise they would hang under the last coded bidang.
      lastLevel = lvl;
    }
  }
  return records;
}

const TEXT_FIELDS = ['name', 'aktivitas', 'indikator', 'lokasi', 'sumberDana', 'catatan'] as const;
const VALUE_FIELDS = [
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
function isRowTail(row: RowReader, codeCells: (Cell | undefined)[], cols: Record<string, number>): boolean {
  if (codeCells.some((c) => c && c.text.trim() !== '')) return false;
  const prefixes = cols['awal.name'] !== undefined || cols['hasil.name'] !== undefined ? ['awal.', 'hasil.'] : [''];
  for (const p of prefixes) {
    if (VALUE_FIELDS.some((f) => row.text(`${p}${f}`).trim() !== '')) return false;
  }
  return prefixes.some((p) => TEXT_FIELDS.some((f) => row.text(`${p}${f}`).trim() !== ''));
}

function joinTail(previous: RenjaRecord[], row: RowReader): void {
  const append = (a: string, b: string): string => (a && b ? `${a} ${b}` : a || b);
  for (const rec of previous) {
    const prefix = rec.side ? `${rec.side}.` : '';
    for (const f of TEXT_FIELDS) {
      // T-C.31's catatan column is shared by both sides.
      const t = cleanText(row.text(f === 'catatan' ? f : `${prefix}${f}`));
      if (t === '') continue;
      if (f === 'aktivitas') {
        if (rec.level === 'aktivitas') rec.name = append(rec.name, t);
      } else {
        rec[f] = append(rec[f], t);
      }
    }
    if (!rec.warnings.some((w) => w.kind === 'row-joined-across-pages')) {
      rec.warnings.push({
        kind: 'row-joined-across-pages',
        message: 'the next page continued this row; its text was appended',
      });
    }
  }
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
