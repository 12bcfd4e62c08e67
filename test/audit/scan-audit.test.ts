/**
 * A scanned Renja end to end: fixtures/scan/renja-pasirian-scan.pdf is made by scripts/make-scan-fixture.mjs from
 * four pages of the sample (first and last page of T-C.33 and of Tabel 4.1), rasterized at 150-200 dpi, grey,
 * JPEG, three of them skewed. Its expected money values and skews are the generator's (the sample's own table
 * data and the angles it turned the pages by), never our output. OCR is slow: the pages are read once (in
 * parallel, into an OCR cache), and the later tests reuse that cache, except one page read again on one thread.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';
import { openPdf } from '../../src/pdf/load.js';
import { PdfError } from '../../src/pdf/errors.js';
import type { PageData } from '../../src/pdf/types.js';
import { extractTables } from '../../src/tables/extract.js';

const pdf = path.resolve('fixtures/scan/renja-pasirian-scan.pdf');
interface ExpectedPage {
  page: number;
  source: number;
  dpi: number;
  skew: number;
  money: string[];
}
const expected = JSON.parse(readFileSync('fixtures/scan/renja-pasirian-scan.expected.json', 'utf8')) as {
  pages: ExpectedPage[];
  totals: { tc33: string; t41: string };
};

const MONEY = /^\d{1,3}(\.\d{3})+$/;

let cacheDir: string;
let outcome: Awaited<ReturnType<typeof auditDocument>>;
const pages: PageData[] = [];

beforeAll(async () => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'renja-ocr-cache-'));
  // the one OCR pass of the test: the whole audit, two OCR threads, results into the cache
  outcome = await auditDocument(pdf, { ocr: { mode: 'auto', engine: 'tesseract.js', cacheDir, workers: 2 } });
  const h = await openPdf(pdf, { ocr: { mode: 'auto', engine: 'tesseract.js', cacheDir } });
  try {
    for (let n = 1; n <= h.numPages; n++) pages.push(await h.page(n));
  } finally {
    await h.close();
  }
}, 900_000);

afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('OCR of a generated scan', () => {
  it('has no text layer: with --ocr off it fails as scanned', async () => {
    await expect(extractTables(pdf, { ocr: { mode: 'off' } })).rejects.toThrow(PdfError);
    await expect(extractTables(pdf, { ocr: { mode: 'off' } })).rejects.toMatchObject({ errorClass: 'scanned' });
  });

  it('finds each page skew within 0.1 degree of the angle the generator turned it by', () => {
    for (const e of expected.pages) {
      const p = pages[e.page - 1];
      expect(p.ocr).toBeDefined();
      expect(Math.abs(p.ocr!.skewDegrees - e.skew)).toBeLessThanOrEqual(0.1);
    }
  });

  it('reads at least 95% of the money values exactly (the rest shows as lower confidence)', () => {
    let exact = 0;
    let all = 0;
    const missed: string[] = [];
    for (const e of expected.pages) {
      const runs = pages[e.page - 1].textRuns;
      expect(runs.every((r) => typeof r.confidence === 'number' && r.confidence >= 0 && r.confidence <= 100)).toBe(
        true,
      );
      const bag = runs.map((r) => r.text.replace(/[|.,;:]+$/, '')).filter((t) => MONEY.test(t));
      for (const m of e.money) {
        all++;
        const i = bag.indexOf(m);
        if (i >= 0) {
          exact++;
          bag.splice(i, 1);
        } else missed.push(`p${e.page} ${m}`);
      }
    }
    process.stderr.write(`scan OCR: ${exact}/${all} money values exact${missed.length ? `; missed ${missed}` : ''}\n`);
    expect(all).toBeGreaterThan(40);
    expect(exact / all).toBeGreaterThanOrEqual(0.95);
  });

  it('turns the ruled tables into rulings in page coordinates', () => {
    for (const p of pages) {
      const h = p.rulings.filter((r) => r.orientation === 'h');
      const v = p.rulings.filter((r) => r.orientation === 'v');
      expect(h.length).toBeGreaterThanOrEqual(8);
      expect(v.length).toBeGreaterThanOrEqual(5);
      for (const r of p.rulings) {
        expect(r.pos).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual((r.orientation === 'h' ? p.width : p.height) + 1);
      }
    }
  });

  it('caches OCR results by page content: the second read of every page came from the cache', () => {
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(expected.pages.length);
    for (const p of pages) expect(p.ocr?.cached).toBe(true);
  });

  it('reads a page alone on one OCR thread exactly as in the parallel run', async () => {
    const h = await openPdf(pdf, { ocr: { mode: 'auto', engine: 'tesseract.js', workers: 1 } });
    try {
      const alone = await h.page(2);
      expect(alone.ocr?.cached).toBe(false);
      expect(JSON.stringify({ ...alone, ocr: { ...alone.ocr, cached: true } })).toBe(JSON.stringify(pages[1]));
    } finally {
      await h.close();
    }
  }, 600_000);

  it('audits the scan end to end and finds the headline gap between T-C.33 and Tabel 4.1', async () => {
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    const kinds = new Set(outcome.extraction.layouts.map((l) => l.kind));
    expect(kinds.has('TC33')).toBe(true);
    expect(kinds.has('T41')).toBe(true);
    const total = outcome.discrepancies.find((d) => d.rule === 'total-mismatch');
    expect(total).toBeDefined();
    const values = [total!.a.value, total!.b?.value].map((v) => String(v));
    expect(values.sort()).toEqual([expected.totals.tc33, expected.totals.t41].sort());
    const gap = BigInt(expected.totals.t41) - BigInt(expected.totals.tc33);
    expect(total!.difference?.abs().toString()).toBe((gap < 0n ? -gap : gap).toString());
  });
});
