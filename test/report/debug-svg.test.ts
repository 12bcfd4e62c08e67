import path from 'node:path';
import type { PageData } from '../../src/pdf/types.js';
import { pageDebugSvg } from '../../src/report/debug-svg.js';
import { extractTables } from '../../src/tables/extract.js';

describe('pageDebugSvg', () => {
  it('draws the rulings, the text runs and every cell found, with the cell text as a tooltip', async () => {
    const pages: PageData[] = [];
    const r = await extractTables(
      path.resolve('fixtures/engine/merged-header-cells.pdf'),
      {},
      { onPage: (p) => pages.push(p) },
    );
    const svg = pageDebugSvg(pages[0], r.tables);
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<line /g) ?? []).length).toBe(pages[0].rulings.length);
    const cells = r.tables[0].cells.length;
    expect((svg.match(/<title>t1 r/g) ?? []).length).toBe(cells);
    expect(svg).toContain('Rancangan Awal RKPD');
    expect(svg).toContain('span 1x5');
  });
});
