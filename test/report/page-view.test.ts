import { cellsByPage, cropSpec, findingCrops, pageCellData } from '../../src/report/page-view.js';
import type { Discrepancy } from '../../src/reconcile/types.js';
import type { Table } from '../../src/tables/model.js';

function table(page: number, rows: number): Table {
  const cells = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < 3; c++)
      cells.push({
        text: `r${r}c${c}`,
        page,
        bbox: { x0: 50 + c * 100, y0: 100 + r * 20, x1: 150 + c * 100, y1: 120 + r * 20 },
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: 1,
      });
  return {
    id: 't1',
    method: 'lattice',
    pages: [page],
    parts: [],
    headerRows: 1,
    rowCount: rows,
    colCount: 3,
    cells,
    captionLines: [],
    quality: {} as Table['quality'],
  };
}

const side = (page: number | null, bbox: Discrepancy['a']['bbox']) => ({
  table: 'TC33' as const,
  page,
  bbox,
  value: null,
  code: null,
  name: '',
});

describe('page view', () => {
  const cells = cellsByPage([table(7, 20)]);
  const d = {
    a: side(7, { x0: 250, y0: 300, x1: 350, y1: 320 }), // row 10, column 2
    b: side(9, null),
  } as unknown as Discrepancy;

  it('crops the cited rows with about two rows of context, across the table width', () => {
    const [crop] = findingCrops(d, cells);
    expect(crop.page).toBe(7);
    expect(crop.window).toEqual({ x0: 50, y0: 266, x1: 350, y1: 354 });
    expect(crop.cites).toEqual([{ role: 'a', box: d.a.bbox }]);
    // a side without a box (a computed value, a whole page) gets no crop
    expect(findingCrops(d, cells)).toHaveLength(1);
  });

  it('keeps only the cells inside some window, once per page', () => {
    const crops = findingCrops(d, cells);
    const data = pageCellData([...crops, ...crops], cells);
    expect(Object.keys(data)).toEqual(['7']);
    const rows = new Set(data[7].map((c) => c[4].replace(/c\d$/, '')));
    expect([...rows].sort()).toEqual(['r10', 'r11', 'r12', 'r8', 'r9']);
    expect(data[7]).toHaveLength(15);
    expect(cropSpec(crops)).toBe('7:50,266,350,354:a=250,300,350,320');
  });
});
