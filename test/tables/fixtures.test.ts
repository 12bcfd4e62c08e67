/**
 * The table engine on every fixture PDF of fixtures/engine: each reproduces one hard case (wrapped codes, tables
 * over pages, rotated pages, merged headers, rows cut by page breaks, ...). Expected tables were written by the
 * fixture generator from its own source data, not by this engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractTables } from '../../src/tables/extract.js';
import { tableToMatrix } from '../../src/tables/model.js';

interface ExpectedTable {
  pages: number[];
  headerRows: number;
  rows: string[][];
  caption?: string;
}

const dir = path.resolve('fixtures/engine');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('table engine on fixtures/engine', () => {
  it('has the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of fixtures) {
    it(`reads ${file} exactly`, async () => {
      const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.pdf$/, '.expected.json')), 'utf8')) as {
        tables: ExpectedTable[];
      };
      const { tables } = await extractTables(path.join(dir, file));
      expect(tables).toHaveLength(expected.tables.length);
      expected.tables.forEach((e, i) => {
        const t = tables[i];
        expect(t.pages).toEqual(e.pages);
        expect(t.headerRows).toBe(e.headerRows);
        expect(tableToMatrix(t).map((r) => r.map(norm))).toEqual(e.rows.map((r) => r.map(norm)));
        if (e.caption) expect(norm(t.captionLines.join(' '))).toContain(norm(e.caption).slice(0, 20));
        // provenance: every non-empty cell knows its page and box, inside the page
        for (const c of t.cells.filter((x) => x.text)) {
          expect(e.pages).toContain(c.page);
          expect(c.bbox.x1).toBeGreaterThan(c.bbox.x0);
          expect(c.bbox.y1).toBeGreaterThan(c.bbox.y0);
        }
      });
    });
  }
});

describe('quality report and joins', () => {
  it('counts the repeated header rows it dropped and the rows it joined across pages', async () => {
    const rep = await extractTables(path.join(dir, 'table-continues-with-repeated-header.pdf'));
    expect(rep.tables[0].quality.repeatedHeaderRowsDropped).toBe(2);
    const tall = await extractTables(path.join(dir, 'tall-row-split-across-pages.pdf'));
    expect(tall.tables[0].quality.rowsJoinedAcrossPages).toBe(1);
    expect(tall.tables[0].cells.some((c) => c.continued)).toBe(true);
    expect(tall.tables[0].quality.textInCells).toBeGreaterThan(0.99);
  });

  it('reports landscape pages stored as rotated portrait in reader orientation', async () => {
    for (const name of ['landscape-rotate-90.pdf', 'landscape-rotate-270.pdf']) {
      const r = await extractTables(path.join(dir, name));
      expect(r.pages[0].width).toBeGreaterThan(r.pages[0].height);
      const t = r.tables[0];
      const first = t.cells.find((c) => c.row === 1 && c.col === 0)!;
      const second = t.cells.find((c) => c.row === 2 && c.col === 0)!;
      expect(second.bbox.y0).toBeGreaterThan(first.bbox.y0); // rows go down the page as read
    }
  });

  it('keeps tables apart with stitch off', async () => {
    const r = await extractTables(path.join(dir, 'table-continues-without-header.pdf'), { stitch: false });
    expect(r.tables.map((t) => t.pages)).toEqual([[1], [2], [3]]);
  });

  it('honours --pages and --area', async () => {
    const file = path.join(dir, 'two-tables-one-page.pdf');
    const all = await extractTables(file);
    const second = all.tables[1].parts[0].bbox;
    const r = await extractTables(file, {
      pages: [1],
      area: { top: second.y0 - 2, left: second.x0 - 2, bottom: second.y1 + 2, right: second.x1 + 2 },
    });
    expect(r.tables).toHaveLength(1);
    expect(tableToMatrix(r.tables[0])).toEqual(tableToMatrix(all.tables[1]));
    await expect(extractTables(file, { pages: [9] })).rejects.toThrow(/page 9 does not exist/);
  });
});
