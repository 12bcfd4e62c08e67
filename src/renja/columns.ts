/**
 * Column mapping: which grid column of a Renja table holds which field, read from the
 * header words (group titles included, via merged cells) and the column-number row
 * (`1 2 3 ...`, `(1) (2)`, `8=(7/6)`). Pure functions over a `Table`.
 */
import { cellGrid, type Cell, type Table } from '../tables/model.js';
import type { TableKind } from './schema.js';
import {
  columnEntries,
  sideKey,
  type ColumnIndex,
  type ColumnKey,
  type Field,
  type Side,
  type SidePrefix,
} from './fields.js';
import { normalizeText } from './text.js';
import { parseMoneyUnit } from './money.js';
import { columnContent, notMoney, type ContentType } from './content.js';
import { isColumnNumberCell, isColumnNumberRow, isUnitRow, NUMBER_ROW_MIN_CELLS } from '../tables/header.js';

/** What the header of a table says about each grid column. */
export interface HeaderInfo {
  /** Index of the first data row (header rows, number row and unit rows skipped). */
  firstDataRow: number;
  /** Per column: header texts from top (group titles) to bottom (leaf), lower-cased. */
  parts: string[][];
  /** Per column: the text of the column-number row (`1`, `(2)`, `8=(7/6)`), or null. */
  numbers: (string | null)[];
  /** Row index of the column-number row, or null. */
  numberRow: number | null;
  /** Per column: the [first, last] columns its leaf title spans when it spans several, else null. */
  leafSpans?: ([number, number] | null)[];
}

export interface ColumnMap {
  /** Field -> grid column index. T-C.31 fields are prefixed `awal.` / `hasil.`. */
  columns: ColumnIndex;
  /** Money multiplier from the pagu column header (`(Rp. 000)` = 1000). */
  moneyUnit: number;
  /** Per side prefix (`awal.`, `hasil.`, `` ), a unit that overrides `moneyUnit` (see unit-check.ts). */
  unitBySide?: Partial<Record<SidePrefix, number>>;
  /** The `code` column is titled `No`/`Nomor`: it holds row numbers, codes only when they look like codes. */
  codeIsRowNumber: boolean;
  reasons: string[];
}

/** How far below the header the engine may have left the number row / unit row. */
const HEADER_SEARCH_ROWS = 8;

/**
 * Misspellings printed in real headers, repaired before any header word is matched
 * (`Program/Kegitatan`, `Hasil Analisi Kebutuhan`, `APDB Provinsi`, `Kebutuhan Danan`).
 */
const HEADER_TYPOS: [RegExp, string][] = [
  [/\bkegi?tatan\b/g, 'kegiatan'],
  [/\bkegaitan\b/g, 'kegiatan'],
  [/\banalisi\b/g, 'analisis'],
  [/\banalisa\b/g, 'analisis'],
  [/\bapdb\b/g, 'apbd'],
  [/\bindikatip\b/g, 'indikatif'],
  [/\bdanan\b/g, 'dana'],
  // `Prakiran Maju`, `Perkiraan Maju`: the forward estimate under its other spellings.
  [/\b(?:prakiran|perkiraan|prakira|prakiaan)\s*maju\b/g, 'prakiraan maju'],
];

/**
 * Header words a line break glued together (`SUB⏎KEGIATAN` read as `SUBKEGIATAN` when `SUB` filled its cell
 * line): the pairs of words Renja column titles are made of, split again.
 */
const GLUED_TITLE_WORDS =
  /\b(sub)(kegiatan)\b|\b(catatan)(penting)\b|\b(sumber)(dana)\b|\b(pagu)(indikatif)\b|\b(kebutuhan)(dana)\b|\b(prakiraan|perkiraan|prakiran)(maju)\b|\b(indikator)(kinerja)\b|\b(rencana)(tahun)\b|\b(target)(kinerja|capaian)\b/g;

/** Lower-cased, whitespace-collapsed header text; hyphen wraps (`Pemerin- tahan`) joined, known typos repaired. */
export function headerWords(s: string): string {
  let out = normalizeText(s)
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  // Letter-spaced titles (`U R A I A N`) read as one word.
  out = out.replace(/(?<!\p{L})\p{L}(?: \p{L}){2,}(?!\p{L})/gu, (m) => m.replace(/ /g, ''));
  out = out.replace(GLUED_TITLE_WORDS, (...m: (string | undefined)[]) => {
    const groups = m.slice(1, 19).filter((g): g is string => typeof g === 'string');
    return groups.join(' ');
  });
  for (const [re, fix] of HEADER_TYPOS) out = out.replace(re, fix);
  return out;
}

