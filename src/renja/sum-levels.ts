/**
 * Levels settled by the arithmetic. Forms that number rows instead of coding them often number kegiatan and sub
 * kegiatan in two separate sequences (`1 Pelembagaan PUG 170.803.000`, then `1 Koordinasi … 84.635.000`, …), so both
 * read as kegiatan and every program seems to hold twice its amount. Under each program, the uncoded kegiatan rows are
 * parsed as "a row, then the rows that add up to it": when the whole run parses, the printed sums decide, the first
 * row of each group is the kegiatan and the rows summing to it are its sub kegiatan. A run that does not parse (a
 * real error in one kegiatan) is tried on the other side of T-C.31 and on the prakiraan maju column; a flat list never
 * parses unless its amounts happen to pair up, which the program's own amount then has to confirm.
 */
import { Decimal } from 'decimal.js';
import type { Money, RenjaRecord } from './schema.js';
import { moneyValue } from './money.js';

type Amount = (r: RenjaRecord) => Money | null;

const AMOUNTS: Amount[] = [(r) => r.pagu, (r) => r.paguMaju];

/** Groups as [parent, first child, last child] indexes, or null when the run does not parse. */
function parseGroups(vals: (Decimal | null)[]): [number, number, number][] | null {
  const groups: [number, number, number][] = [];
  let i = 0;
  while (i < vals.length) {
    const parent = vals[i];
    if (parent === null || parent.isZero()) return null;
    let j = i + 1;
    let sum: Decimal | null = null;
    while (j < vals.length && (sum === null || sum.lt(parent))) {
      const v = vals[j];
      if (v === null) return null;
      sum = sum === null ? v : sum.plus(v);
      j++;
    }
    if (sum === null || !sum.equals(parent)) return null;
    groups.push([i, i + 1, j - 1]);
    i = j;
  }
  return groups;
}

/** Is this parse more than amounts that happen to pair up? The program's amount, or a group of several rows. */
function convincing(groups: [number, number, number][], vals: (Decimal | null)[], program: Decimal | null): boolean {
  if (groups.length === 0) return false;
  if (program !== null) {
    // a parsed run has an amount on every row
    const parents = groups.reduce((s, [p]) => s.plus(vals[p]!), new Decimal(0));
    return parents.equals(program);
  }
  return groups.some(([, a, b]) => b > a);
}

/** One grid row of one read table (both sides of T-C.31 share it). */
function rowKey(r: RenjaRecord): string {
  return `${r.tableRef}#${r.rowIndex}`;
}

/** Re-levels, in place, the uncoded kegiatan rows of one table whose amounts show two interleaved levels. */
export function settleLevelsBySums(records: RenjaRecord[]): void {
  const sides = [...new Set(records.map((r) => r.side))];
  // Runs of uncoded kegiatan rows under one program, by row index (the same rows on both sides of T-C.31).
  // rows in printed order; a logical table may span several read tables, each numbering its rows from 0
  const rowsOf = new Map<string, RenjaRecord[]>();
  for (const r of records) rowsOf.set(rowKey(r), [...(rowsOf.get(rowKey(r)) ?? []), r]);
  const order = [...rowsOf.keys()];
  const runs: { program: string | null; rows: string[] }[] = [];
  let current: { program: string | null; rows: string[] } | null = null;
  for (const idx of order) {
    const rs = rowsOf.get(idx)!;
    const level = rs[0].level;
    if (level === 'kegiatan' && rs.every((r) => r.code === null)) {
      current ??= { program: null, rows: [] };
      current.rows.push(idx);
      continue;
    }
    if (current) runs.push(current);
    current = level === 'program' ? { program: idx, rows: [] } : null;
  }
  if (current) runs.push(current);

  for (const run of runs) {
    if (run.rows.length < 2) continue;
    let settled: [number, number, number][] | null = null;
    for (const side of sides) {
      for (const amount of AMOUNTS) {
        const rec = (idx: string) => rowsOf.get(idx)!.find((r) => r.side === side) ?? null;
        const vals = run.rows.map((idx) => {
          const r = rec(idx);
          return r ? moneyValue(amount(r)) : null;
        });
        const groups = parseGroups(vals);
        if (!groups) continue;
        const programRec = run.program === null ? null : rec(run.program);
        if (convincing(groups, vals, programRec ? moneyValue(amount(programRec)) : null)) {
          settled = groups;
          break;
        }
      }
      if (settled) break;
    }
    if (!settled) continue;
    for (const [, a, b] of settled) {
      for (let k = a; k <= b; k++) {
        for (const r of rowsOf.get(run.rows[k])!) {
          r.level = 'sub_kegiatan';
          r.warnings.push({
            kind: 'level-guessed',
            field: 'level',
            message: 'sub kegiatan: its amount is part of the sum printed on the kegiatan row above',
          });
        }
      }
    }
  }
}

