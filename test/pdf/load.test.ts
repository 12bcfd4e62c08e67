import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPdf } from '../../src/pdf/load.js';
import { PdfError } from '../../src/pdf/errors.js';

const seed = path.resolve('fixtures/renja/renja-pasirian-2024.pdf');

describe('openPdf', () => {
  it('reads page size, text runs and rulings of a LibreOffice landscape table page', async () => {
    const h = await openPdf(seed);
    try {
      expect(h.numPages).toBeGreaterThan(30);
      expect(h.info.sha256).toMatch(/^[0-9a-f]{64}$/);
      let found = false;
      for (let n = 1; n <= h.numPages && !found; n++) {
        const p = await h.page(n);
        const run = p.textRuns.find((r) => r.text.trim() === '7.01.01.2.01.01');
        if (!run) continue;
        found = true;
        expect(p.width).toBeGreaterThan(p.height); // a landscape table page
        expect(run.x1).toBeGreaterThan(run.x0);
        expect(run.y1).toBeGreaterThan(run.y0);
        expect(p.rulings.some((r) => r.orientation === 'v' && r.pos < run.x0 && run.x0 - r.pos < 10)).toBe(true);
        expect(p.rulings.some((r) => r.orientation === 'h' && r.pos < run.y0 && run.y0 - r.pos < 20)).toBe(true);
      }
      expect(found).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('fails with a one-line corrupt error for bytes that are not a PDF', async () => {
    await expect(openPdf(new TextEncoder().encode('<html>not a pdf</html>'), {}, 'page.pdf')).rejects.toMatchObject({
      errorClass: 'corrupt',
      message: expect.stringContaining('page.pdf') as string,
    });
    await expect(openPdf(new TextEncoder().encode('<html>not a pdf</html>'), {}, 'x.pdf')).rejects.toBeInstanceOf(
      PdfError,
    );
  });

  it('fails as unreadable, not corrupt, when the file itself cannot be read (missing, a dangling link)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renja-load-'));
    symlinkSync(path.join(dir, 'gone.pdf'), path.join(dir, 'dangling.pdf'));
    await expect(openPdf(path.join(dir, 'dangling.pdf'))).rejects.toMatchObject({
      errorClass: 'unreadable',
      message: 'dangling.pdf: file not found',
    });
  });

  it('fails as corrupt when the page tree loops (fixtures/bad/page-tree-loop.pdf)', async () => {
    const h = await openPdf(path.resolve('fixtures/bad/page-tree-loop.pdf'));
    try {
      await expect(h.page(2)).rejects.toMatchObject({
        errorClass: 'corrupt',
        message: expect.stringMatching(/^page-tree-loop\.pdf: page 2 cannot be read \(broken page tree: /) as string,
      });
    } finally {
      await h.close();
    }
  });
});
