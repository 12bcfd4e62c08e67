import type { TextRun } from '../../src/pdf/types.js';
import { tableToMatrix } from '../../src/tables/model.js';
import { findStreamTables } from '../../src/tables/stream.js';
import { stitchTables } from '../../src/tables/stitch.js';

/** A run of text at (x, y) in an 8 pt font, 4.4 pt per glyph. */
function run(text: string, x: number, y: number): TextRun {
  return {
    text,
    x0: x,
    x1: x + text.length * 4.4,
    y0: y,
    y1: y + 9,
    fontName: 'Arial',
    fontSize: 8,
    bold: false,
    italic: false,
    direction: 0,
  };
}

const tol = { snap: 1, join: 3, fontSize: 8 };

describe('findStreamTables', () => {
  it('keeps two money columns apart under a group title that spans them', () => {
    const runs = [
      run('NO', 40, 100),
      run('PROGRAM/KEGIATAN', 120, 100),
      run('PAGU ANGGARAN', 330, 100),
      run('MURNI', 320, 112),
      run('PERUBAHAN', 400, 112),
      run('1', 40, 130),
      run('Program Perencanaan', 120, 130),
      run('200.000.000', 310, 130),
      run('250.000.000', 400, 130),
      run('2', 40, 145),
      run('Fasilitasi Koordinasi', 120, 145),
      run('200.000.000', 310, 145),
      run('250.000.000', 400, 145),
      run('3', 40, 160),
      run('Program Kapasitas', 120, 160),
      run('478.962.000', 310, 160),
      run('478.962.000', 400, 160),
    ];
    const [t] = stitchTables(findStreamTables(runs, 1, tol, { wholeRegion: false }), { stitch: false });
    const m = tableToMatrix(t);
    expect(t.colCount).toBe(4);
    expect(m[m.length - 1]).toEqual(['3', 'Program Kapasitas', '478.962.000', '478.962.000']);
  });

  it('merges a wrapped line (empty key column) into the row above', () => {
    const runs = [
      run('1', 40, 100),
      run('Program Perencanaan', 120, 100),
      run('Kota', 260, 100),
      run('200.000.000', 330, 100),
      run('dan Pengendalian', 120, 110),
      run('2', 40, 125),
      run('Fasilitasi', 120, 125),
      run('Kab', 260, 125),
      run('100.000.000', 330, 125),
      run('3', 40, 140),
      run('Rapat', 120, 140),
      run('Kota', 260, 140),
      run('50.000.000', 334, 140),
    ];
    const [t] = stitchTables(findStreamTables(runs, 1, tol, { wholeRegion: false }), { stitch: false });
    expect(tableToMatrix(t)[0]).toEqual(['1', 'Program Perencanaan dan Pengendalian', 'Kota', '200.000.000']);
    expect(t.rowCount).toBe(3);
  });
});
