/** Recognising header rows: column titles, the column-number row (`1 2 3 … 14`, `(1) (2)`), and their repeats. */

/** A cell of a column-number row: `7`, `(7)`, `8=(7/6)`, `9 = 8 x 100%`. */
const COLUMN_NUMBER_CELL = /^\(?\d{1,2}\)?(\s*=\s*.+)?$/;
/** The column-number row is found among the first rows; deeper rows are data. */
const MAX_HEADER_ROWS = 6;

/** Row text for recognising a repeated header: case and all spacing ignored, since a repeat may wrap differently. */
export function normalizeRowText(texts: string[]): string {
  return texts.map((t) => t.toLowerCase().replace(/\s+/g, '')).join('|');
}

/** Is this row the `1 2 3 … n` row that numbers the columns of the form? */
export function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < 3 || filled.length < texts.length * 0.5) return false;
  if (!filled.every((t) => COLUMN_NUMBER_CELL.test(t))) return false;
  const nums = filled.map((t) => parseInt(t.replace(/^\(/, ''), 10));
  let increasing = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i] > nums[i - 1]) increasing++;
  // forms number columns in order, sometimes with one out of place (`1 2 3 5 4`)
  return increasing >= (nums.length - 1) * 0.7;
}

/** A row of unit labels only (`K`, `Rp`, `(%)`, `Rp.`): short non-numeric tokens in at least two cells. */
export function isUnitRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => t.length <= 5 && !/\d/.test(t));
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
