/**
 * The golden discrepancy files (fixtures/renja/renja-pasirian-2024.expected-discrepancies.csv,
 * fixtures/audit/*.expected-discrepancies.csv) are exactly what the reference reconciliation
 * (scripts/reference-reconcile.mjs, independent of src/) computes from the generators' data, and the
 * audit fixtures' reference agrees with the findings their injections declare. Needs pdftotext (for
 * the pages): skipped loudly without it, and failing under RENJA_REQUIRE_ALL_TESTS=1.
 */
import { execFileSync } from 'node:child_process';
import { commandOnPath, describeIfAvailable } from '../helpers/needs.js';

const pdftotext = {
  what: 'golden-file',
  missing: commandOnPath('pdftotext') ? null : 'no pdftotext on PATH (install poppler-utils)',
};

describeIfAvailable(pdftotext, 'golden discrepancy files', () => {
  it('are the reference findings (scripts/write-expected-discrepancies.mjs --check)', () => {
    const out = execFileSync(process.execPath, ['scripts/write-expected-discrepancies.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(out).not.toMatch(/differs|not in the reference|not declared/);
    expect(out).toMatch(/renja-pasirian-2024\.expected-discrepancies\.csv: 221 finding/);
  }, 60_000);
});
