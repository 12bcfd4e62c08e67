/** Normalising rulings: snapping near-collinear pieces together and merging them into whole lines. */
import type { Ruling } from '../pdf/types.js';

/** Groups values that lie within `tol` of their neighbour; returns the mean of each group, ascending. */
export function clusterValues(values: number[], tol: number): number[] {
  if (!values.length) return [];
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group = [s[0]];
  for (let i = 1; i < s.length; i++) {
    if (s[i] - group[group.length - 1] <= tol) group.push(s[i]);
    else {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [s[i]];
    }
  }
  out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/**
 * Merges rulings of one orientation: pieces at the same position (within `snap`) that overlap or nearly touch
 * (gap ≤ `join`) become one ruling.
 */
export function mergeRulings(rulings: Ruling[], snap: number, join: number): Ruling[] {
  const out: Ruling[] = [];
  for (const orientation of ['h', 'v'] as const) {
    const rs = rulings.filter((r) => r.orientation === orientation).sort((a, b) => a.pos - b.pos);
    // cluster by position first
    const groups: Ruling[][] = [];
    for (const r of rs) {
      const g = groups[groups.length - 1];
      if (g && r.pos - g[g.length - 1].pos <= snap) g.push(r);
      else groups.push([r]);
    }
    for (const g of groups) {
      const pos = g.reduce((a, r) => a + r.pos, 0) / g.length;
      const width = Math.max(...g.map((r) => r.width));
      const segs = g.map((r) => [r.start, r.end] as [number, number]).sort((a, b) => a[0] - b[0]);
      let [s, e] = segs[0];
      for (let i = 1; i < segs.length; i++) {
        if (segs[i][0] <= e + join) e = Math.max(e, segs[i][1]);
        else {
          out.push({ orientation, pos, start: s, end: e, width });
          [s, e] = segs[i];
        }
      }
      out.push({ orientation, pos, start: s, end: e, width });
    }
  }
  return out;
}

/** Does a horizontal ruling cross (or touch, within tol) a vertical one? */
export function intersects(h: Ruling, v: Ruling, tol: number): boolean {
  return v.pos >= h.start - tol && v.pos <= h.end + tol && h.pos >= v.start - tol && h.pos <= v.end + tol;
}

/** Connected groups of rulings (a ruling joins a group when it crosses any of its members). */
export function connectedGroups(rulings: Ruling[], tol: number): Ruling[][] {
  const n = rulings.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const hs: number[] = [];
  const vs: number[] = [];
  rulings.forEach((r, i) => (r.orientation === 'h' ? hs : vs).push(i));
  for (const hi of hs) {
    for (const vi of vs) {
      if (intersects(rulings[hi], rulings[vi], tol)) parent[find(hi)] = find(vi);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}