function rowTexts(grid: (Cell | undefined)[][], r: number, colCount: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < colCount; c++) {
    const cell = grid[r]?.[c];
    // A merged cell counts once (at its left-most column) so spans do not inflate counts.
    out.push(cell && cell.col === c ? cell.text.trim() : '');
  }
  return out;
}

export function analyzeHeader(table: Table): HeaderInfo {
  const grid = cellGrid(table);
  const n = table.colCount;
  let numberRow: number | null = null;
  const numberRows = new Set<number>();
  const limit = Math.min(table.rowCount, Math.max(table.headerRows, 0) + HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (isColumnNumberRow(rowTexts(grid, r, n))) {
      numberRow = r;
      break;
    }
  }
  // Column numbers printed at staggered heights land on two rows (`(1) (5) (9)` above `(2) (3) (4) (6) ...`):
  // a next row of numbers in columns the first left empty belongs to the same number row.
  if (numberRow !== null) {
    numberRows.add(numberRow);
    const first = rowTexts(grid, numberRow, n);
    const next = numberRow + 1 < table.rowCount ? rowTexts(grid, numberRow + 1, n) : [];
    const nextFilled = next.map((t, c) => [t, c] as const).filter(([t]) => t !== '');
    if (
      nextFilled.length > 0 &&
      nextFilled.every(([t, c]) => isColumnNumberCell(t) && first[c] === '') &&
      first.filter((t) => t !== '').length + nextFilled.length >= NUMBER_ROW_MIN_CELLS
    ) {
      numberRows.add(numberRow + 1);
    }
  }
  const lastNumberRow = numberRow === null ? null : Math.max(...numberRows);
  let firstDataRow = table.headerRows;
  if (lastNumberRow !== null && lastNumberRow >= firstDataRow) firstDataRow = lastNumberRow + 1;
  while (firstDataRow < table.rowCount && isUnitRow(rowTexts(grid, firstDataRow, n))) firstDataRow++;

  const parts: string[][] = Array.from({ length: n }, () => []);
  const numbers: (string | null)[] = Array<string | null>(n).fill(null);
  const leafCells: (Cell | undefined)[] = Array<Cell | undefined>(n);
  for (let c = 0; c < n; c++) {
    let last: Cell | undefined;
    for (let r = 0; r < firstDataRow; r++) {
      const cell = grid[r]?.[c];
      if (!cell || cell === last) continue;
      last = cell;
      const t = cell.text.trim();
      if (t === '') continue;
      if (numberRows.has(r)) {
        if (cell.col === c || cell.colSpan === 1) numbers[c] ??= t;
        continue;
      }
      if (isUnitRow(rowTexts(grid, r, n))) continue;
      // A stray column number the engine left in a title row is not a title.
      if (isColumnNumberCell(t)) continue;
      parts[c].push(headerWords(t));
      leafCells[c] = cell;
    }
  }
  const leafSpans = leafCells.map((cell, c) => {
    if (!cell || cell.colSpan <= 1) return null;
    // A spanning leaf (sub-titles jammed into one cell, or no sub-titles under a group) names no single column.
    return { start: cell.col, end: Math.min(n - 1, cell.col + cell.colSpan - 1), col: c };
  });
  return { firstDataRow, parts, numbers, numberRow, leafSpans: leafSpans.map((s) => (s ? [s.start, s.end] : null)) };
}

/** The caption of a one-sided review table that prints the review's result (`Rumusan kebutuhan ... hasil review`). */
const ONE_SIDED_HASIL = /hasil (review|analisis)|rumusan kebutuhan/;
/** T-C.31's right half: `Hasil Analisis Kebutuhan` (typos repaired by headerWords). */
export const HASIL_GROUP = /hasil analisis|analisis kebutuhan/;
/** Column titles that are a fund source: the money of that source (old-era tables split the pagu by source). */
const FUND_SOURCE_LEAF = /^(apbd|apbn|phln|dak\b|dau\b|sumber dana lain|lainnya|dana lain)/;
/** A grand-total money column: `Jumlah`, `Total`, `Jumlah (Rp)`. */
const TOTAL_LEAF = /^(jumlah|total)( dana| anggaran| pagu)?( \(rp\.?[^)]*\))?$/;

