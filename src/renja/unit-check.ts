/**
 * Checks a money column's header unit against its amounts. Some Renja title the pagu column `(Rp.000)`
 * but print full Rupiah (`1.464.200.000` for a kegiatan of Rp 1,46 milyar): scaled by the header, every
 * row would hold hundreds of billions and the largest ones trillions. A side of the table whose typical
 * scaled amount is that large is read in full Rupiah instead, once for the table, not one error per cell.
 */
import { Decimal } from 'decimal.js';
import type { RenjaRecord, UnitConflict } from './schema.js';
import { parseMoneyUnit } from './money.js';

/**
 * Median scaled amount per row at or above which a `(Rp 000)` header is not believed. A Renja row (program,
 * kegiatan, sub kegiatan) is typically millions to a few billions of Rupiah; real thousands columns in the
 * corpus have medians near Rp 10^8-10^9, the mislabelled ones Rp 5·10^11-1,5·10^12.
 */
export const FULL_RUPIAH_MEDIAN = new Decimal('1e11');
/** Fewer amounts than this say too little about a column. */
export const MIN_AMOUNTS = 3;

/** Side prefix of a record as used for column keys: `awal.`, `hasil.` or `` (single-sided tables). */
export const sidePrefix = (r: RenjaRecord): string => (r.side ? `${r.side}.` : '');

function median(values: Decimal[]): Decimal {
  const s = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : s[mid - 1].plus(s[mid]).div(2);
}

/**
 * Side prefixes whose amounts, read with the header unit, are implausibly large as a whole: those sides
 * print full Rupiah. Only rows of the hierarchy and totals count; nil and zero cells say nothing.
 */
export function fullRupiahSides(records: RenjaRecord[], unit: number): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  if (unit <= 1) return out;
  const bySide = new Map<string, Decimal[]>();
  for (const r of records) {
    for (const m of [r.pagu, r.paguMaju]) {
      if (!m || m.invalid !== undefined || m.value === null || m.value.isZero()) continue;
      const k = sidePrefix(r);
      const list = bySide.get(k);
      if (list) list.push(m.value.abs());
      else bySide.set(k, [m.value.abs()]);
    }
  }
  for (const [side, values] of bySide) {
    if (values.length < MIN_AMOUNTS) continue;
    const med = median(values);
    if (med.gte(FULL_RUPIAH_MEDIAN)) out.set(side, med);
  }
  return out;
}

/** Scaled median per row below which a column cannot be in the unit its header states (Rp 100.000 a kegiatan). */
export const TOO_SMALL_MEDIAN = new Decimal('1e5');
/** A cell 1000× off the other column of its row: their ratio lies within these bounds of 1000. */
const OFF_MIN = 300;
const OFF_MAX = 3000;
/** Two columns in line: ratio within 10× either way. */
const IN_LINE = 10;
/** Rows a mixed column needs on each side of the split (odd cells, and cells in line with the other column). */
const MIXED_MIN_ROWS = 2;
/** Sample cells kept per conflict. */
const MAX_SAMPLES = 3;
/** A cell printed with thousands grouping (`6.008.850`, `5,370,000.00`, `1.358.745,000`). */
const GROUPED = /^\(?-?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?\)?$/;

type MoneyKey = 'pagu' | 'paguMaju';

interface ColumnCell {
  record: RenjaRecord;
  /** The amount as printed, before any unit (value / read unit). */
  printed: Decimal;
  raw: string;
}

function cellsOf(records: RenjaRecord[], prefix: string, field: MoneyKey, readUnit: number): ColumnCell[] {
  const out: ColumnCell[] = [];
  for (const r of records) {
    if (sidePrefix(r) !== prefix || r.level === 'indicator') continue;
    const m = r[field];
    if (!m || m.invalid !== undefined || m.value === null || m.value.isZero()) continue;
    out.push({ record: r, printed: m.value.abs().div(readUnit), raw: m.raw });
  }
  return out;
}

function sampleOf(
  c: ColumnCell,
  field: MoneyKey,
  other?: { column: string; raw: string },
): UnitConflict['samples'][number] {
  const ref = c.record.refs[field];
  return {
    page: ref?.page ?? c.record.page,
    bbox: ref?.bbox ?? null,
    raw: c.raw,
    code: c.record.code,
    name: c.record.name.slice(0, 80),
    ...(other ? { otherColumn: other.column, otherRaw: other.raw } : {}),
  };
}

const pagesOf = (cells: ColumnCell[], field: MoneyKey): number[] =>
  [...new Set(cells.map((c) => c.record.refs[field]?.page ?? c.record.page))].sort((a, b) => a - b);

/**
 * Money columns whose header unit contradicts their cells, each from its own header:
 * - `header-thousands-cells-rupiah`: the header says `(Rp.000)`/`Ribuan` but the cells, scaled by it, give a median row
 *   of Rp 10^11 or more (full Rupiah printed under a thousands header), whatever unit the extractor then read them in;
 * - `cells-too-small`: the cells, scaled by the header unit, give a median row under Rp 100.000 (thousands printed
 *   under a Rupiah header), when most cells are printed with thousands grouping (amounts, not counts);
 * - `mixed`: cell by cell against the other money column of the same row (T-C.31 rancangan awal vs hasil, pagu vs
 *   prakiraan maju), at least two rows 1000× off while at least two others are in line: one column mixes units.
 */
