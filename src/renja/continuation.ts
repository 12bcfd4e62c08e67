/**
 * Headerless continuation: a table that starts on the page after a Renja table ends, under no caption naming a new
 * table and with no header of its own, whose columns line up with that table's (the same number of columns, or the
 * same column extents with a column split or merged) and hold the same kinds of data, goes on with that table: it is
 * read with the previous table's kind and column map. Page stitching joins such pages when the column rules match
 * exactly; this catches the pages where they do not (an Excel sheet printed page by page with column widths that
 * change, a sliver column on one page).
 */
import type { Table } from '../tables/model.js';
import { isColumnNumberRow, isUnitRow, normalizeRowText } from '../tables/header.js';
import { namesNewTable } from '../tables/stitch.js';
import type { Classification } from './classify.js';
import { fieldOf, type ColumnMap, type HeaderInfo } from './columns.js';
import { columnContent, type ContentType } from './content.js';
import { columnEntries, type ColumnIndex, type ColumnKey } from './fields.js';

export interface ReadTable {
  table: Table;
  header: HeaderInfo;
  classification: Classification;
  columnMap: ColumnMap;
}

export interface Continuation {
  header: HeaderInfo;
  classification: Classification;
  columnMap: ColumnMap;
}

/** A column of the next table must lie this much inside a column of the previous one to take its place. */
const OVERLAP_SHARE = 0.5;
/** Mapped columns whose data must agree in type (money, target, text ...) before a table is taken as a continuation. */
const MIN_AGREEING_COLUMNS = 2;
/** A header naming this many Renja fields is a header of its own: that table is classified on its own words. */
const OWN_HEADER_FIELDS = 3;

/**
 * Column boundaries (x) of a table, from its cells on one page, then (where that page shows no cell edge, as when
 * the page's part has fewer column rules) from its other pages; null where no cell edge shows one.
 */
export function columnBoundaries(table: Table, page: number): (number | null)[] {
  const b: (number | null)[] = Array<number | null>(table.colCount + 1).fill(null);
  for (const onPage of [true, false]) {
    for (const c of table.cells) {
      if ((c.page === page) !== onPage) continue;
      b[c.col] ??= c.bbox.x0;
      b[c.col + c.colSpan] ??= c.bbox.x1;
    }
  }
  return b;
}

/**
 * For each column of the previous table, the column of the next one that holds its data (undefined: none).
 * The same number of columns: column by column (widths may change from page to page). Otherwise by extent: each
 * column of the next table belongs to the previous column it lies in (a split column: its widest part carries
 * the field); columns must keep their order.
 */
export function matchColumns(prev: (number | null)[], next: (number | null)[]): (number | undefined)[] | null {
  const prevCols = prev.length - 1;
  const nextCols = next.length - 1;
  if (prevCols === nextCols) return Array.from({ length: prevCols }, (_, i) => i);
  if (prev.some((x) => x === null) || next.some((x) => x === null)) return null;
  const p = prev as number[];
  const n = next as number[];
  const out: (number | undefined)[] = Array<number | undefined>(prevCols).fill(undefined);
  const best: number[] = Array<number>(prevCols).fill(0);
  let lastPrev = -1;
  for (let j = 0; j < nextCols; j++) {
    const w = n[j + 1] - n[j];
    if (w <= 0) continue;
    let at = -1;
    let most = 0;
    for (let i = 0; i < prevCols; i++) {
      const o = Math.min(p[i + 1], n[j + 1]) - Math.max(p[i], n[j]);
      if (o > most) {
        most = o;
        at = i;
      }
    }
    if (at < 0 || most < w * OVERLAP_SHARE) continue; // a sliver between two columns
    if (at < lastPrev) return null;
    lastPrev = at;
    if (most > best[at]) {
      best[at] = most;
      out[at] = j;
    }
  }
  return out;
}

function values(table: Table, col: number, firstRow: number): string[] {
  return table.cells.filter((c) => c.col === col && c.row >= firstRow).map((c) => c.text.trim());
}

/** Types that say the same thing about a column: an amount in thousands reads as a bare number. */
function sameType(a: ContentType, b: ContentType): boolean {
  const norm = (t: ContentType): string => (t === 'number' ? 'money' : t);
  return norm(a) === norm(b);
}

/** A page between two parts of a table: whether the table engine found a table on it, and its text lines. */
export interface GapPage {
  page: number;
  hasTable: boolean;
  lines: string[];
}

/** Lines of a page that overflow from one narrow cell (a long lokasi list) are no longer than this. */
const OVERFLOW_LINE_CHARS = 40;
/** Share of a gap page's lines that must be that short: a running head or footer is one long line. */
const OVERFLOW_SHORT_SHARE = 0.8;

/**
 * Pages between two parts that only carry the overflow of one cell (a lokasi list running over several pages: no
 * ruled table, short lines, no caption) do not break the table.
 */
export function isCellOverflow(gap: GapPage[], prevLast: number, nextFirst: number): boolean {
  if (nextFirst <= prevLast + 1 || gap.length !== nextFirst - prevLast - 1) return false;
  return gap.every((g) => {
    const lines = g.lines.map((l) => l.trim()).filter(Boolean);
    if (g.hasTable || lines.length === 0 || namesNewTable(lines)) return false;
    const short = lines.filter((l) => l.length <= OVERFLOW_LINE_CHARS).length;
    return short >= lines.length * OVERFLOW_SHORT_SHARE;
  });
}

