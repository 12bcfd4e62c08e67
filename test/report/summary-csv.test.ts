import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reconcile } from '../../src/reconcile/index.js';
import { failedSummaryRow, mergeSummaryCsv, summaryCsv, SUMMARY_COLUMNS } from '../../src/report/summary-csv.js';
import { summaryRowFor } from '../../src/report/summary-row.js';
import { parseCsv } from '../helpers/csv.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('summary-csv', () => {
  const x = seedLike();
  const good = summaryRowFor(x, reconcile(x, { rules: TABLE_RULES }));
  const scan = failedSummaryRow('scan-2019', 'scan-2019.pdf', 'failed', 'scanned: no text layer, OCR needed');

  it('writes one line per document, failed documents included, with causes, totals and checks', async () => {
    const csv = await summaryCsv([good, scan]);
    expect(csv.startsWith('\uFEFF' + SUMMARY_COLUMNS.join(',') + '\n')).toBe(true);
    expect(SUMMARY_COLUMNS.slice(3, 6)).toEqual(['pages', 'pages_with_tables', 'pages_read']);
    const [g, f] = parseCsv(csv);
    const read = new Set(x.layouts.flatMap((l) => l.recordPages)).size;
    expect(g).toMatchObject({
      doc: 'renja-pasirian-2024',
      status: 'ok',
      pages: '30',
      // every page of seedLike's two layouts gave records (pageCoverage itself: test/renja/coverage.test.ts)
      pages_with_tables: String(read),
      pages_read: String(read),
      tables_found: '2',
      records: '52',
      causes: '2',
      causes_error: '1',
      causes_warning: '1',
      causes_info: '0',
      amount_at_stake: '200000000',
      errors: '5',
      warnings: '1',
      infos: '0',
      total_tc31_hasil: '',
      total_tc33: '1608668957',
      total_t41: '1808668957',
      sanity: '',
    });
    expect(g.checks_run.split('; ')).toContain('totals:TC33/T41');
    expect(g.checks_skipped.split('; ')).toContain('totals:TC31.hasil/T41 (table-missing TC31.hasil)');
    expect(f).toMatchObject({
      doc: 'scan-2019',
      status: 'failed',
      pages_with_tables: '',
      pages_read: '',
      causes: '',
      message: 'scanned: no text layer, OCR needed',
    });
  });

  it('merges into the summary already in the folder: other documents kept, the same document replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    const p = join(dir, 'summary.csv');
    await mergeSummaryCsv(p, [scan, good]);
    const again = { ...good, message: 'audited again' };
    const other = failedSummaryRow('cover', 'cover.pdf', 'no-renja-tables', 'no-renja-tables: cover.pdf');
    await mergeSummaryCsv(p, [again, other]);
    const rows = parseCsv(readFileSync(p, 'utf8'));
    expect(rows.map((r) => [r.doc, r.message])).toEqual([
      ['scan-2019', 'scanned: no text layer, OCR needed'],
      ['renja-pasirian-2024', 'audited again'],
      ['cover', 'no-renja-tables: cover.pdf'],
    ]);
    expect(rows[1].total_t41).toBe('1808668957');
  });

  it('neutralises file names a spreadsheet would run, and shows their control characters', async () => {
    const csv = await summaryCsv([
      failedSummaryRow('=1+2', '=1+2.pdf', 'failed', 'corrupt: =1+2.pdf: not a PDF'),
      failedSummaryRow('a_b', 'a\u001b]0;x\u0007b.pdf', 'failed', 'corrupt: a\u001b]0;x\u0007b.pdf: not a PDF'),
    ]);
    const [a, b] = parseCsv(csv);
    expect(a).toMatchObject({
      doc: "'=1+2",
      file: "'=1+2.pdf",
      status: 'failed',
      message: 'corrupt: =1+2.pdf: not a PDF',
    });
    expect(b).toMatchObject({
      doc: 'a_b',
      file: 'a\\x1b]0;x\\x07b.pdf',
      message: 'corrupt: a\\x1b]0;x\\x07b.pdf: not a PDF',
    });
  });
});
