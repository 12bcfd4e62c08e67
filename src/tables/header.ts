/** Recognising header rows: column titles, the column-number row (`1 2 3 … 14`, `(1) (2)`), and their repeats. */

/**
 * A cell of a column-number row: `7`, `(7)`, `-7-`, `8=(7/6)`, `10 = (5+7+9)`, `9 = 8 x 100%`; also the garbled
 * `Rp6` of new-era exports whose column numbers run into a `Rp` unit label.
 */
const COLUMN_NUMBER_CELL = /^(?:rp\.?\s*)?[(-]?\d{1,2}[)-]?(\s*=\s*.+)?$/i;
/** Share of a row's filled cells that must be column numbers, and of their neighbours that must rise. */
const NUMBER_ROW_SHARE = 0.7;
/** Fewer numbered cells than this is a data row (a short table of counts), not a number row. */
export const NUMBER_ROW_MIN_CELLS = 3;
/** The column-number row is found among the first rows; deeper rows are data. */
const MAX_HEADER_ROWS = 6;

/** Row text for recognising a repeated header: case and all spacing ignored, since a repeat may wrap differently. */
export function normalizeRowText(texts: string[]): string {
  return texts.map((t) => t.toLowerCase().replace(/\s+/g, '')).join('|');
}

/** Is this cell only a column number (`(10)`, `8=(7/6)`, `-3-`)? Such a cell is never a column title. */
export function isColumnNumberCell(t: string): boolean {
  return COLUMN_NUMBER_CELL.test(t.trim().replace(/\s+/g, ' '));
}

/**
 * Is this row the `1 2 3 … n` row that numbers the columns of the form? Forms number columns in order, sometimes
 * with gaps (`1 7 8 9`) or one out of place (`1 2 4 Rp6 7 3 9`); a split code (`7 | 01 | 01 | 201`) does not rise,
 * and a row that names something (`1 | 6 | 29 | Program …`) is data.
 */
export function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < NUMBER_ROW_MIN_CELLS) return false;
  // a word in any cell makes it a data row (`1 | 6 | 29 | Program Perencanaan`: a code split over cells)
  if (filled.some((t) => /\p{L}{4,}/u.test(t))) return false;
  const numbered = filled.filter(isColumnNumberCell);
  if (numbered.length / filled.length < NUMBER_ROW_SHARE) return false;
  const nums = numbered.map((t) => parseInt(/\d+/.exec(t)![0], 10));
  let rising = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i] > nums[i - 1]) rising++;
  return rising >= (nums.length - 1) * NUMBER_ROW_SHARE;
}

/** A unit label under the column titles: `K`, `Rp`, `Rp.`, `(%)`, `%`, `Org`. */
const UNIT_CELL = /^\(?(?:rp\.?|%|[a-z]{1,3}\.?)\)?$/i;

/** A row of unit labels only (`K | Rp | K | Rp`, `(%)`): at least two cells, all unit labels. */
export function isUnitRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => UNIT_CELL.test(t));
}

/**
 * An amount as printed in Renja tables: digit groups of three (`1.250.000`, `4,355,125`), optional `Rp` and cents.
 * `minGroups` 2 asks for a budget amount (one group, `5.017`, is more often a count).
 */
export function isAmountShape(t: string, minGroups = 1): boolean {
  const m = /^(?:rp\.?\s*)?\(?-?\d{1,3}((?:[.,]\s?\d{3})+)(?:[.,]\d{1,2})?\)?$/i.exec(t.trim());
  return m !== null && m[1].replace(/[^.,]/g, '').length >= minGroups;
}

/** Looks like data rather than a title: a code, an amount, a percentage. */
function looksLikeData(t: string): boolean {
  return /^\d+(\.\d+){2,}/.test(t) || /\d{1,3}(\.\d{3}){1,}/.test(t) || /^\d+([.,]\d+)?\s*%$/.test(t);
}

/**
 * Counts the header rows at the top of a table from its rows' texts and the spans of its first row's cells.
 * Uses the column-number row when there is one (it closes the header), else the row span of merged title cells
 * (a title spanning several columns has sub-titles beneath it), else one title row when the first row holds no data.
 */
export function headerRowCount(rows: string[][], firstRow: { rowSpan: number; colSpan: number }[]): number {
  const limit = Math.min(rows.length, MAX_HEADER_ROWS);
  for (let i = 0; i < limit; i++) {
    if (!isColumnNumberRow(rows[i])) continue;
    // unit rows right under the numbers (`K | Rp | K | Rp`, `(%)`) still belong to the header
    let n = i + 1;
    while (n < rows.length && n < MAX_HEADER_ROWS + 1 && isUnitRow(rows[n])) n++;
    return n;
  }
  if (!rows.length || rows[0].some(looksLikeData) || rows[0].filter((t) => t).length < 2) return 0;
  let n = Math.max(1, ...firstRow.map((c) => c.rowSpan));
  if (n === 1 && firstRow.some((c) => c.colSpan > 1) && rows[1] && !rows[1].some(looksLikeData)) n = 2;
  return Math.min(n, limit);
}
