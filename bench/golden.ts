/**
 * Scores extracted tables against a fixture's golden tables (`*.expected.json` written by the fixture
 * generators): for each golden table, the extracted table sharing its pages and most of its rows, then
 * row-exact and cell-exact agreement of the data rows (header rows excluded).
 */
import { tableToMatrix, type Table } from '../src/tables/model.js';

export interface GoldenTable {
  kind: string;
  label?: string;
  pages: number[];
  colCount: number;
  header?: { rows: string[][] };
  rows: { cells: string[]; role?: string }[];
}

export interface GoldenScore {
  label: string;
  pages: string;
  found: boolean;
  expectedRows: number;
  extractedRows: number;
  rowsExact: number;
  cellsExact: number;
  cellsTotal: number;
  firstMismatches: { expected: string[]; got: string[] | null }[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scoreTable(golden: GoldenTable, tables: Table[]): GoldenScore {
  const label = golden.label ?? golden.kind;
  const candidates = tables.filter(
    (t) => t.pages.some((p) => golden.pages.includes(p)) && t.colCount === golden.colCount,
  );
  const expected = golden.rows.map((r) => r.cells.map(norm));
  let best: { rows: string[][]; exact: number } | null = null;
  for (const t of candidates) {
    const rows = tableToMatrix(t)
      .slice(t.headerRows)
      .map((r) => r.map(norm));
    const keys = new Set(rows.map((r) => r.join('|')));
    const exact = expected.filter((r) => keys.has(r.join('|'))).length;
    if (!best || exact > best.exact) best = { rows, exact };
  }
  if (!best) {
    return {
      label,
      pages: golden.pages.join(','),
      found: false,
      expectedRows: expected.length,
      extractedRows: 0,
      rowsExact: 0,
      cellsExact: 0,
      cellsTotal: expected.length * golden.colCount,
      firstMismatches: [],
    };
  }
  // cell agreement by aligned position (rows in order; an extra or missing row shifts the rest, which is what a user sees)
  let cellsExact = 0;
  const mismatches: GoldenScore['firstMismatches'] = [];
  const got = best.rows;
  const gotKeys = new Map(got.map((r, i) => [r.join('|'), i]));
  expected.forEach((r, i) => {
    const g = gotKeys.has(r.join('|')) ? got[gotKeys.get(r.join('|'))!] : (got[i] ?? null);
    r.forEach((c, k) => {
      if (g && g[k] === c) cellsExact++;
    });
    if ((!g || g.join('|') !== r.join('|')) && mismatches.length < 5) mismatches.push({ expected: r, got: g });
  });
  return {
    label,
    pages: golden.pages.join(','),
    found: true,
    expectedRows: expected.length,
    extractedRows: got.length,
    rowsExact: best.exact,
    cellsExact,
    cellsTotal: expected.length * golden.colCount,
    firstMismatches: mismatches,
  };
}
