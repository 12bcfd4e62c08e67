/**
 * Column mapping: which grid column of a Renja table holds which field, read from the
 * header words (group titles included, via merged cells) and the column-number row
 * (`1 2 3 ...`, `(1) (2)`, `8=(7/6)`). Pure functions over a `Table`.
 */
import { cellGrid, type Cell, type Table } from '../tables/model.js';
import type { TableKind } from './schema.js';
import { normalizeText } from './text.js';
import { parseMoneyUnit } from './money.js';

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
}

export interface ColumnMap {
  /** Field -> grid column index. T-C.31 fields are prefixed `awal.` / `hasil.`. */
  columns: Record<string, number>;
  /** Money multiplier from the pagu column header (`(Rp. 000)` = 1000). */
  moneyUnit: number;
  /** The `code` column is titled `No`/`Nomor`: it holds row numbers, codes only when they look like codes. */
  codeIsRowNumber: boolean;
  reasons: string[];
}

/** A column-number cell: `1`, `(12)`, `8=(7/6)`, `10 = (5+7+9)`. */
const NUMBER_CELL = /^\(?\d{1,2}\)?(\s*=\s*\(?[\d\s+\-x*/().]+\)?)?$/;
/** Share of a row's non-empty cells that must be column numbers for it to be the number row. */
const NUMBER_ROW_SHARE = 0.7;
/** Fewer numbered cells than this is a data row (e.g. a short table of counts), not a number row. */
const NUMBER_ROW_MIN_CELLS = 3;
/** How far below the header the engine may have left the number row / unit row. */
const HEADER_SEARCH_ROWS = 8;

/** Lower-cased, whitespace-collapsed header text; hyphen wraps (`Pemerin- tahan`) joined. */
export function headerWords(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .replace(/(\p{L})- (\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
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

export function isNumberRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  if (filled.length < NUMBER_ROW_MIN_CELLS) return false;
  const numbered = filled.filter((t) => NUMBER_CELL.test(t.replace(/\s+/g, ' ')));
  if (numbered.length / filled.length < NUMBER_ROW_SHARE) return false;
  // Column numbers run upward (possibly with gaps, as in the seed's `1 7 8 9 10 11`).
  const nums = numbered.map((t) => parseInt(t.replace(/^\(/, ''), 10));
  let rising = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i] > nums[i - 1]) rising++;
  return rising >= (nums.length - 1) * NUMBER_ROW_SHARE;
}

/** A row of unit letters under the number row (the seed's T-C.29 has `K K K ...`). */
export function isUnitRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length >= NUMBER_ROW_MIN_CELLS && filled.every((t) => /^[A-Za-z%]{1,2}$/.test(t));
}

export function analyzeHeader(table: Table): HeaderInfo {
  const grid = cellGrid(table);
  const n = table.colCount;
  let numberRow: number | null = null;
  const limit = Math.min(table.rowCount, Math.max(table.headerRows, 0) + HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (isNumberRow(rowTexts(grid, r, n))) {
      numberRow = r;
      break;
    }
  }
  let firstDataRow = table.headerRows;
  if (numberRow !== null && numberRow >= firstDataRow) firstDataRow = numberRow + 1;
  while (firstDataRow < table.rowCount && isUnitRow(rowTexts(grid, firstDataRow, n))) firstDataRow++;

  const parts: string[][] = Array.from({ length: n }, () => []);
  const numbers: (string | null)[] = Array<string | null>(n).fill(null);
  for (let c = 0; c < n; c++) {
    let last: Cell | undefined;
    for (let r = 0; r < firstDataRow; r++) {
      const cell = grid[r]?.[c];
      if (!cell || cell === last) continue;
      last = cell;
      const t = cell.text.trim();
      if (t === '') continue;
      if (r === numberRow) {
        if (cell.col === c || cell.colSpan === 1) numbers[c] = t;
        continue;
      }
      if (isUnitRow(rowTexts(grid, r, n))) continue;
      parts[c].push(headerWords(t));
    }
  }
  return { firstDataRow, parts, numbers, numberRow };
}

