/**
 * A Renja published as several files: fixtures/renja/split/renja-pasirian-2024/ holds the seed fixture cut into three
 * files by scripts/make-split-fixtures.mjs (T-C.31, T-C.33 and Tabel 4.1 each in another file). Read as one document,
 * the parts must give the reference findings of the whole file (fixtures/renja/renja-pasirian-2024.expected-
 * discrepancies.csv, from the generator's data), each page named by its part file and the page within it, mapped
 * through the cut points the script recorded (renja-pasirian-2024.split.json), never through our own output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';
import { documentParts } from '../../src/renja/parts.js';
import { discrepanciesCsv } from '../../src/report/discrepancies-csv.js';
import type { ExplanationNode } from '../../src/reconcile/types.js';
import { parseCsv, type Row } from '../helpers/csv.js';
import { compareWithReference, referenceRules } from '../helpers/reference.js';

const SPLIT = path.resolve('fixtures/renja/split');
interface Split {
  folder: string;
  parts: { file: string; from: number; to: number }[];
}
const readSplit = (folder: string): Split =>
  JSON.parse(readFileSync(path.join(SPLIT, `${folder}.split.json`), 'utf8')) as Split;
const manifest = readSplit('renja-pasirian-2024');
const files = manifest.parts.map((p) => path.join(SPLIT, manifest.folder, p.file));
const golden = parseCsv(
  readFileSync(path.resolve('fixtures/renja/renja-pasirian-2024.expected-discrepancies.csv'), 'utf8'),
);

/** A page of the whole file as (part file, page within it), from the script's cut points. */
function whereIn(split: Split, page: string): [string, string] {
  if (!page) return ['', ''];
  const p = Number(page);
  const part = split.parts.find((x) => x.from <= p && p <= x.to);
  if (!part) throw new Error(`page ${p} is in no part`);
  return [part.file, String(p - part.from + 1)];
}
const where = (page: string) => whereIn(manifest, page);

/** A reference finding of the whole file with its pages as the split document names them. */
function mappedIn(split: Split, r: Row): Row {
  const [file_a, page_a] = whereIn(split, r.page_a);
  const [file_b, page_b] = whereIn(split, r.page_b);
  return { ...r, file_a, page_a, file_b, page_b };
}
const mapped = (r: Row) => mappedIn(manifest, r);

