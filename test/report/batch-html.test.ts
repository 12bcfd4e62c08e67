import { batchOverviewHtml } from '../../src/report/batch-html.js';
import type { SummaryRow } from '../../src/report/summary-csv.js';

const row = (doc: string, extra: Partial<SummaryRow>): SummaryRow => ({
  doc,
  file: `${doc}.pdf`,
  status: 'ok',
  pages: 61,
  pagesWithTables: 30,
  pagesRead: 30,
  tablesFound: 4,
  records: 408,
  errors: 1,
  warnings: 0,
  infos: 0,
  message: '',
  ...extra,
});

describe('batch overview', () => {
  const rows = [
    row('pasirian', {
      totals: { TC33: '2630445095', T41: '2830445095' },
      causesError: 2,
      causesWarning: 1,
      causesInfo: 0,
      amountAtStake: '245121800',
    }),
    row('rusak', { status: 'failed', pages: null, message: 'corrupt: rusak.pdf: not a PDF' }),
  ];

  it('lists every document with its totals side by side, causes, Rupiah at stake and a link to its report', () => {
    const html = batchOverviewHtml(rows, { generatedAt: '2026-11-29T14:37:00Z' });
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('dibuat 29 November 2026 21.37 WIB');
    expect(html).toContain('<a href="pasirian/report.html">pasirian</a>');
    // T-C.33 differs from the same document's Tabel 4.1: marked; Tabel 4.1 itself is not
    expect(html).toMatch(
      /<td class="num neg"><span class="val">Rp 2\.630\.445\.095<\/span> <mark>≠<\/mark><\/td><td class="num"><span class="val">Rp 2\.830\.445\.095<\/span><\/td>/,
    );
    expect(html).toContain('<td class="num">2</td><td class="num">1</td><td class="num zero">0</td>');
    expect(html).toContain('Rp 245.121.800');
    expect(html).toContain('<span class="badge error">gagal</span>');
    expect(html).toContain('corrupt: rusak.pdf: not a PDF');
    expect(html).not.toContain('href="rusak/report.html"');
  });

  it('speaks English on request', () => {
    const html = batchOverviewHtml(rows, { locale: { lang: 'en', tz: 'UTC' } });
    expect(html).toContain('<h1>Batch overview</h1>');
    expect(html).toContain('<span class="badge error">failed</span>');
  });
});