/** Side of T-C.31 a column belongs to, from its group titles. */
function sideOf(parts: string[]): 'awal' | 'hasil' | null {
  for (const p of parts.slice(0, -1)) {
    if (/hasil analisis|analisis kebutuhan/.test(p)) return 'hasil';
    if (/rancangan awal|\brkpd\b/.test(p)) return 'awal';
  }
  return null;
}

/** The field a column holds, from its leaf text and group titles (null = not used). */
export function fieldOf(parts: string[]): string | null {
  if (parts.length === 0) return null;
  const leaf = parts[parts.length - 1];
  const groups = parts.slice(0, -1).join(' | ');
  const maju = /prakiraan maju|\bmaju\b/.test(groups) || /prakiraan maju/.test(leaf);
  const moneyGroup = /pagu|kebutuhan dana|anggaran/.test(groups);

  if (/^(kode|kode rekening)\b/.test(leaf)) return 'code';
  if (/^(no|no\.|nomor|nomor urut|no urut)$/.test(leaf)) return 'no';
  if (/^sasaran/.test(leaf)) return 'sasaran';
  if (/formula/.test(leaf)) return 'formula';
  if (/^aktivitas/.test(leaf)) return 'aktivitas';
  if (/prioritas/.test(leaf)) return 'prioritas';
  if (/^lokasi/.test(leaf)) return 'lokasi';
  if (/catatan|keterangan/.test(leaf) || /catatan|keterangan/.test(groups)) return 'catatan';
  if (moneyGroup || /pagu|kebutuhan dana|anggaran|\(rp|rupiah|ribuan/.test(leaf)) {
    if (/apbd.*(kab|kota)/.test(leaf)) return 'pagu.apbdKab';
    if (/apbd/.test(leaf)) return 'pagu.apbdProv';
    if (/apbn|phln/.test(leaf)) return 'pagu.apbn';
    if (/lainnya/.test(leaf)) return 'pagu.lainnya';
    if (/^sumber\s*dana/.test(leaf)) return 'sumberDana';
    if (moneyGroup && !/pagu|kebutuhan dana|anggaran|total|jumlah|\(rp/.test(leaf)) {
      if (/target|capaian/.test(leaf)) return maju ? 'targetMaju' : 'target';
      return null;
    }
    return maju ? 'paguMaju' : 'pagu';
  }
  if (/^sumber\s*dana/.test(leaf)) return 'sumberDana';
  if (/^tingkat/.test(leaf)) return 'ratio';
  if (/realisasi/.test(leaf) && !/^target/.test(leaf)) return 'realisasi';
  if (/indikator|tolok ukur/.test(leaf)) return 'indikator';
  if (/target|besaran|volume/.test(leaf)) return maju ? 'targetMaju' : 'target';
  if (/program|kegiatan|urusan/.test(leaf)) return 'name';
  // Leaves that are only years (`Tahun 2022`) take their meaning from the group title.
  if (/target/.test(groups)) return maju ? 'targetMaju' : 'target';
  if (/realisasi/.test(groups)) return 'realisasi';
  return null;
}

/** Standard column numbers by kind, used only for fields the header words did not give. */
const STANDARD_NUMBERS: Partial<Record<TableKind, Record<number, string>>> = {
  TC31: {
    1: 'code', 2: 'awal.name', 3: 'awal.lokasi', 4: 'awal.indikator', 5: 'awal.target', 6: 'awal.pagu',
    7: 'hasil.name', 8: 'hasil.lokasi', 9: 'hasil.indikator', 10: 'hasil.target', 11: 'hasil.pagu', 12: 'catatan',
  },
  TC32: { 1: 'code', 2: 'name', 3: 'lokasi', 4: 'indikator', 5: 'target', 6: 'catatan' },
  TC33: {
    1: 'code', 2: 'name', 3: 'indikator', 4: 'lokasi', 5: 'target', 6: 'pagu', 7: 'sumberDana', 8: 'catatan',
    9: 'targetMaju', 10: 'paguMaju',
  },
};

/** Short digit groups (`7`, `01`, `201`, `2.09`) that make up a code split over columns. */
const CODE_PIECE = /^\d{1,4}(\.\d{1,4})*$/;
/** Share of a column's data cells that must be code pieces (or blank) to join it to the code. */
const CODE_PIECE_SHARE = 0.8;

function columnValues(table: Table, c: number, firstDataRow: number): string[] {
  return table.cells.filter((x) => x.col === c && x.row >= firstDataRow).map((x) => x.text.trim());
}

export function mapColumns(table: Table, kind: TableKind, header: HeaderInfo = analyzeHeader(table)): ColumnMap {
  const columns: Record<string, number> = {};
  const reasons: string[] = [];
  const n = table.colCount;
  const fields = header.parts.map((p) => fieldOf(p));
  const codeIsRowNumber = !fields.includes('code') && fields.includes('no');
  // `No`/`Nomor` plays the code column's part when there is no `Kode` column.
  const base: (string | null)[] = fields.map((f) => (f === 'no' ? (codeIsRowNumber ? 'code' : null) : f));
  const sides: ('awal' | 'hasil' | null)[] = header.parts.map((p) => (kind === 'TC31' ? sideOf(p) : null));

  // T-C.31 without group titles (no merged header): the first of a repeated field is awal.
  if (kind === 'TC31' && !sides.some((s) => s !== null)) {
    const seen = new Set<string>();
    for (let c = 0; c < n; c++) {
      const f = base[c];
      if (!f || f === 'code' || f === 'catatan') continue;
      sides[c] = seen.has(f) ? 'hasil' : 'awal';
      seen.add(f);
    }
    if (seen.size > 0) reasons.push('T-C.31 sides from repeated column titles');
  } else if (kind === 'TC31') {
    reasons.push('T-C.31 sides from group titles');
  }

  for (let c = 0; c < n; c++) {
    const f = base[c];
    if (!f) continue;
    const key = sides[c] && f !== 'code' && f !== 'catatan' ? `${sides[c]}.${f}` : f;
    if (key === 'code' && columns.code !== undefined) {
      // A code header merged over several columns (`7 | 01 | 01 | 201 | 03`).
      if (c === (columns['code.end'] ?? columns.code) + 1) columns['code.end'] = c;
      continue;
    }
    if (columns[key] === undefined) columns[key] = c;
  }

  // Split codes under an unmerged `Kode` header: absorb following untitled columns of digit groups.
  if (columns.code !== undefined) {
    let end = columns['code.end'] ?? columns.code;
    while (end + 1 < n && header.parts[end + 1].length === 0) {
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

  const standard = STANDARD_NUMBERS[kind];
  if (standard) {
    for (let c = 0; c < n; c++) {
      const num = header.numbers[c];
      if (!num) continue;
      const field = standard[parseInt(num.replace(/^\(/, ''), 10)];
      if (field && columns[field] === undefined && !Object.values(columns).includes(c)) {
        columns[field] = c;
        reasons.push(`${field} from column number ${num}`);
      }
    }
  }
  if (header.numberRow !== null) {
    reasons.push(`column numbers: ${header.numbers.filter((x) => x !== null).join(' ')}`);
  }

  const moneyCol = columns.pagu ?? columns['awal.pagu'] ?? columns['pagu.apbdProv'] ?? columns['pagu.apbdKab'];
  let moneyUnit = 1;
  if (moneyCol !== undefined) {
    moneyUnit = parseMoneyUnit(header.parts[moneyCol].join(' '));
    if (moneyUnit !== 1) reasons.push(`money unit ${moneyUnit} from header`);
  }
  for (const [k, v] of Object.entries(columns)) {
    if (!k.startsWith('code.')) reasons.push(`${k} <- col ${v} "${header.parts[v]?.join(' / ') ?? ''}"`);
  }
  return { columns, moneyUnit, codeIsRowNumber, reasons };
}