/** An organisation heading (`DINAS PEMBERDAYAAN …`, `UPTD PERLINDUNGAN …`): uncoded, named, not a `Program …` row. */
function isOrgHeading(r: RenjaRecord): boolean {
  const name = r.name.trim().replace(/^[IVXL\d]+[.)]?\s+/i, '');
  return (
    r.code === null &&
    (r.level === 'program' || r.level === 'unknown') &&
    name !== '' &&
    !/^program\b/i.test(name) &&
    moneyValue(r.pagu) !== null
  );
}

/**
 * Total rows the form does not label. On each side of a table:
 * - rows closing the table that print amounts but no name and no code (a bold last row): the grand total, when it
 *   is at least every other row's amount;
 * - organisation headings (the perangkat daerah at the top, a UPTD further down) whose amount is the sum of the
 *   `Program …` rows under them: the first is the grand total, later ones are sub-totals and leave the hierarchy
 *   (they would otherwise count as programs and double their programs' money).
 */
export function settleTotalRows(records: RenjaRecord[]): void {
  for (const side of new Set(records.map((r) => r.side))) {
    const rows = records.filter((r) => r.side === side);
    // the unlabelled last row
    const amounts = rows.map((r) => moneyValue(r.pagu)).filter((v): v is Decimal => v !== null);
    for (let i = rows.length - 1; i >= 0; i--) {
      const r = rows[i];
      if (r.name.trim() !== '' || r.code !== null || r.codePrinted.trim() !== '') break;
      const v = moneyValue(r.pagu);
      if (r.level !== 'unknown' || v === null || amounts.some((x) => x.gt(v))) break;
      r.level = 'total';
      r.warnings.push({ kind: 'level-guessed', field: 'level', message: 'total: last row with amounts only' });
    }
    // organisation headings
    const heads = rows.map((r, i) => (isOrgHeading(r) ? i : -1)).filter((i) => i >= 0);
    heads.forEach((h, k) => {
      const end = k + 1 < heads.length ? heads[k + 1] : rows.length;
      const programs = rows.slice(h + 1, end).filter((r) => r.level === 'program' && !isOrgHeading(r));
      const sum = programs.reduce((s, r) => s.plus(moneyValue(r.pagu) ?? 0), new Decimal(0));
      // the heading on top totals every program of the table, sub-totals included
      const all = rows.slice(h + 1).filter((r) => r.level === 'program' && !isOrgHeading(r));
      const grand = all.reduce((s, r) => s.plus(moneyValue(r.pagu) ?? 0), new Decimal(0));
      const v = moneyValue(rows[h].pagu)!;
      if (programs.length === 0) return;
      if (k === 0 && h === 0 && v.equals(grand)) {
        rows[h].level = 'total';
        rows[h].warnings.push({
          kind: 'level-guessed',
          field: 'level',
          message: 'total: the perangkat daerah row, sum of all programs',
        });
      } else if (v.equals(sum)) {
        rows[h].level = 'unknown';
        rows[h].warnings.push({ kind: 'level-guessed', field: 'level', message: 'sub-total of the programs below it' });
      }
    });
  }
  // T-C.31 prints the heading's name once: the other side of a total row, unnamed, is a total too
  const totalRows = new Set(records.filter((r) => r.level === 'total').map(rowKey));
  for (const r of records) {
    if (totalRows.has(rowKey(r)) && r.level === 'unknown' && r.name.trim() === '' && r.code === null) {
      r.level = 'total';
      r.warnings.push({ kind: 'level-guessed', field: 'level', message: 'total: the other side of a total row' });
    }
  }
}
