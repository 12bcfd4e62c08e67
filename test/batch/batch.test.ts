/**
 * `renja batch` end to end: a folder mixing a good Renja document, bad inputs, a duplicate and a `.PDF` in a
 * subfolder. Every status and failure class, the aggregates, and the good document's outputs equal `renja audit`'s.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseFile } from 'fast-csv';
import type { DoneMarker } from '../../src/batch/done-marker.js';
import { SUMMARY_COLUMNS } from '../../src/report/summary-csv.js';
import { csvLines, folder, GOOD, readBatchJson, run, tmp } from './cli-helpers.js';

function parseCsv(file: string): Promise<Record<string, string>[]> {
  return new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseFile(file, { headers: true })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('end', () => resolve(rows))
      .on('error', reject);
  });
}

describe('renja batch', () => {
  const input = folder({
    'renja-old-era-jabar.pdf': GOOD,
    'zz-copy-of-jabar.pdf': GOOD,
    'encrypted-needs-password.pdf': 'fixtures/bad/encrypted-needs-password.pdf',
    'truncated.pdf': 'fixtures/bad/truncated.pdf',
    'image-only-scan.pdf': 'fixtures/bad/image-only-scan.pdf',
    'not-renja.pdf': 'fixtures/bad/not-renja.pdf',
    'corrupt-not-a-pdf.pdf': 'fixtures/bad/corrupt-not-a-pdf.pdf',
    'notes.txt': 'fixtures/engine/README.md',
    // a table that is no Renja form (the two-tables fixture holds a T-C.30 in its short form)
    'sub/TWO-TABLES.PDF': 'fixtures/engine/borderless-stream-table.pdf',
  });
  const out = tmp('batch-out');
  const auditOut = tmp('audit-out');
  let result: Awaited<ReturnType<typeof run>>;
  let summary: Record<string, string>[];

  beforeAll(async () => {
    // OCR off: the image-only scan keeps its `scanned` class (OCR of scans: test/audit/scan-audit.test.ts)
    result = await run(['batch', input, '--out', out, '--workers', '2', '--ocr', 'off']);
    summary = await parseCsv(path.join(out, 'summary.csv'));
  });

  it('exits 1 when any document failed, and says what it did', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('8 PDFs: 1 ok, 2 without Renja tables, 4 failed, 1 duplicates');
    expect(result.stderr).toContain('renja: encrypted: encrypted-needs-password.pdf');
  });

  it('has one summary row per PDF, in path order, with every status and failure class', () => {
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8').startsWith('\uFEFFdoc,file,status,')).toBe(true);
    expect(csvLines(path.join(out, 'summary.csv'))[0]).toBe(SUMMARY_COLUMNS.join(','));
    // what the pages gave: right after pages
    expect(SUMMARY_COLUMNS.slice(0, 6).join(',')).toBe('doc,file,status,pages,pages_with_tables,pages_read');
    const brief = summary.map((r) => [r.doc, r.file, r.status, r.message.split(':')[0]]);
    expect(brief).toEqual([
      ['corrupt-not-a-pdf', 'corrupt-not-a-pdf.pdf', 'failed', 'corrupt'],
      ['encrypted-needs-password', 'encrypted-needs-password.pdf', 'failed', 'encrypted'],
      ['image-only-scan', 'image-only-scan.pdf', 'failed', 'scanned'],
      ['not-renja', 'not-renja.pdf', 'no-renja-tables', 'no-renja-tables'],
      ['renja-old-era-jabar', 'renja-old-era-jabar.pdf', 'ok', ''],
      ['TWO-TABLES', 'sub/TWO-TABLES.PDF', 'no-renja-tables', 'no-renja-tables'],
      ['truncated', 'truncated.pdf', 'failed', 'corrupt'],
      [
        'zz-copy-of-jabar',
        'zz-copy-of-jabar.pdf',
        'duplicate',
        'duplicate of renja-old-era-jabar (renja-old-era-jabar.pdf)',
      ],
    ]);
    const good = summary.find((r) => r.status === 'ok')!;
    expect(good).toMatchObject({ pages: '13', records: '105' });
    // the overview columns: causes, Rupiah at stake, totals side by side, checks run and skipped
    expect(Number(good.causes)).toBeGreaterThan(0);
    expect(Number(good.causes)).toBeLessThanOrEqual(Number(good.errors) + Number(good.warnings) + Number(good.infos));
    expect(good.checks_run).toContain('rows:');
    // messages name files by base name, never by where the batch found them
    expect(summary.some((r) => r.message.includes(input))).toBe(false);
  });

  it('writes per-document folders for processed PDFs only, each with its marker', () => {
    expect(readdirSync(path.join(out, 'renja-old-era-jabar')).sort()).toEqual([
      '.done.json',
      'discrepancies.csv',
      'records.csv',
      'report.html',
      'report.json',
    ]);
    expect(readdirSync(path.join(out, 'truncated'))).toEqual(['.done.json']);
    expect(existsSync(path.join(out, 'zz-copy-of-jabar'))).toBe(false);
    const marker = JSON.parse(readFileSync(path.join(out, 'renja-old-era-jabar', '.done.json'), 'utf8')) as DoneMarker;
    expect(marker).toMatchObject({ tool: { version: '0.1.0' }, row: { status: 'ok', records: 105 } });
    expect(marker.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("aggregates the documents' discrepancies and records under one header", async () => {
    const good = summary.find((r) => r.status === 'ok')!;
    const ds = await parseCsv(path.join(out, 'discrepancies.csv'));
    expect(ds).toHaveLength(Number(good.errors) + Number(good.warnings) + Number(good.infos));
    expect(new Set(ds.map((d) => d.doc))).toEqual(new Set(['renja-old-era-jabar']));
    const recs = await parseCsv(path.join(out, 'records.csv'));
    expect(recs).toHaveLength(105);
    expect(new Set(recs.map((d) => d.doc))).toEqual(new Set(['renja-old-era-jabar']));
    expect(readFileSync(path.join(out, 'records.csv'), 'utf8').match(/^\uFEFF?doc,table,file,page,/gm)).toHaveLength(1);
  });

  it('writes one workbook for the batch: every document listed, then all causes and findings', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'batch.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Dokumen',
      'Penyebab',
      'Temuan',
      'Baris data',
      'Tabel',
      'Pemeriksaan',
    ]);
    const docs = wb.getWorksheet('Dokumen')!;
    const head = (docs.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual([...SUMMARY_COLUMNS]);
    const col = (name: string) => head.indexOf(name) + 1;
    const statuses = [];
    for (let i = 2; i <= docs.rowCount; i++) statuses.push(docs.getRow(i).getCell(col('status')).value);
    expect(statuses).toEqual(summary.map((r) => r.status));
    const goodRow = docs.getRow(2 + summary.findIndex((r) => r.status === 'ok'));
    const good = summary.find((r) => r.status === 'ok')!;
    expect(goodRow.getCell(col('causes')).value).toBe(Number(good.causes));
    expect(goodRow.getCell(col('pages')).value).toBe(13);
    const ds = await parseCsv(path.join(out, 'discrepancies.csv'));
    expect(wb.getWorksheet('Temuan')!.rowCount - 1).toBe(ds.length);
    expect(wb.getWorksheet('Penyebab')!.rowCount - 1).toBe(Number(good.causes));
  });

  it('counts statuses, failure classes and rules in batch.json', () => {
    const b = readBatchJson(out);
    expect(b.tool.version).toBe('0.1.0');
    expect(b.options).toMatchObject({ workers: 2, resume: false, timeoutSeconds: 300 });
    expect(b.counts.status).toEqual({ ok: 1, failed: 4, duplicate: 1, 'no-renja-tables': 2 });
    expect(b.counts.failureClass).toEqual({ corrupt: 2, encrypted: 1, 'no-renja-tables': 2, scanned: 1 });
    const ruleTotal = Object.values(b.counts.rule).reduce((a, n) => a + n, 0);
    expect(ruleTotal).toBe(csvLines(path.join(out, 'discrepancies.csv')).length - 1);
    expect(b.interrupted).toBe(false);
    expect(Date.parse(b.endedAt)).toBeGreaterThanOrEqual(Date.parse(b.startedAt));
  });

  it('writes the good document exactly as `renja audit` does', async () => {
    const a = await run(['audit', path.join(input, 'renja-old-era-jabar.pdf'), '--out', auditOut]);
    expect(a.code).toBe(0);
    for (const f of ['discrepancies.csv', 'records.csv']) {
      expect(readFileSync(path.join(out, 'renja-old-era-jabar', f))).toEqual(
        readFileSync(path.join(auditOut, 'renja-old-era-jabar', f)),
      );
    }
    const strip = (f: string) => ({
      ...(JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>),
      generatedAt: null,
    });
    expect(strip(path.join(out, 'renja-old-era-jabar', 'report.json'))).toEqual(
      strip(path.join(auditOut, 'renja-old-era-jabar', 'report.json')),
    );
  });

  it('fails a document that runs over --timeout as `timeout`, leaving only its marker', async () => {
    const one = folder({ 'a.pdf': GOOD });
    const o = tmp('batch-out');
    const r = await run(['batch', one, '--out', o, '--workers', '1', '--timeout', '0.05']);
    expect(r.code).toBe(1);
    const rows = await parseCsv(path.join(o, 'summary.csv'));
    expect(rows).toEqual([
      expect.objectContaining({
        doc: 'a',
        status: 'failed',
        message: 'timeout: a.pdf: did not finish within 0.05 s (worker stopped)',
      }),
    ]);
    expect(readBatchJson(o).counts.failureClass).toEqual({ timeout: 1 });
    expect(readdirSync(path.join(o, 'a'))).toEqual(['.done.json']);
    expect(csvLines(path.join(o, 'records.csv'))).toHaveLength(1);
  });

  it('exits 3 with --fail-on when only findings (no failures) are there, and 2 on bad usage', async () => {
    // a chapter without Renja tables is listed but does not by itself make the batch fail
    const good = folder({ 'a.pdf': GOOD, 'cover.pdf': 'fixtures/bad/not-renja.pdf' });
    // the old-era fixture has warnings (awal-vs-hasil changes without a catatan) and no errors
    expect((await run(['batch', good, '--out', tmp('batch-out'), '--workers', '1', '--fail-on', 'warning'])).code).toBe(
      3,
    );
    expect((await run(['batch', good, '--out', tmp('batch-out'), '--workers', '1', '--fail-on', 'error'])).code).toBe(
      0,
    );
    expect((await run(['batch', good, '--out', tmp('batch-out'), '--workers', '1'])).code).toBe(0);
    expect((await run(['batch', good, '--out', tmp('batch-out'), '--workers', '0'])).code).toBe(2);
    expect((await run(['batch', path.join(good, 'missing'), '--out', tmp('batch-out')])).code).toBe(2);
  });
});
