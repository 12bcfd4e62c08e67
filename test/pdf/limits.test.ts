/**
 * Pages that cost far more than their bytes (src/pdf/limits.ts): a page of 400 × 400 rules is cut short with a note
 * naming it, the document's other page is still read, and the audit reports the page as unread-table.
 */
import { extractTables } from '../../src/tables/extract.js';
import { pageLimitNote, PAGE_LIMITS } from '../../src/pdf/limits.js';
import { gridOfRules, pdfWithContent, smallTable } from '../helpers/hostile-pdf.js';

describe('page limits', () => {
  it('names the limit, the count and what was set aside', () => {
    const n = pageLimitNote(7, 'rulings', 25_000);
    expect(n).toMatchObject({ page: 7, kind: 'rulings', count: 25_000, limit: PAGE_LIMITS.rulings });
    expect(n.message).toBe(
      'page 7 cut short: 25,000 rule segments (limit 20,000); its rules were set aside (no ruled tables read on it)',
    );
  });

  it('cuts a page of 400 × 400 rules short, says so once, and still reads the next page', async () => {
    const bytes = await pdfWithContent([gridOfRules(400), smallTable(4, 3)], 2200);
    const warnings: string[] = [];
    const r = await extractTables(bytes, {}, { name: 'grid.pdf', onWarning: (w) => warnings.push(w) });
    expect(r.limits.map((l) => [l.page, l.kind, l.count])).toEqual([[1, 'gridSlots', 399 * 399]]);
    expect(warnings).toEqual([
      'grid.pdf: page 1 cut short: 159,201 grid slots in one ruled table (limit 100,000); that grid was not read as a table',
      // no text layer, and drawn so densely that it renders grey: named as a drawing, not sent to OCR
      'grid.pdf: page 1 is a picture (photo or drawing, no text layer): not read by OCR (--ocr force reads it)',
    ]);
    const page2 = r.tables.filter((t) => t.pages.includes(2));
    expect(page2).toHaveLength(1);
    expect(page2[0].cells.find((c) => c.row === 3 && c.col === 2)?.text).toBe('r3c2');
  });
});
