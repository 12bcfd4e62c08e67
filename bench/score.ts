/**
 * In-process port of ../shared/bench/score-table.mjs (exact match and ICDAR-style adjacency F1), for the quick
 * benchmark on the repository's own fixtures when the shared corpus and its scorer are not checked out.
 * Same normalisation: newlines to spaces, NFKC, whitespace collapsed; empty rows and columns dropped.
 */
import { normCell } from './accuracy-norm.js';

export function normalizeGrid(rows: string[][]): string[][] {
  let g = rows.map((r) => r.map(normCell)).filter((r) => r.some((c) => c !== ''));
  const w = Math.max(0, ...g.map((r) => r.length));
  const keep: number[] = [];
  for (let j = 0; j < w; j++) if (g.some((r) => (r[j] ?? '') !== '')) keep.push(j);
  g = g.map((r) => keep.map((j) => r[j] ?? ''));
  return g;
}

function adjacency(g: string[][]): string[] {
  const rel: string[] = [];
  for (let i = 0; i < g.length; i++)
    for (let j = 0; j < g[i].length; j++) {
      if (!g[i][j]) continue;
      for (let k = j + 1; k < g[i].length; k++)
        if (g[i][k]) {
          rel.push(`${g[i][j]}\u0001${g[i][k]}\u0001R`);
          break;
        }
      for (let k = i + 1; k < g.length; k++)
        if (g[k][j]) {
          rel.push(`${g[i][j]}\u0001${g[k][j]}\u0001D`);
          break;
        }
    }
  return rel;
}

function f1(expected: string[], actual: string[]): number {
  const count = new Map<string, number>();
  for (const e of expected) count.set(e, (count.get(e) ?? 0) + 1);
  let tp = 0;
  for (const a of actual) {
    const n = count.get(a) ?? 0;
    if (n > 0) {
      tp++;
      count.set(a, n - 1);
    }
  }
  const p = actual.length ? tp / actual.length : expected.length ? 0 : 1;
  const r = expected.length ? tp / expected.length : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function scoreGrids(expected: string[][], actual: string[][]): { exact: number; adjF1: number } {
  const e = normalizeGrid(expected);
  const a = normalizeGrid(actual);
  const pad = (g: string[][]) => {
    const w = Math.max(0, ...g.map((r) => r.length));
    return g.map((r) => [...r, ...Array<string>(w - r.length).fill('')]);
  };
  return {
    exact: JSON.stringify(pad(e)) === JSON.stringify(pad(a)) ? 1 : 0,
    adjF1: +f1(adjacency(e), adjacency(a)).toFixed(4),
  };
}
