/**
 * Text read from the operator list (one parse of each page) must say what pdf.js's own text extraction says:
 * the same words at the same places, on fixtures made by LibreOffice, Chromium and pdf-lib.
 */
import path from 'node:path';
import { openPdf } from '../../src/pdf/load.js';
import type { TextRun } from '../../src/pdf/types.js';

async function runs(file: string, textSource: 'ops' | 'textcontent', page = 1): Promise<TextRun[]> {
  const h = await openPdf(path.resolve(file), { textSource });
  try {
    return (await h.page(page)).textRuns;
  } finally {
    await h.close();
  }
}

const words = (rs: TextRun[]) =>
  rs
    .flatMap((r) => r.text.split(/\s+/))
    .filter(Boolean)
    .sort();

describe('text from the operator list', () => {
  it.each([
    ['fixtures/engine/money-right-aligned.pdf', 1],
    ['fixtures/engine/borderless-stream-table.pdf', 1],
    ['fixtures/engine/landscape-rotate-90.pdf', 1],
    ['fixtures/renja/renja-web-export.pdf', 8],
    ['fixtures/renja/renja-pasirian-2024.pdf', 46],
  ])('reads the same words as getTextContent in %s', async (file, page) => {
    const a = await runs(file, 'ops', page);
    const b = await runs(file, 'textcontent', page);
    expect(words(a)).toEqual(words(b));
  });

  it('keeps a letter whose char code is 32 in a subset font (word spacing applies to it, it is not a space)', async () => {
    const rs = await runs('fixtures/engine/money-right-aligned.pdf', 'ops');
    expect(rs.some((r) => r.text === 'Sumber')).toBe(true);
  });

  it('places each word where pdf.js places it, within a fraction of a point', async () => {
    const a = await runs('fixtures/renja/renja-pasirian-2024.pdf', 'ops', 46);
    const b = await runs('fixtures/renja/renja-pasirian-2024.pdf', 'textcontent', 46);
    const code = (rs: TextRun[]) => rs.find((r) => r.text.startsWith('7.01.01.2.0'))!;
    expect(Math.abs(code(a).x0 - code(b).x0)).toBeLessThan(0.5);
    expect(Math.abs(code(a).y0 - code(b).y0)).toBeLessThan(1);
    expect(code(a).fontSize).toBeCloseTo(code(b).fontSize, 1);
  });
});