export function unitConflicts(
  records: RenjaRecord[],
  columns: Record<string, number | undefined>,
  headerParts: string[][],
  moneyUnit: number,
  unitBySide: Partial<Record<string, number>> = {},
): UnitConflict[] {
  const out: UnitConflict[] = [];
  const prefixes = [...new Set(records.map(sidePrefix))];
  const byRow = new Map<number, Map<string, RenjaRecord>>();
  for (const r of records) {
    const m = byRow.get(r.rowIndex) ?? new Map<string, RenjaRecord>();
    m.set(sidePrefix(r), r);
    byRow.set(r.rowIndex, m);
  }
  for (const prefix of prefixes) {
    const readUnit = unitBySide[prefix] ?? moneyUnit;
    for (const field of ['pagu', 'paguMaju'] as const) {
      const key = `${prefix}${field}`;
      const col = columns[key];
      if (col === undefined) continue;
      const headerUnit = parseMoneyUnit((headerParts[col] ?? []).join(' '));
      const cells = cellsOf(records, prefix, field, readUnit);
      if (cells.length < MIN_AMOUNTS) continue;
      const med = median(cells.map((c) => c.printed.times(headerUnit)));
      // Samples near the median, those of the column's first page first (where the header stands).
      const pages = pagesOf(cells, field);
      const onFirst = (c: ColumnCell): number => ((c.record.refs[field]?.page ?? c.record.page) === pages[0] ? 0 : 1);
      const nearMedian = [...cells].sort(
        (a, b) =>
          onFirst(a) - onFirst(b) ||
          a.printed.times(headerUnit).minus(med).abs().comparedTo(b.printed.times(headerUnit).minus(med).abs()),
      );
      const whole = (kind: UnitConflict['kind']): UnitConflict => ({
        column: key,
        kind,
        headerUnit,
        readUnit,
        median: med.toFixed(),
        pages,
        rows: cells.length,
        samples: nearMedian.slice(0, MAX_SAMPLES).map((c) => sampleOf(c, field)),
      });
      if (headerUnit > 1 && med.gte(FULL_RUPIAH_MEDIAN)) out.push(whole('header-thousands-cells-rupiah'));
      else if (
        med.lt(TOO_SMALL_MEDIAN) &&
        cells.filter((c) => GROUPED.test(c.raw.replace(/\s+/g, ''))).length * 2 > cells.length
      )
        out.push(whole('cells-too-small'));
    }
  }
  // Cell by cell: the other money column of the same row (T-C.31 awal vs hasil; pagu vs prakiraan maju).
  const pairs: [string, MoneyKey, string, MoneyKey][] = [
    ['awal.', 'pagu', 'hasil.', 'pagu'],
    ['', 'pagu', '', 'paguMaju'],
  ];
  for (const [pa, fa, pb, fb] of pairs) {
    if (columns[`${pa}${fa}`] === undefined || columns[`${pb}${fb}`] === undefined) continue;
    const odd: { a: RenjaRecord; b: RenjaRecord; bigger: 'a' | 'b' }[] = [];
    let inLine = 0;
    for (const row of byRow.values()) {
      const a = row.get(pa);
      const b = row.get(pb);
      const va = a?.[fa];
      const vb = b?.[fb];
      if (!a || !b || !va?.value || !vb?.value || va.invalid || vb.invalid || va.value.isZero() || vb.value.isZero())
        continue;
      if (a.level === 'total' || a.level === 'indicator') continue;
      const ratio = va.value.abs().div(vb.value.abs());
      if (ratio.gte(OFF_MIN) && ratio.lte(OFF_MAX)) odd.push({ a, b, bigger: 'a' });
      else if (ratio.lte(1 / OFF_MIN) && ratio.gte(1 / OFF_MAX)) odd.push({ a, b, bigger: 'b' });
      else if (ratio.lte(IN_LINE) && ratio.gte(1 / IN_LINE)) inLine++;
    }
    if (odd.length < MIXED_MIN_ROWS || inLine < MIXED_MIN_ROWS) continue;
    // The column that mixes: the one whose read unit departs from its header (it was switched as a whole), else
    // the one whose odd cells are the small ones when the table's unit is 1000 (thousands left among Rupiah).
    const keyA = `${pa}${fa}`;
    const keyB = `${pb}${fb}`;
    const headerUnitOf = (k: string): number => parseMoneyUnit((headerParts[columns[k]!] ?? []).join(' '));
    const readUnitOf = (p: string): number => unitBySide[p] ?? moneyUnit;
    const switchedA = readUnitOf(pa) !== headerUnitOf(keyA);
    const switchedB = readUnitOf(pb) !== headerUnitOf(keyB);
    const mixedIsB = switchedB && !switchedA ? true : switchedA && !switchedB ? false : pa === pb ? true : null;
    const [mixKey, mixPrefix, mixField, otherKey, otherField] =
      mixedIsB === false ? [keyA, pa, fa, keyB, fb] : [keyB, pb, fb, keyA, fa];
    const cells: ColumnCell[] = odd.map((o) => {
      const r = mixedIsB === false ? o.a : o.b;
      const m = r[mixField]!;
      return { record: r, printed: m.value!.abs().div(readUnitOf(mixPrefix)), raw: m.raw };
    });
    out.push({
      column: mixedIsB === null ? `${keyA} / ${keyB}` : mixKey,
      kind: 'mixed',
      headerUnit: headerUnitOf(mixKey),
      readUnit: readUnitOf(mixPrefix),
      median: null,
      pages: pagesOf(cells, mixField),
      rows: odd.length,
      samples: odd.slice(0, MAX_SAMPLES).map((o, i) => {
        const other = mixedIsB === false ? o.b : o.a;
        return sampleOf(cells[i], mixField, { column: otherKey, raw: other[otherField]?.raw ?? '' });
      }),
    });
  }
  return out;
}
