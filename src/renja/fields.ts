/**
 * The fields a Renja table's columns can hold, and the keys of a column map: a field, or a field on one side of
 * T-C.31 (`hasil.pagu`). Typed so a misspelt key (`hasil.paguMaj`) is a compile error, not a silently empty column.
 */
export const FIELDS = [
  'code',
  'no',
  'name',
  'indikator',
  'lokasi',
  'target',
  'targetMaju',
  'pagu',
  'paguMaju',
  'pagu.apbdKab',
  'pagu.apbdProv',
  'pagu.apbn',
  'pagu.lainnya',
  'sumberDana',
  'catatan',
  'aktivitas',
  'sasaran',
  'formula',
  'prioritas',
  'ratio',
  'realisasi',
] as const;

export type Field = (typeof FIELDS)[number];
export type Side = 'awal' | 'hasil';
/** `code.end`: the last column of a code split over several (`7 | 01 | 01 | 201`). */
export type ColumnKey = Field | `${Side}.${Field}` | 'code.end';
/** Field -> grid column index. */
export type ColumnIndex = Partial<Record<ColumnKey, number>>;
/** The prefix of a side's keys: `awal.`, `hasil.`, or none for one-sided tables. */
export type SidePrefix = '' | `${Side}.`;

/** The key of a field on a side (`hasil.pagu`), or the bare field for one-sided tables and shared columns. */
export function sideKey(prefix: SidePrefix, field: Field): ColumnKey {
  return `${prefix}${field}`;
}

/** The money fields split by fund source in old-era tables (APBD Kab/Kota, APBD Provinsi, APBN/PHLN, lainnya). */
export const PAGU_PARTS = ['pagu.apbdKab', 'pagu.apbdProv', 'pagu.apbn', 'pagu.lainnya'] as const satisfies Field[];

/** Column-map entries with their key typed (Object.entries loses it). */
export function columnEntries(columns: ColumnIndex): [ColumnKey, number][] {
  return Object.entries(columns) as [ColumnKey, number][];
}
