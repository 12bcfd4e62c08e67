/** Pages read ahead in parallel give byte-identical tables to pages read one at a time. */
import path from 'node:path';
import { extractTables, readAhead } from '../../src/tables/extract.js';

const seed = path.resolve('fixtures/renja/renja-pasirian-2024.pdf');

describe('readAhead', () => {
  it('hands pages out in order, never more than `ahead` started beyond the one taken', async () => {
    const started: number[] = [];
    const r = readAhead([1, 2, 3, 4, 5], async (n) => (started.push(n), n * 10), 2);
    const got: number[] = [];
    for (let i = 0; i < 5; i++) {
      got.push(await r.next());
      expect(started.length).toBeLessThanOrEqual(Math.min(5, i + 3));
    }
    expect(got).toEqual([10, 20, 30, 40, 50]);
  });

  it('raises a page failure when that page is taken, as a serial read would', async () => {
    const r = readAhead(
      [1, 2, 3],
      async (n) => {
        if (n === 2) throw new Error('page 2 broken');
        return n;
      },
      3,
    );
    await expect(r.next()).resolves.toBe(1);
    await expect(r.next()).rejects.toThrow('page 2 broken');
  });
});

describe('extractTables with pages in parallel', () => {
  it('gives byte-identical output with 1 and with 4 pages at a time', async () => {
    const serial = await extractTables(seed, { ocr: { mode: 'auto', workers: 1 } });
    const parallel = await extractTables(seed, { ocr: { mode: 'auto', workers: 4 } });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(serial.tables.length).toBeGreaterThan(5);
  });
});