/**
 * Does `next` continue `prev`? Returns the header, classification and column map to read it with, or null.
 * `next` must have been classified OTHER on its own and start right after `prev`: first on the page after `prev`
 * ends (`firstOnPage`), below it on its last page, or after pages holding only the overflow of a cell (`gapPages`).
 */
export function continuationOf(
  prev: ReadTable,
  next: Table,
  firstOnPage: boolean,
  gapPages: GapPage[] = [],
): Continuation | null {
  if (prev.classification.kind === 'OTHER') return null;
  const prevLast = prev.table.parts[prev.table.parts.length - 1]?.page ?? Math.max(...prev.table.pages);
  const nextFirst = next.parts[0]?.page ?? Math.min(...next.pages);
  // the next page, or lower on the same page (a ruled block set apart by a gap), or past pages of cell overflow
  const samePageBelow = !firstOnPage && nextFirst === prevLast;
  if (!samePageBelow && !(firstOnPage && nextFirst === prevLast + 1) && !isCellOverflow(gapPages, prevLast, nextFirst))
    return null;
  // a caption naming a table starts a new one (a running head printed above both does not)
  const prevCaption = new Set(prev.table.captionLines.map((l) => l.trim()));
  if (namesNewTable(next.captionLines.filter((l) => !prevCaption.has(l.trim())))) return null;

  const matched = matchColumns(columnBoundaries(prev.table, prevLast), columnBoundaries(next, nextFirst));
  if (!matched) return null;

  // rows at the top that repeat the previous header, number the columns or name units are not data
  const prevHeaderRows = new Set<string>();
  for (let r = 0; r < prev.header.firstDataRow; r++) {
    const row = Array<string>(prev.table.colCount).fill('');
    for (const c of prev.table.cells) if (c.row === r) row[c.col] = c.text;
    const remapped = Array<string>(next.colCount).fill('');
    row.forEach((t, i) => {
      if (matched[i] !== undefined) remapped[matched[i]] = t;
    });
    prevHeaderRows.add(normalizeRowText(remapped));
  }
  const rowText = (r: number): string[] => {
    const row = Array<string>(next.colCount).fill('');
    for (const c of next.cells) if (c.row === r) row[c.col] = c.text;
    return row;
  };
  let firstDataRow = 0;
  while (firstDataRow < next.rowCount) {
    const row = rowText(firstDataRow);
    if (!(isColumnNumberRow(row) || isUnitRow(row) || prevHeaderRows.has(normalizeRowText(row)))) break;
    firstDataRow++;
  }
  // a header of its own (several Renja column titles) means a table of its own
  const ownFields = new Set<string>();
  for (let r = firstDataRow; r < Math.min(next.headerRows, next.rowCount); r++) {
    for (const t of rowText(r)) {
      const f = t.trim() ? fieldOf([t.trim().toLowerCase()]) : null;
      if (f) ownFields.add(f);
    }
  }
  if (ownFields.size >= OWN_HEADER_FIELDS) {
    // the previous table's own header printed again on this page (its classification failed on the bare header
    // words): skip it and read on; any field the previous table does not have makes it a table of its own
    const prevFields = new Set(columnEntries(prev.columnMap.columns).map(([k]) => k.replace(/^(awal|hasil)\./, '')));
    // `No` may have been read as the code column
    if (![...ownFields].every((f) => prevFields.has(f) || f === 'no' || f === 'code')) return null;
    firstDataRow = Math.max(firstDataRow, next.headerRows);
  }

  const columns: ColumnIndex = {};
  let agree = 0;
  let disagree = 0;
  const checked: string[] = [];
  for (const [key, c] of columnEntries(prev.columnMap.columns)) {
    const to = matched[c];
    if (to === undefined) continue;
    if (Object.values(columns).includes(to) && !key.startsWith('code')) continue; // two columns merged into one
    columns[key as ColumnKey] = to;
    if (key.startsWith('code')) continue;
    const a = columnContent(values(prev.table, c, prev.header.firstDataRow)).type;
    const b = columnContent(values(next, to, firstDataRow)).type;
    if (a === 'empty' || a === 'mixed' || b === 'empty' || b === 'mixed') continue;
    if (sameType(a, b)) {
      agree++;
      checked.push(key);
    } else disagree++;
  }
  // the row's own words: its name, or its indicator in an indicator table (T-C.30)
  const nameKey = Object.keys(columns).find((k) => /(^|\.)(name|indikator)$/.test(k));
  if (!nameKey) return null;
  if (agree < MIN_AGREEING_COLUMNS || disagree * 2 >= agree) return null;

  const parts: string[][] = Array.from({ length: next.colCount }, () => []);
  prev.header.parts.forEach((p, i) => {
    const to = matched[i];
    if (to !== undefined && parts[to].length === 0) parts[to] = p;
  });
  const why =
    `continues ${prev.table.id} (p. ${prevLast}) without a header of its own: ` +
    `${next.colCount} columns against ${prev.table.colCount}, the same kind of data in ${checked.join(', ')}` +
    (disagree ? ` (${disagree} column differs)` : '');
  return {
    header: { firstDataRow, parts, numbers: Array<string | null>(next.colCount).fill(null), numberRow: null },
    classification: {
      ...prev.classification,
      reasons: [why, ...prev.classification.reasons.filter((r) => !r.startsWith('continues '))],
    },
    columnMap: { ...prev.columnMap, columns, reasons: [why] },
  };
}
