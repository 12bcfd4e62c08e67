import type { Cell } from '../../src/tables/model.js';
import { tableToMatrix } from '../../src/tables/model.js';
import type { PhysicalTable } from '../../src/tables/physical.js';
import { mapBoundaries, stitchTables } from '../../src/tables/stitch.js';

const XS = [50, 120, 300, 400];

/** A physical table from rows of text on a page, one slot per cell (merged cells given as [text, colSpan]). */
function part(page: number, rows: (string | [string, number])[][], opts: Partial<PhysicalTable> = {}): PhysicalTable {
  const xs = opts.xs ?? XS;
  const ys = Array.from({ length: rows.length + 1 }, (_, i) => 60 + i * 20);
  const cells: Cell[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const item of row) {
      const [text, span] = Array.isArray(item) ? item : [item, 1];
      cells.push({
        text,
        page,
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: span,
        bbox: { x0: xs[c], x1: xs[c + span], y0: ys[r], y1: ys[r + 1] },
      });
      c += span;
    }
  });
  return {
    page,
    method: 'lattice',
    bbox: { x0: xs[0], x1: xs[xs.length - 1], y0: ys[0], y1: ys[ys.length - 1] },
    xs,
    ys,
    cells,
    openTop: false,
    openBottom: false,
    charsInRegion: 10,
    charsInCells: 10,
    captionLines: [],
    ...opts,
  };
}

const HEADER = ['Kode', 'Sub Kegiatan', 'Pagu'];
const NUMBERS = ['1', '2', '3'];

describe('stitchTables', () => {
  it('joins a table continued with a repeated header and column-number row, without duplicating them', () => {
    const p1 = part(1, [HEADER, NUMBERS, ['7.01.01.2.01.0001', 'Penyusunan Renstra', '2.412.000']], {
      captionLines: ['Tabel 4.1 Program'],
    });
    const p2 = part(2, [HEADER, NUMBERS, ['7.01.01.2.01.0002', 'Koordinasi RKA', '7.922.000']]);
    const [t, ...rest] = stitchTables([p1, p2], { stitch: true });
    expect(rest).toHaveLength(0);
    expect(t.pages).toEqual([1, 2]);
    expect(t.headerRows).toBe(2);
    expect(t.quality.repeatedHeaderRowsDropped).toBe(2);
    expect(tableToMatrix(t).slice(2)).toEqual([
      ['7.01.01.2.01.0001', 'Penyusunan Renstra', '2.412.000'],
      ['7.01.01.2.01.0002', 'Koordinasi RKA', '7.922.000'],
    ]);
    expect(t.cells.find((c) => c.text === '7.922.000')?.page).toBe(2);
  });

  it('joins a continuation that repeats only the column-number row', () => {
    const p1 = part(1, [HEADER, NUMBERS, ['7.01.01', 'Program', '10']]);
    const p2 = part(2, [NUMBERS, ['7.01.02', 'Program 2', '20']]);
    const [t] = stitchTables([p1, p2], { stitch: true });
    expect(t.rowCount).toBe(4);
    expect(tableToMatrix(t)[3]).toEqual(['7.01.02', 'Program 2', '20']);
  });

  it('joins back a tall row cut by the page break (no rule beneath its first part)', () => {
    const p1 = part(1, [HEADER, ['7.01.01.2.09.0009', 'Pemeliharaan Gedung', '']], { openBottom: true });
    const p2 = part(2, [
      ['', 'Kantor dan Bangunan Lainnya', '200.000.000'],
      ['7.01.02', 'Program', '5'],
    ]);
    const [t] = stitchTables([p1, p2], { stitch: true });
    const m = tableToMatrix(t);
    expect(m[1]).toEqual(['7.01.01.2.09.0009', 'Pemeliharaan Gedung Kantor dan Bangunan Lainnya', '200.000.000']);
    expect(m[2]).toEqual(['7.01.02', 'Program', '5']);
    expect(t.quality.rowsJoinedAcrossPages).toBe(1);
  });

  it('keeps an indicator continuation row (empty key, but a rule between) as its own row', () => {
    const p1 = part(1, [HEADER, ['7.01.06', 'Program', '10']]);
    const p2 = part(2, [['', 'Indikator kedua', '']]);
    const [t] = stitchTables([p1, p2], { stitch: true });
    expect(t.rowCount).toBe(3);
    expect(tableToMatrix(t)[2]).toEqual(['', 'Indikator kedua', '']);
  });

  it('joins a last page that holds only the JUMLAH row spanning two columns', () => {
    const p1 = part(1, [HEADER, ['7.01.01', 'Program', '10']]);
    // on its own page the JUMLAH cell has no inner rules: the grid there has two columns
    const p2 = part(2, [['JUMLAH', '10']], { xs: [50.4, 300.2, 400] });
    const [t] = stitchTables([p1, p2], { stitch: true });
    expect(t.pages).toEqual([1, 2]);
    const jumlah = t.cells.find((c) => c.text === 'JUMLAH')!;
    expect(jumlah).toMatchObject({ row: 2, col: 0, colSpan: 2 });
    expect(tableToMatrix(t)[2][2]).toBe('10');
  });

  it('starts a new table when the next page has a table caption above it', () => {
    const p1 = part(1, [HEADER, ['7.01.01', 'Program', '10']]);
    const p2 = part(2, [HEADER, ['7.01.01', 'Program', '10']], { captionLines: ['Tabel 4.1'] });
    expect(stitchTables([p1, p2], { stitch: true })).toHaveLength(2);
  });

  it('does not join tables whose columns do not line up', () => {
    const p1 = part(1, [HEADER, ['7.01.01', 'Program', '10']]);
    const p2 = part(2, [['a', 'b', 'c']], { xs: [50, 200, 260, 400] });
    expect(stitchTables([p1, p2], { stitch: true })).toHaveLength(2);
  });

  it('keeps pages apart with stitch off', () => {
    const p1 = part(1, [HEADER, ['7.01.01', 'Program', '10']]);
    const p2 = part(2, [['7.01.02', 'Program', '20']]);
    expect(stitchTables([p1, p2], { stitch: false })).toHaveLength(2);
  });
});

