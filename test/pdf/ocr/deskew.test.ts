import { estimateSkew, rotate } from '../../../src/pdf/ocr/deskew.js';
import { detectLines } from '../../../src/pdf/ocr/lines.js';
import { gridImage } from './synthetic.js';

describe('deskew', () => {
  it('rotating by a positive angle turns the content clockwise (y down)', () => {
    const { img } = gridImage();
    const turned = rotate(img, 2);
    // the top rule's right end goes down, its left end up
    const col = (x: number) => {
      for (let y = 0; y < 120; y++) if (turned.data[y * 600 + x] < 100) return y;
      return -1;
    };
    expect(col(500)).toBeGreaterThan(col(100));
  });

  it.each([1.5, -1.2, 0.8, 0])('finds a skew of %p degrees and straightening restores the rules', (deg) => {
    const { img, rows } = gridImage();
    const skewed = rotate(img, deg);
    const found = estimateSkew(skewed);
    expect(Math.abs(found - deg)).toBeLessThanOrEqual(0.1);
    const straight = rotate(skewed, -found);
    const h = detectLines(straight, { minLength: 75, maxGap: 15, maxThickness: 9 }).filter(
      (l) => l.orientation === 'h',
    );
    expect(h).toHaveLength(4);
    h.forEach((l, i) => expect(Math.abs(l.pos - rows[i])).toBeLessThanOrEqual(2));
  });
});
