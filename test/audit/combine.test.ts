import { combinedHash, shiftTable } from '../../src/audit/combine.js';
import type { Table } from '../../src/tables/model.js';

const box = { x0: 0, y0: 0, x1: 1, y1: 1 };
const table: Table = {
  id: 't1',
  method: 'lattice',
  pages: [3, 4],
  parts: [
    { page: 3, bbox: box, firstRow: 0, lastRow: 1 },
    { page: 4, bbox: box, firstRow: 2, lastRow: 2 },
  ],
  headerRows: 1,
  rowCount: 3,
  colCount: 1,
  cells: [
    { text: 'a', page: 3, bbox: box, row: 0, col: 0, rowSpan: 1, colSpan: 1 },
    { text: 'b', page: 4, bbox: box, row: 2, col: 0, rowSpan: 1, colSpan: 1 },
  ],
  captionLines: [],
  quality: { textInCells: 1, emptyCells: 0, rows: 3, cols: 1, repeatedHeaderRowsDropped: 0, rowsJoinedAcrossPages: 0 },
};

describe('combine', () => {
  it('shifts every page of a table and renames it', () => {
    const t = shiftTable(table, 10, 't7');
    expect(t.id).toBe('t7');
    expect(t.pages).toEqual([13, 14]);
    expect(t.parts.map((p) => p.page)).toEqual([13, 14]);
    expect(t.cells.map((c) => c.page)).toEqual([13, 14]);
    expect(table.pages).toEqual([3, 4]); // the part's own table is left as it was
  });

  it('hashes the parts by name and content, in order', () => {
    const a = { file: '/x/bab2.pdf', sha256: 'aa' };
    const b = { file: '/x/bab3.pdf', sha256: 'bb' };
    expect(combinedHash([a, b])).toMatch(/^[0-9a-f]{64}$/);
    expect(combinedHash([a, b])).toBe(combinedHash([{ ...a, file: '/elsewhere/bab2.pdf' }, b]));
    expect(combinedHash([a, b])).not.toBe(combinedHash([b, a]));
    expect(combinedHash([a, b])).not.toBe(combinedHash([a, { ...b, sha256: 'bc' }]));
    expect(combinedHash([a, b])).not.toBe(combinedHash([a, { ...b, file: 'bab4.pdf' }]));
    expect(combinedHash([a, b])).not.toBe(combinedHash([a]));
  });
});