describe('mapBoundaries', () => {
  it('maps a subset of boundaries and rejects a misaligned one', () => {
    expect(mapBoundaries([0, 10, 50, 100], [0, 50, 100])).toEqual([0, 2, 3]);
    expect(mapBoundaries([0, 10, 50, 100], [0, 30, 100])).toBeNull();
  });
});

describe('stitchTables: a cut shown on the page does not glue two rows', () => {
  const XS4 = [40, 50, 120, 300, 400];
  it('keeps a first row that carries its own number and amount as a row (Disbun 2016 p77/78)', () => {
    const head = ['', 'No', 'Kegiatan', 'Kebutuhan Dana'];
    const p1 = part(1, [head, ['', '2', 'Kegiatan Pengembangan Pemasaran', '2.875.958.000']], {
      xs: XS4,
      openBottom: true,
      captionLines: ['Tabel 2.16 Rumusan kebutuhan'],
    });
    const p2 = part(2, [['', '3', 'Kegiatan Pembinaan Usaha Perkebunan', '462.000.000']], { xs: XS4, openTop: true });
    const [t] = stitchTables([p1, p2], { stitch: true });
    expect(t.quality.rowsJoinedAcrossPages).toBe(0);
    expect(tableToMatrix(t).slice(1)).toEqual([
      ['', '2', 'Kegiatan Pengembangan Pemasaran', '2.875.958.000'],
      ['', '3', 'Kegiatan Pembinaan Usaha Perkebunan', '462.000.000'],
    ]);
  });
  it('still joins the rest of a cut row that has no number or amount of its own', () => {
    const head = ['', 'No', 'Kegiatan', 'Kebutuhan Dana'];
    const p1 = part(1, [head, ['', '2', 'Kegiatan Pengembangan', '2.875.958.000']], {
      xs: XS4,
      openBottom: true,
      captionLines: ['Tabel 2.16 Rumusan kebutuhan'],
    });
    const p2 = part(2, [['', '', 'Pemasaran Hasil Perkebunan', '']], { xs: XS4, openTop: true });
    const [t] = stitchTables([p1, p2], { stitch: true });
    expect(t.quality.rowsJoinedAcrossPages).toBe(1);
    expect(tableToMatrix(t).slice(1)).toEqual([
      ['', '2', 'Kegiatan Pengembangan Pemasaran Hasil Perkebunan', '2.875.958.000'],
    ]);
  });

  it('does not glue a row to a column-number row printed at the foot of the page before (2._RENJA_2016 p141/142)', () => {
    const p1 = part(1, [HEADER, NUMBERS, ['7.01.01.2.01.0001', 'Penyusunan Renstra', '2.412.000'], NUMBERS], {
      openBottom: true,
      captionLines: ['Tabel 3.1 Rumusan'],
    });
    const p2 = part(2, [['', 'Koordinasi RKA', '7.922.000']], { openTop: true });
    const [t] = stitchTables([p1, p2], { stitch: true });
    expect(t.quality.rowsJoinedAcrossPages).toBe(0);
    const m = tableToMatrix(t);
    expect(m.at(-2)).toEqual(NUMBERS);
    expect(m.at(-1)).toEqual(['', 'Koordinasi RKA', '7.922.000']);
  });
});
