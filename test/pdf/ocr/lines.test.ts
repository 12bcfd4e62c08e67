import { detectLines, eraseLines } from '../../../src/pdf/ocr/lines.js';
import { isBlank } from '../../../src/pdf/ocr/bitmap.js';
import { fillRect, gridImage } from './synthetic.js';

const OPTS = { minLength: 75, maxGap: 15, maxThickness: 9 };

describe('detectLines', () => {
  it('finds the rules of a grid with their position, extent and thickness, and no text strokes', () => {
    const { img, rows, cols } = gridImage();
    const lines = detectLines(img, OPTS);
    const h = lines.filter((l) => l.orientation === 'h');
    const v = lines.filter((l) => l.orientation === 'v');
    expect(h.map((l) => Math.round(l.pos))).toEqual(rows);
    expect(v.map((l) => Math.round(l.pos))).toEqual(cols);
    for (const l of h) {
      expect(l.start).toBe(cols[0] - 1);
      expect(l.end).toBe(cols[3] + 1);
      expect(l.width).toBe(3);
    }
    for (const l of v) {
      expect(l.start).toBe(rows[0] - 1);
      expect(l.end).toBe(rows[3] + 1);
    }
  });

  it('joins a rule broken by a scanner dropout and ignores a filled block', () => {
    const { img } = gridImage();
    fillRect(img, 300, 150 - 1, 310, 150 + 1, 235); // a 11 px gap in the second rule
    fillRect(img, 120, 250 - 1, 121, 250 + 1, 235); // a 2 px dropout in the third
    fillRect(img, 250, 280, 380, 330, 10); // a black block, thicker than any rule
    const h = detectLines(img, OPTS).filter((l) => l.orientation === 'h');
    expect(h).toHaveLength(4);
    for (const l of h) expect([l.start, l.end]).toEqual([39, 561]);
  });

  it('follows a rule that steps one pixel down (a residual skew)', () => {
    const { img } = gridImage();
    fillRect(img, 0, 380, 599, 399, 235);
    fillRect(img, 0, 385, 299, 386, 20);
    fillRect(img, 300, 386, 599, 387, 20);
    const low = detectLines(img, OPTS).filter((l) => l.orientation === 'h' && l.pos > 360);
    expect(low).toHaveLength(1);
    expect(low[0].start).toBe(0);
    expect(low[0].end).toBe(599);
  });
});

describe('eraseLines', () => {
  it('paints the rules white and keeps the text', () => {
    const { img } = gridImage();
    const clean = eraseLines(img, detectLines(img, OPTS));
    expect(clean.data[150 * 600 + 300]).toBe(255);
    expect(clean.data[100 * 600 + 62]).toBe(30);
    expect(isBlank(clean)).toBe(false);
    // the input is untouched
    expect(img.data[150 * 600 + 300]).toBe(20);
  });
});
