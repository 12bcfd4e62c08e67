import { reconcile } from '../../src/reconcile/index.js';
import { escapeHtml, REPORT_CSP, reportHtml } from '../../src/report/report-html.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

describe('report-html', () => {
  const x = seedLike();
  const html = reportHtml({
    extraction: x,
    discrepancies: reconcile(x, { rules: TABLE_RULES }),
    generatedAt: '2024-06-01',
  });

  it('is one self-contained page: inline CSS, no scripts, no external assets', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:/i);
  });

  it('carries a Content-Security-Policy that lets nothing load or run but its inline style sheet', () => {
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
    expect(policy.has('script-src')).toBe(false); // falls back to 'none': the report has no script
    expect(policy.get('img-src')).toEqual(['data:']);
    // the report needs nothing the policy forbids
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<form|src=|url\(/i);
  });

  it('shows the totals of each table side by side and counts per rule and severity', () => {
    expect(html).toMatch(/<b>T-C\.33<\/b>.*Rp 1\.608\.668\.957.*\+Rp 200\.000\.000/s);
    expect(html).toContain('<b>Tabel 4.1</b>');
    expect(html).toContain('Rp 1.808.668.957');
    expect(html).toContain(
      '<td class="code">missing-row</td><td class="num">1</td><td class="num">1</td><td class="num zero">0</td>',
    );
  });

  it('groups findings by rule with both values, their table and page, and the explanation as nested lists', () => {
    expect(html).toContain('id="rule-total-mismatch"');
    expect(html).toContain('id="rule-missing-row"');
    expect(html).not.toContain('id="rule-rollup-mismatch"');
    expect(html).toContain('T-C.33 · p. 13');
    expect(html).toMatch(
      /<ul class="tree"><li>.*Total.*<ul><li><span class="code">7\.01\.01<\/span>.*<ul><li><span class="code">7\.01\.01\.2\.09<\/span>.*<ul><li><span class="code">7\.01\.01\.2\.09\.0009<\/span>/s,
    );
    expect(html).toContain('missing from T-C.33');
  });

  it('escapes text from the document', () => {
    const y = seedLike();
    y.records[0].name = '<script>alert("x")</script> & Co';
    const h = reportHtml({ extraction: y, discrepancies: reconcile(y, { rules: TABLE_RULES }) });
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('says so when there is nothing to report', () => {
    const clean = seedLike({ clean: true });
    expect(reportHtml({ extraction: clean, discrepancies: reconcile(clean, { rules: TABLE_RULES }) })).toContain(
      'No discrepancies: the tables agree.',
    );
  });
});
