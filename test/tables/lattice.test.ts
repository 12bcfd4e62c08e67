import type { Ruling } from '../../src/pdf/types.js';
import { buildGrid } from '../../src/tables/lattice.js';
import { PAGE_LIMITS } from '../../src/pdf/limits.js';

const tol = { snap: 1, join: 3, fontSize: 8 };
const h = (pos: number, start: number, end: number): Ruling => ({ orientation: 'h', pos, start, end, width: 0.5 });
const v = (pos: number, start: number, end: number): Ruling => ({ orientation: 'v', pos, start, end, width: 0.5 });

describe('buildGrid', () => {
  it('finds merged cells where a rule is missing', () => {
    // 2x3 grid whose first row has no rule between columns 1 and 2
    const g = buildGrid(
      [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), v(0, 0, 40), v(100, 0, 40), v(200, 20, 40), v(300, 0, 40)],
      tol,
    )!;
    expect(g.xs).toEqual([0, 100, 200, 300]);
    const top = g.cells.filter((c) => c.row === 0);
    expect(top.map((c) => [c.col, c.colSpan])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('opens the side columns of a table printed without side borders', () => {
    // horizontal rules run 60 pt past the outer vertical ones on both sides (a spreadsheet printout)
    const g = buildGrid([h(0, 0, 400), h(20, 0, 400), h(40, 0, 400), v(60, 0, 40), v(200, 0, 40), v(340, 0, 40)], tol)!;
    expect(g.xs).toEqual([0, 60, 200, 340, 400]);
    expect(g.cells.filter((c) => c.row === 1)).toHaveLength(4);
  });

  it('closes a row cut by the page break (vertical rules run past the last horizontal one)', () => {
    const g = buildGrid([h(0, 0, 200), h(20, 0, 200), v(0, 0, 60), v(100, 0, 60), v(200, 0, 60)], tol)!;
    expect(g.openBottom).toBe(true);
    expect(g.ys).toEqual([0, 20, 60]);
  });

  it('ignores rule overhangs shorter than a column', () => {
    const g = buildGrid([h(0, -2, 302), h(20, -2, 302), v(0, 0, 20), v(150, 0, 20), v(300, 0, 20)], tol)!;
    expect(g.xs).toEqual([0, 150, 300]);
  });
});

describe('buildGrid: the grid-slot limit', () => {
  it('sets aside a grid of more slots than PAGE_LIMITS.gridSlots and says how many', () => {
    const n = Math.ceil(Math.sqrt(PAGE_LIMITS.gridSlots)) + 2; // (n-1)² slots, just over the limit
    const end = (n - 1) * 5;
    const rules = Array.from({ length: n }, (_, i) => [h(i * 5, 0, end), v(i * 5, 0, end)]).flat();
    const seen: number[] = [];
    expect(buildGrid(rules, tol, (slots) => seen.push(slots))).toBeNull();
    expect(seen).toEqual([(n - 1) * (n - 1)]);
    // one row fewer each way is within the limit and read
    const m = n - 3;
    const small = Array.from({ length: m }, (_, i) => [h(i * 5, 0, (m - 1) * 5), v(i * 5, 0, (m - 1) * 5)]).flat();
    expect(buildGrid(small, tol, () => seen.push(-1))?.cells).toHaveLength((m - 1) * (m - 1));
    expect(seen).toHaveLength(1);
  });
});
