import { reconcile } from '../../src/reconcile/index.js';
import { buildReportModel } from '../../src/report/model.js';
import { terminalSummary } from '../../src/report/terminal.js';
import { seedLike } from '../helpers/records.js';

describe('terminal summary', () => {
  const x = seedLike();
  const model = buildReportModel({ extraction: x, discrepancies: reconcile(x) });

  it('is Indonesian by default: causes, largest first, with the Rupiah at stake', () => {
    const out = terminalSummary(model, 'out/doc');
    expect(out).toMatch(/^renja-pasirian-2024: \d+ halaman, \d+ baris terbaca; \d+ penyebab dari \d+ temuan/);
    expect(out).toContain('  T-C.33                     hlm. PDF 11-13  total Rp 1.608.668.957');
    expect(out).toMatch(
      /1\. kesalahan \[Rp 200\.000\.000\]: sub kegiatan 7\.01\.01\.2\.09\.0009 .*: tidak ada di T-C\.33 \(ada di Tabel 4\.1 Rp 200\.000\.000\)/,
    );
    expect(out).toContain('juga terlihat pada total T-C.33 vs Tabel 4.1');
    expect(out.trimEnd().endsWith('laporan: out/doc/')).toBe(true);
  });

  it('is English on request, with the same figures', () => {
    const out = terminalSummary(model, 'out/doc', 'en');
    expect(out).toMatch(/^renja-pasirian-2024: \d+ pages, \d+ rows read; \d+ causes behind \d+ findings/);
    expect(out).toMatch(
      /1\. error \[Rp 200\.000\.000\]: sub kegiatan 7\.01\.01\.2\.09\.0009 .*: missing from T-C\.33 \(in Tabel 4\.1 Rp 200\.000\.000\)/,
    );
    expect(out).toContain('also seen at total T-C.33 vs Tabel 4.1');
    expect(out).not.toMatch(/halaman|penyebab|kesalahan/);
  });
});
