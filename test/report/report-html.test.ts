import { reconcile } from '../../src/reconcile/index.js';
import { escapeHtml, REPORT_CSP, reportHtml } from '../../src/report/report-html.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('report-html', () => {
  const x = seedLike();
  const ds = reconcile(x, { rules: TABLE_RULES });
  const html = reportHtml({ extraction: x, discrepancies: ds, generatedAt: '2024-06-01T14:37:00Z' });
  const htmlEn = reportHtml({
    extraction: x,
    discrepancies: ds,
    generatedAt: '2024-06-01T14:37:00Z',
    locale: { lang: 'en', tz: 'Asia/Makassar' },
  });

  it('is one self-contained page: inline CSS and script, nothing from the network', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|\ssrc=|url\(|https?:|<script src|fetch\(|XMLHttpRequest|eval\(/i);
    expect(html.match(/<script[ >]/g)).toHaveLength(2); // the page cells (JSON) and the filter/page-view script
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toContain("script-src 'unsafe-inline'");
  });

  it("is Indonesian by default, English on request, with the date in the reader's zone", () => {
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('dibuat 1 Juni 2024 21.37 WIB');
    expect(html).toContain('<span class="badge error">Kesalahan</span>');
    expect(html).toContain('Total per tabel');
    expect(htmlEn).toContain('<html lang="en">');
    expect(htmlEn).toContain('generated 1 June 2024 22:37 WITA');
    expect(htmlEn).toContain('<span class="badge error">error</span>');
  });

  it('carries a Content-Security-Policy that lets nothing load or run but its inline style sheet and script', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head);
    expect(meta).not.toBeNull();
    // before anything it governs
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<style>'));
    const policy = new Map(
      meta![1].split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(meta![1]).toBe(REPORT_CSP);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'unsafe-inline'"]);
    // the report's own filters and page views; no script from a document can appear (its text is escaped)
    expect(policy.get('script-src')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(['data:']);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    // the report needs nothing the policy forbids
    expect(html).not.toMatch(/<script src|<link|<img|<iframe|<form|\ssrc=|url\(/i);
  });

  it('shows the totals of each table side by side and counts per rule and severity', () => {
    expect(html).toMatch(/<b>T-C\.33<\/b>.*Rp 1\.608\.668\.957.*\+Rp 200\.000\.000/s);
    expect(html).toContain('<b>Tabel 4.1</b>');
    expect(html).toContain('Rp 1.808.668.957');
    expect(html).toContain(
      '<td class="code">missing-row</td><td class="num">1</td><td class="num">1</td><td class="num zero">0</td>',
    );
  });

  it('groups findings by root cause with both values, their table and page, and the explanation as nested lists', () => {
    expect(html).toContain('<h2>Temuan menurut penyebab');
    expect(htmlEn).toContain('<h2>Findings by root cause');
    // every finding is shown once, under its cause
    expect(html.match(/<tr class="fr"/g)).toHaveLength(ds.length);
    expect(html).toMatch(
      /Penyebab 1<\/b> · <span class="badge error">Kesalahan<\/span> · satu baris · <span class="stake">nilai temuan Rp 200\.000\.000<\/span>/,
    );
    expect(html).toContain('T-C.33 · hlm. 13');
    expect(htmlEn).toContain('T-C.33 · p. 13');
    expect(html).toMatch(
      /<ul class="tree"><li>.*Jumlah.*<ul><li><span class="code">7\.01\.01<\/span>.*<ul><li><span class="code">7\.01\.01\.2\.09<\/span>.*<ul><li><span class="code">7\.01\.01\.2\.09\.0009<\/span>/s,
    );
    expect(html).toContain('tidak ada di T-C.33');
    expect(htmlEn).toContain('missing from T-C.33');
    expect(html).toMatch(/tercantum di Tabel 4\.1 tetapi tidak ada di T-C\.33/);
  });

  it('tags every cause for the filters: severities, rules, tables and program', () => {
    const bodies = html.match(/<tbody class="f"[^>]*>/g) ?? [];
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.length).toBeLessThan(ds.length);
    // the missing sub kegiatan explains the program, kegiatan and total gaps and the allocation sentence too
    expect(bodies[0]).toBe(
      '<tbody class="f" data-sev="error" data-rule="missing-row total-mismatch value-mismatch terbilang-mismatch" ' +
        'data-tables="TC33 T41 PROSE" data-prog="7.01.01">',
    );
    expect(html).toMatch(/<select id="f-prog">.*<option value="7\.01\.01">7\.01\.01 PROGRAM PENUNJANG/s);
    expect(html).toContain('id="q"');
  });

  it('marks the characters that differ between two texts', () => {
    const y = seedLike();
    const r = y.records.find((q) => q.table === 'T41' && q.code === '7.01.01.2.01.0002')!;
    r.name = `${r.name}X`;
    const h = reportHtml({ extraction: y, discrepancies: reconcile(y, { rules: TABLE_RULES }) });
    expect(h).toMatch(/Koordinasi dan Penyusunan Dokumen RKA - SKPD<mark>X<\/mark>/);
  });

  it('escapes text from the document, also inside the page data', () => {
    const y = seedLike();
    y.records[0].name = '<script>alert("x")</script> & Co';
    const h = reportHtml({ extraction: y, discrepancies: reconcile(y, { rules: TABLE_RULES }) });
    expect(h).not.toContain('<script>alert');
    expect(h).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(escapeHtml(`'`)).toBe('&#39;');
    expect(escapeHtml('a\u001b]0;x\u0007b')).toBe('a\\x1b]0;x\\x07b');
  });

  it('says so when there is nothing to report', () => {
    const clean = seedLike({ clean: true });
    expect(reportHtml({ extraction: clean, discrepancies: reconcile(clean, { rules: TABLE_RULES }) })).toContain(
      'Tidak ada selisih: tabel-tabel saling sesuai.',
    );
    expect(
      reportHtml({
        extraction: clean,
        discrepancies: reconcile(clean, { rules: TABLE_RULES }),
        locale: { lang: 'en', tz: 'UTC' },
      }),
    ).toContain('No discrepancies: the tables agree.');
  });
});
