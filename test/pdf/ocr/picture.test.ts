/** A picture page (photo, drawing) is told from printed text or a table by its share of mid-tones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blankImage, isPicture, midtoneShare, PICTURE_MIDTONE_SHARE } from '../../../src/pdf/ocr/bitmap.js';
import type { PageData } from '../../../src/pdf/types.js';
import { extractTables } from '../../../src/tables/extract.js';
import { fillRect, gridImage } from './synthetic.js';

describe('isPicture', () => {
  it('takes a ruled table with letters on grey paper for text, however dark its ink', () => {
    const { img } = gridImage();
    expect(midtoneShare(img)).toBeLessThan(PICTURE_MIDTONE_SHARE);
    expect(isPicture(img)).toBe(false);
  });

  it('takes a page of soft tones (a photo) for a picture', () => {
    const img = blankImage(300, 400);
    // a gradient from dark to light, as a sky or a wall in a photo
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++) img.data[y * img.width + x] = 40 + Math.round((y / img.height) * 180);
    expect(isPicture(img)).toBe(true);
  });

  it('keeps a table page with a shaded header and a small photo in it as text', () => {
    const { img } = gridImage();
    fillRect(img, 40, 50, 560, 150, 205); // header shading (paper-like grey)
    fillRect(img, 420, 160, 540, 240, 120); // a small photo block
    expect(isPicture(img)).toBe(false);
  });
});

describe('a cover photo before a table page (fixtures/scan/photo-cover.pdf)', () => {
  const file = path.resolve('fixtures/scan/photo-cover.pdf');
  const expected = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.expected.json'), 'utf8')) as {
    pictures: number[];
    textPages: number[];
  };

  it('names the photo page and leaves it unread in auto mode; the table page reads as usual', async () => {
    const warnings: string[] = [];
    const pages: PageData[] = [];
    const r = await extractTables(
      file,
      { ocr: { mode: 'auto' } },
      { onWarning: (w) => warnings.push(w), onPage: (p) => pages.push(p) },
    );
    expect(pages.filter((p) => p.picture).map((p) => p.pageNumber)).toEqual(expected.pictures);
    expect(pages.filter((p) => p.textRuns.length > 0).map((p) => p.pageNumber)).toEqual(expected.textPages);
    expect(pages.every((p) => p.ocr === undefined)).toBe(true);
    expect(warnings).toEqual([
      'photo-cover.pdf: page 1 is a picture (photo or drawing, no text layer): not read by OCR (--ocr force reads it)',
    ]);
    expect(r.tables.length).toBeGreaterThan(0);
    expect(r.tables.every((t) => t.pages.every((p) => expected.textPages.includes(p)))).toBe(true);
  });
});