describe('audit of a Renja split into several files (--as)', () => {
  let outcome: Awaited<ReturnType<typeof auditDocument>>;
  let rows: Row[];
  beforeAll(async () => {
    outcome = await auditDocument(files, {}, 'pasirian');
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    rows = parseCsv(await discrepanciesCsv(outcome.discrepancies, { parts: documentParts(outcome.extraction) }));
  });

  it('records the parts in order with their logical first pages', () => {
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    expect(outcome.extraction.parts).toEqual(
      manifest.parts.map((p) => ({ file: p.file, pages: p.to - p.from + 1, firstPage: p.from })),
    );
    expect(outcome.extraction.pages).toBe(manifest.parts.at(-1)!.to);
  });

  it('finds the headline across files: T-C.33 (part 2) vs Tabel 4.1 (part 3), explained by 7.01.01.2.09.0009', () => {
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    const want = golden.filter((r) => r.rule === 'total-mismatch' && r.table_a === 'TC33' && r.table_b === 'T41');
    expect(want).toHaveLength(1);
    const got = rows.filter((r) => r.rule === 'total-mismatch' && r.table_a === 'TC33' && r.table_b === 'T41');
    expect(got.map((r) => [r.file_a, r.page_a, r.value_a, r.file_b, r.page_b, r.value_b, r.difference])).toEqual([
      [...where(want[0].page_a), '2630445095', ...where(want[0].page_b), '2830445095', '200000000'],
    ]);
    expect(got[0].file_a).toBe('part_2.pdf');
    expect(got[0].file_b).toBe('part_10.pdf');
    const gap = outcome.discrepancies.find((d) => d.rule === 'total-mismatch' && d.a.table === 'TC33');
    const codes: string[] = [];
    for (let n: ExplanationNode | undefined = gap?.explanation ?? undefined; n; n = n.children[0])
      if (n.code) codes.push(n.code);
    expect(codes).toEqual(['7.01.01', '7.01.01.2.09', '7.01.01.2.09.0009']);
    const missing = rows.find(
      (r) => r.rule === 'missing-row' && r.code === '7.01.01.2.09.0009' && r.table_a === 'TC33',
    );
    const ref = golden.find((r) => r.rule === 'missing-row' && r.code === '7.01.01.2.09.0009' && r.table_a === 'TC33');
    expect(missing && [missing.file_b, missing.page_b, missing.value_b]).toEqual([...where(ref!.page_b), '200000000']);
  });

  it('gives every error and warning of the reference, with file and page within it, and nothing else', () => {
    // Info-level findings are left out: the whole-file test (seed-audit.test.ts) lists the known info artefacts.
    const notInfo = (r: Row) => r.severity !== 'info';
    const c = compareWithReference(referenceRules(rows).filter(notInfo), golden.filter(notInfo).map(mapped));
    expect(c.missing).toEqual([]);
    expect(c.extra).toEqual([]);
  });

  it('each part audited alone still works as before, and misses the cross-file gap', async () => {
    const alone = await Promise.all(files.map((f) => auditDocument(f)));
    const t33 = alone[1];
    expect(t33.status).toBe('ok');
    if (t33.status !== 'ok') return;
    expect(t33.extraction.parts).toBeUndefined();
    const tables = new Set(t33.extraction.records.map((r) => r.table));
    expect(tables.has('TC33')).toBe(true);
    expect(tables.has('T41')).toBe(false);
    for (const o of alone)
      if (o.status === 'ok')
        expect(
          o.discrepancies.some((d) => d.rule === 'total-mismatch' && d.a.table === 'TC33' && d.b?.table === 'T41'),
        ).toBe(false);
  });

  it('a part that cannot be read fails the document with one line naming that part', async () => {
    const bad = await auditDocument([path.resolve('fixtures/bad/encrypted-needs-password.pdf'), files[0]], {}, 'x');
    expect(bad).toMatchObject({ status: 'failed', errorClass: 'encrypted' });
    if (bad.status === 'failed') expect(bad.message).toMatch(/^encrypted-needs-password\.pdf: /);
  });

  it('a scanned part (a cover as an image) does not fail the document: its pages are named as not read', async () => {
    const scan = path.resolve('fixtures/bad/image-only-scan.pdf');
    // OCR off: with OCR the image cover would be read (see test/audit/scan-audit.test.ts)
    const o = await auditDocument(
      [scan, path.resolve('fixtures/renja/renja-old-era-jabar.pdf')],
      { ocr: { mode: 'off' } },
      'with-cover',
    );
    if (o.status !== 'ok') throw new Error(o.message);
    expect(o.extraction.parts?.[0]).toMatchObject({ file: 'image-only-scan.pdf', firstPage: 1, noTextLayer: true });
    const unread = o.discrepancies.filter((d) => d.rule === 'unread-table' && d.field === 'file');
    expect(unread.map((d) => [d.a.name, d.a.page])).toEqual([['image-only-scan.pdf', 1]]);
    expect(unread[0].message).toMatch(/^image-only-scan\.pdf has no text layer .*image-only-scan\.pdf p\. 1/);
    const all = await auditDocument([scan, scan], { ocr: { mode: 'off' } }, 'all-scanned');
    expect(all).toMatchObject({ status: 'failed', errorClass: 'scanned' });
  });

  it('parts without Renja tables are fine, a whole without any fails as no-renja-tables naming its parts', async () => {
    const none = await auditDocument(
      [path.resolve('fixtures/bad/not-renja.pdf'), path.resolve('fixtures/bad/blank-pages.pdf')],
      {},
      'nothing',
    );
    expect(none).toMatchObject({ status: 'failed', errorClass: 'no-renja-tables' });
    if (none.status === 'failed') expect(none.message).toMatch(/^nothing \(not-renja\.pdf, blank-pages\.pdf\): /);
  });
});

describe('audit of a Renja cut in the middle of its tables (--as)', () => {
  const mid = readSplit('renja-pasirian-2024-midtable');
  it('joins T-C.33 and Tabel 4.1 across the file boundaries: the reference errors and warnings, pages per file', async () => {
    const o = await auditDocument(
      mid.parts.map((p) => path.join(SPLIT, mid.folder, p.file)),
      {},
      'midtable',
    );
    if (o.status !== 'ok') throw new Error(o.message);
    const files33 = new Set(
      o.extraction.records.filter((r) => r.table === 'TC33').map((r) => whereIn(mid, String(r.page))[0]),
    );
    expect([...files33].sort()).toEqual(['a.pdf', 'b.pdf']);
    const rows = parseCsv(await discrepanciesCsv(o.discrepancies, { parts: documentParts(o.extraction) }));
    const notInfo = (r: Row) => r.severity !== 'info';
    const c = compareWithReference(
      referenceRules(rows).filter(notInfo),
      golden.filter(notInfo).map((r) => mappedIn(mid, r)),
    );
    expect(c.missing).toEqual([]);
    expect(c.extra).toEqual([]);
  });
});
