import { cellText, splitAtBoundaries, type Piece } from '../../src/tables/cell-text.js';

/** A piece of text at a position, with glyphs `cw` points wide (as if monospaced). */
function piece(text: string, x0: number, y0: number, cw = 4, fontSize = 7.5): Piece {
  return {
    text,
    x0,
    x1: x0 + text.length * cw,
    y0,
    y1: y0 + fontSize * 1.1,
    fontSize,
    direction: 0,
    bold: false,
    italic: false,
  };
}

describe('cellText', () => {
  const cell = { x0: 100, y0: 0, x1: 160, y1: 40 }; // 60 pt wide, 2 pt margins -> 56 pt of text width

  it('joins a word broken mid-way when its first part fills the line', () => {
    // `dokumen` is 7 glyphs = 28 pt: a 14 pt column forces `doku` (16 pt > 14?) — use a narrow cell
    const narrow = { x0: 100, y0: 0, x1: 120, y1: 40 }; // 16 pt of text width with 2 pt margins
    const t = cellText([piece('doku', 102, 2), piece('men', 102, 12)], narrow, 2);
    expect(t.text).toBe('dokumen');
  });

  it('joins a code wrapped inside a narrow code cell', () => {
    const codeCell = { x0: 100, y0: 0, x1: 160, y1: 40 };
    const t = cellText([piece('7.01.01.2.01.0', 102, 2), piece('3', 102, 12)], codeCell, 2);
    expect(t.text).toBe('7.01.01.2.01.03');
  });

  it('keeps the space of an ordinary word wrap', () => {
    const t = cellText([piece('Kecamatan', 102, 2), piece('Pasirian', 102, 12)], cell, 2);
    expect(t.text).toBe('Kecamatan Pasirian');
  });

  it('keeps the space when a short code part was wrapped at a space (the page shows a gap)', () => {
    const t = cellText([piece('7.01.01.2.01.0', 102, 2), piece('3', 102, 12)], { x0: 100, y0: 0, x1: 180, y1: 40 }, 2);
    expect(t.text).toBe('7.01.01.2.01.0 3');
  });

  it('joins a break after a hyphen without a space', () => {
    const t = cellText([piece('Perubahan RKA-', 102, 2), piece('SKPD', 102, 12)], cell, 2);
    expect(t.text).toBe('Perubahan RKA-SKPD');
  });

  it('reads lines top to bottom whatever order the runs came in', () => {
    const t = cellText([piece('ketiga', 102, 22), piece('pertama', 102, 2), piece('kedua', 102, 12)], cell, 2);
    expect(t.text).toBe('pertama kedua ketiga');
  });
});

describe('splitAtBoundaries', () => {
  it('cuts a run that crosses a column rule at the space nearest the rule', () => {
    const p = piece('2 dokumen 2.412.000', 100, 0);
    const parts = splitAtBoundaries(p, [100 + 9 * 4 + 1]);
    expect(parts.map((x) => x.text.trim())).toEqual(['2 dokumen', '2.412.000']);
  });

  it('leaves a run inside one column whole', () => {
    expect(splitAtBoundaries(piece('Kecamatan', 100, 0), [50, 200])).toHaveLength(1);
  });
});

describe('cellText word boundaries', () => {
  it('keeps the space when a capitalised word follows a word that filled the line', () => {
    const cell = { x0: 100, y0: 0, x1: 140, y1: 40 }; // 36 pt of text width; `Kecamatan` is 9 x 4 = 36 pt
    expect(cellText([piece('Kecamatan', 102, 2), piece('Pasirian', 102, 12)], cell, 2).text).toBe('Kecamatan Pasirian');
  });
});