/** Side of T-C.31 a column belongs to, from its group titles. */
function sideOf(parts: string[]): 'awal' | 'hasil' | null {
  for (const p of parts.slice(0, -1)) {
    if (HASIL_GROUP.test(p)) return 'hasil';
    if (/rancangan awal|\brkpd\b/.test(p)) return 'awal';
  }
  return null;
}

/** The field a column holds, from its leaf text and group titles (null = not used). */
export function fieldOf(parts: string[]): Field | null {
  if (parts.length === 0) return null;
  const leaf = parts[parts.length - 1];
  const groups = parts.slice(0, -1).join(' | ');
  const maju = /prakiraan maju|\bmaju\b/.test(groups) || /prakiraan maju/.test(leaf);
  const moneyGroup = /pagu|kebutuhan dana|anggaran/.test(groups);

  if (/^(kode|kode rekening|kodering)\b/.test(leaf)) return 'code';
  if (/^(no|no\.|nomor|nomor urut|no urut)$/.test(leaf)) return 'no';
  if (/^sasaran/.test(leaf)) return 'sasaran';
  if (/formula/.test(leaf)) return 'formula';
  if (/^aktivitas/.test(leaf)) return 'aktivitas';
  if (/prioritas/.test(leaf)) return 'prioritas';
  if (/^lokasi/.test(leaf)) return 'lokasi';
  if (/catatan|keterangan/.test(leaf) || /catatan|keterangan/.test(groups)) return 'catatan';
  // A fund-source title (`APBD Provinsi`) or a bare `Jumlah` holds money even without a pagu group title.
  const moneyLeaf = FUND_SOURCE_LEAF.test(leaf) || TOTAL_LEAF.test(leaf);
  if (moneyGroup || moneyLeaf || /pagu|kebutuhan dana|anggaran|\(rp|rupiah|ribuan/.test(leaf)) {
    if (/apbd.*(kab|kota)/.test(leaf)) return 'pagu.apbdKab';
    if (/apbd/.test(leaf)) return 'pagu.apbdProv';
    if (/apbn|phln/.test(leaf)) return 'pagu.apbn';
    if (/lainnya/.test(leaf)) return 'pagu.lainnya';
    if (/^sumber\s*dana/.test(leaf)) return 'sumberDana';
    if (moneyGroup && !/pagu|kebutuhan dana|anggaran|total|jumlah|\(rp/.test(leaf)) {
      // `Target Kinerja dan Anggaran ... / K | Rp.`: the K and Rp leaves of a target-and-money group
      if (/target|capaian/.test(leaf) || (leaf === 'k' && /target/.test(groups))) return maju ? 'targetMaju' : 'target';
      if (/^\(?rp\.?\)?$/.test(leaf)) return maju ? 'paguMaju' : 'pagu';
      return null;
    }
    return maju ? 'paguMaju' : 'pagu';
  }
  if (/^sumber\s*dana/.test(leaf)) return 'sumberDana';
  if (/^tingkat/.test(leaf)) return 'ratio';
  if (/realisasi/.test(leaf) && !/^target/.test(leaf)) return 'realisasi';
  if (/indikator|tolok ukur/.test(leaf)) return 'indikator';
  if (/target|besaran|volume/.test(leaf)) return maju ? 'targetMaju' : 'target';
  if (/program|kegiatan|urusan|^uraian\b/.test(leaf)) return 'name';
  // Leaves that are only years (`Tahun 2022`) take their meaning from the group title.
  if (/target/.test(groups)) return maju ? 'targetMaju' : 'target';
  if (/realisasi/.test(groups)) return 'realisasi';
  return null;
}

/** Standard column numbers by kind, used only for fields the header words did not give. */
const STANDARD_NUMBERS: Partial<Record<TableKind, Record<number, ColumnKey>>> = {
  TC31: {
    1: 'code',
    2: 'awal.name',
    3: 'awal.lokasi',
    4: 'awal.indikator',
    5: 'awal.target',
    6: 'awal.pagu',
    7: 'hasil.name',
    8: 'hasil.lokasi',
    9: 'hasil.indikator',
    10: 'hasil.target',
    11: 'hasil.pagu',
    12: 'catatan',
  },
  TC32: { 1: 'code', 2: 'name', 3: 'lokasi', 4: 'indikator', 5: 'target', 6: 'catatan' },
  TC33: {
    1: 'code',
    2: 'name',
    3: 'indikator',
    4: 'lokasi',
    5: 'target',
    6: 'pagu',
    7: 'sumberDana',
    8: 'catatan',
    9: 'targetMaju',
    10: 'paguMaju',
  },
};

/** Short digit groups (`7`, `01`, `201`, `2.09`) that make up a code split over columns. */
const CODE_PIECE = /^\d{1,4}(\.\d{1,4})*$/;
/** Share of a column's data cells that must be code pieces (or blank) to join it to the code. */
const CODE_PIECE_SHARE = 0.8;

/** Pagu keys: the total or a fund-source part, on either side (`pagu`, `hasil.pagu`, `pagu.apbdProv`). */
function isPaguKey(key: string): boolean {
  return /(^|\.)pagu(\.|$)/.test(key) || key === 'paguMaju';
}

/** Fields a spanning title can name, by its words, and the data type each field's cells have. */
const SPAN_FIELDS: { field: 'pagu' | 'target' | 'sumberDana' | 'lokasi'; words: RegExp; type: ContentType }[] = [
  { field: 'pagu', words: /pagu|kebutuhan dana|anggaran/, type: 'money' },
  { field: 'target', words: /target|capaian|volume|besaran/, type: 'target' },
  { field: 'sumberDana', words: /sumber dana/, type: 'fund' },
  { field: 'lokasi', words: /lokasi/, type: 'text' },
];

/**
 * Columns under one header cell that spans them (`Rencana Tahun 2017 Target Kebutuhan Dana/ Pagu
 * Capaian Lokasi Sumber Dana`): the words list the fields but not which column holds which, so
 * each column takes the field its data looks like. Fields the words do not name are not guessed.
 */
function resolveSpans(table: Table, header: HeaderInfo, columns: ColumnIndex, reasons: string[]): void {
  const spans = new Map<string, [number, number]>();
  for (const s of header.leafSpans ?? []) if (s && s[1] > s[0]) spans.set(`${s[0]}-${s[1]}`, s);
  for (const [a, b] of spans.values()) {
    const words = header.parts[a][header.parts[a].length - 1] ?? '';
    const named = SPAN_FIELDS.filter((f) => f.words.test(words));
    if (named.length < 2) continue; // one field named: the words say enough
    const maju = /prakiraan maju/.test(header.parts[a].join(' | '));
    const key = (field: (typeof SPAN_FIELDS)[number]['field']): Field =>
      maju && field === 'pagu' ? 'paguMaju' : maju && field === 'target' ? 'targetMaju' : field;
    for (const f of named) {
      const at = columns[key(f.field)];
      if (at !== undefined && at >= a && at <= b) delete columns[key(f.field)];
    }
    for (let c = a; c <= b; c++) {
      if (Object.values(columns).includes(c)) continue;
      const content = columnContent(columnValues(table, c, header.firstDataRow));
      const f = named.find((x) => x.type === content.type && columns[key(x.field)] === undefined);
      if (!f) continue;
      columns[key(f.field)] = c;
      reasons.push(`${key(f.field)} <- col ${c}: title spans cols ${a}..${b}, data look like ${content.type}`);
    }
  }
}

/**
 * Precision guard: a target column whose cells are mostly sentences is dropped. A money field whose column holds no amounts (targets, names, fund sources)
 * was mis-read. A column under the same spanning title that does hold amounts takes its place;
 * otherwise the field is dropped, so the table is not compared on values it does not have.
 */
function checkMoneyContent(table: Table, header: HeaderInfo, columns: ColumnIndex, reasons: string[]): void {
  for (const [key, c] of columnEntries(columns)) {
    if (/(^|\.)target(Maju)?$/.test(key)) {
      // A target column of sentences (`Terlaksananya Temu Konsolidasi ...`) holds no quantities to compare.
      const content = columnContent(columnValues(table, c, header.firstDataRow));
      if (content.type === 'text') {
        delete columns[key];
        reasons.push(`${key} dropped: col ${c} holds sentences, not targets`);
      }
      continue;
    }
    if (!isPaguKey(key)) continue;
    const content = columnContent(columnValues(table, c, header.firstDataRow));
    if (!notMoney(content)) continue;
    delete columns[key];
    const span = header.leafSpans?.[c];
    let replaced = false;
    if (span) {
      for (let k = span[0]; k <= span[1] && !replaced; k++) {
        if (Object.values(columns).includes(k)) continue;
        const other = columnContent(columnValues(table, k, header.firstDataRow));
        if (other.type === 'money') {
          columns[key] = k;
          replaced = true;
          reasons.push(`${key} <- col ${k}: col ${c} under the same title holds no amounts`);
        }
      }
    }
    if (!replaced)
      reasons.push(
        `${key} dropped: col ${c} holds ${content.type}, not amounts (${content.money} of ${content.filled} cells)`,
      );
  }
}

function columnValues(table: Table, c: number, firstDataRow: number): string[] {
  return table.cells.filter((x) => x.col === c && x.row >= firstDataRow).map((x) => x.text.trim());
}

type SideOf = Side | null;

/**
 * The side of T-C.31 each column belongs to: from the group titles; without them, the first of a repeated field is
 * awal (and a one-sided table captioned as the review's result is hasil); money printed after a side's group as a
 * bare `Jumlah` / fund-source column belongs to that side when it has no pagu of its own.
 */
function tc31Sides(table: Table, header: HeaderInfo, base: (Field | null)[], reasons: string[]): SideOf[] {
  const n = table.colCount;
  const sides: SideOf[] = header.parts.map((p) => sideOf(p));
  if (!sides.some((s) => s !== null)) {
    const seen = new Set<string>();
    for (let c = 0; c < n; c++) {
      const f = base[c];
      if (!f || f === 'code' || f === 'catatan') continue;
      sides[c] = seen.has(f) ? 'hasil' : 'awal';
      seen.add(f);
    }
    if (seen.size > 0) reasons.push('T-C.31 sides from repeated column titles');
    // One side only, captioned as the result of the review (`Rumusan kebutuhan ... hasil review terhadap rancangan
    // awal RKPD`): it is the hasil side, not the rancangan awal.
    const caption = headerWords(table.captionLines.join(' '));
    if (!sides.includes('hasil') && ONE_SIDED_HASIL.test(caption)) {
      for (let c = 0; c < n; c++) if (sides[c] === 'awal') sides[c] = 'hasil';
      reasons.push('one-sided T-C.31 captioned as the review result: hasil side');
    }
  } else {
    reasons.push('T-C.31 sides from group titles');
  }
  // Disnakertrans: `... | Jumlah | Prakiraan Maju` after the groups
  const sidePagu = (side: Side): boolean => base.some((f, c) => sides[c] === side && f !== null && isPaguKey(f));
  const hasHasil = sides.includes('hasil');
  for (let c = 0; c < n; c++) {
    const f = base[c];
    if (sides[c] !== null || !f) continue;
    // Prakiraan Maju printed beside a review table projects the hasil (final) plan a year on.
    if ((f === 'paguMaju' || f === 'targetMaju') && hasHasil) {
      sides[c] = 'hasil';
      reasons.push(`hasil.${f} <- col ${c}: prakiraan maju of the hasil plan`);
      continue;
    }
    if (!isPaguKey(f) || f === 'paguMaju') continue;
    let k = c - 1;
    while (k >= 0 && sides[k] === null) k--;
    const side = k >= 0 ? sides[k] : null;
    if (side && !sidePagu(side)) {
      sides[c] = side;
      reasons.push(`${side}.${f} <- col ${c}: money column after the ${side} group`);
    }
  }
  return sides;
}

/** Column keys from each column's field and side; a code header merged over several columns gives `code.end`. */
function assignKeys(base: (Field | null)[], sides: SideOf[], columns: ColumnIndex, reasons: string[]): void {
  base.forEach((f, c) => {
    if (!f) return;
    const side = sides[c];
    const key: ColumnKey = side && f !== 'code' && f !== 'catatan' ? `${side}.${f}` : f;
    if (key === 'code' && columns.code !== undefined) {
      // A code header merged over several columns (`7 | 01 | 01 | 201 | 03`).
      if (c === (columns['code.end'] ?? columns.code) + 1) columns['code.end'] = c;
      return;
    }
    if (columns[key] === undefined) columns[key] = c;
    else if (
      (f === 'pagu' || f === 'target') &&
      c > 0 &&
      /Maju$/.test(base[c - 1] ?? '') &&
      columns[`${f}Maju`] === undefined
    ) {
      // The Prakiraan Maju title drawn over its first column only: the next pagu/target is still maju.
      columns[`${f}Maju`] = c;
      reasons.push(`${f}Maju <- col ${c}: second ${f} column beside the prakiraan maju column`);
    }
  });
}

/** Split codes under an unmerged `Kode` header: the untitled columns of digit groups after it join the code. */
function absorbSplitCode(table: Table, header: HeaderInfo, columns: ColumnIndex, reasons: string[]): void {
  if (columns.code === undefined) return;
  let end = columns['code.end'] ?? columns.code;
  while (end + 1 < table.colCount && header.parts[end + 1].length === 0) {
    const vals = columnValues(table, end + 1, header.firstDataRow);
    const pieces = vals.filter((v) => v === '' || CODE_PIECE.test(v)).length;
    if (vals.length === 0 || pieces / vals.length < CODE_PIECE_SHARE) break;
    end++;
  }
  if (end > columns.code) {
    columns['code.end'] = end;
    reasons.push(`code split over columns ${columns.code}..${end}`);
  }
}

/** Fields the header words did not give, from the form's standard column numbers (`(6)` = pagu in T-C.33). */
function fromColumnNumbers(kind: TableKind, header: HeaderInfo, columns: ColumnIndex, reasons: string[]): void {
  const standard = STANDARD_NUMBERS[kind];
  if (standard) {
    header.numbers.forEach((num, c) => {
      if (!num) return;
      const field = standard[parseInt(num.replace(/^\(/, ''), 10)];
      if (field && columns[field] === undefined && !Object.values(columns).includes(c)) {
        columns[field] = c;
        reasons.push(`${field} from column number ${num}`);
      }
    });
  }
  if (header.numberRow !== null) reasons.push(`column numbers: ${header.numbers.filter((x) => x !== null).join(' ')}`);
}

/** The money unit of the pagu column's header (`(Rp. 000)` = 1000). */
function headerMoneyUnit(header: HeaderInfo, columns: ColumnIndex, reasons: string[]): number {
  const moneyCol =
    columns.pagu ??
    columns['awal.pagu'] ??
    columns['hasil.pagu'] ??
    columns['pagu.apbdProv'] ??
    columns['pagu.apbdKab'];
  if (moneyCol === undefined) return 1;
  const unit = parseMoneyUnit(header.parts[moneyCol].join(' '));
  if (unit !== 1) reasons.push(`money unit ${unit} from header`);
  return unit;
}

/** Which grid column holds which field: header words first, then spanning titles, column numbers, data checks. */
export function mapColumns(table: Table, kind: TableKind, header: HeaderInfo = analyzeHeader(table)): ColumnMap {
  const columns: ColumnIndex = {};
  const reasons: string[] = [];
  const fields = header.parts.map((p) => fieldOf(p));
  const codeIsRowNumber = !fields.includes('code') && fields.includes('no');
  // `No`/`Nomor` plays the code column's part when there is no `Kode` column.
  const base: (Field | null)[] = fields.map((f) => (f === 'no' ? (codeIsRowNumber ? 'code' : null) : f));
  const sides = kind === 'TC31' ? tc31Sides(table, header, base, reasons) : base.map((): SideOf => null);
  assignKeys(base, sides, columns, reasons);
  absorbSplitCode(table, header, columns, reasons);
  resolveSpans(table, header, columns, reasons);
  fromColumnNumbers(kind, header, columns, reasons);
  checkMoneyContent(table, header, columns, reasons);
  const moneyUnit = headerMoneyUnit(header, columns, reasons);
  for (const [k, v] of columnEntries(columns)) {
    if (!k.startsWith('code.')) reasons.push(`${k} <- col ${v} "${header.parts[v]?.join(' / ') ?? ''}"`);
  }
  return { columns, moneyUnit, codeIsRowNumber, reasons };
}

/** Kinds whose rows are matched and compared with other tables: a row needs a name column to be identified. */
const COMPARED_KINDS: TableKind[] = ['TC31', 'TC32', 'TC33', 'T41'];

/**
 * The sides of a table the column map can read records from (T-C.31: `awal`, `hasil`; others: `''`).
 * Precision guard: a compared table (or T-C.31 half) whose map has no name column would give rows
 * matched on numbering alone and compared field by field against the wrong row, so it gives none.
 */
export function readableSides(kind: TableKind, columns: ColumnIndex): { sides: (Side | '')[]; reasons: string[] } {
  const all: (Side | '')[] = kind === 'TC31' ? ['awal', 'hasil'] : [''];
  if (!COMPARED_KINDS.includes(kind)) return { sides: all, reasons: [] };
  const sides: (Side | '')[] = [];
  const reasons: string[] = [];
  for (const side of all) {
    const p: SidePrefix = side ? `${side}.` : '';
    if (columns[sideKey(p, 'name')] !== undefined) sides.push(side);
    else reasons.push(`precision guard: no ${p}name column, no records read${side ? ` from the ${side} side` : ''}`);
  }
  return { sides, reasons };
}
