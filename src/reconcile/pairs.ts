/** Which tables are compared with which. `a` is the planning table, `b` the later one (difference = b − a). */
import type { TableId } from '../renja/schema.js';

/** Tables that list the same programs, kegiatan and sub kegiatan and must agree row by row. */
export const ROW_PAIRS: readonly (readonly [TableId, TableId])[] = [
  ['TC33', 'T41'],
  ['TC31.hasil', 'T41'],
  ['TC31.hasil', 'TC33'],
];

/**
 * Tables whose grand totals must agree. The third entry: a table whose presence makes the pair redundant (with a
 * Tabel 4.1, T-C.31 hasil and T-C.33 are each held against it; old-era documents end with Tabel 3.1 = T-C.33).
 */
export const TOTAL_PAIRS: readonly (readonly [TableId, TableId, TableId?])[] = [
  ['TC33', 'T41'],
  ['TC31.hasil', 'T41'],
  ['TC31.hasil', 'TC33', 'T41'],
];

export const TABLE_LABEL: Record<TableId, string> = {
  TC29: 'T-C.29',
  TC30: 'T-C.30',
  'TC31.awal': 'T-C.31 (rancangan awal)',
  'TC31.hasil': 'T-C.31 (hasil analisis)',
  TC32: 'T-C.32',
  TC33: 'T-C.33',
  T41: 'Tabel 4.1',
  PROSE: 'prose (4.2)',
  OTHER: 'unrecognised table',
};
