/**
 * The local batch driver's dispatch: documents start largest first, each carries its share of the cores, and the
 * outputs (summary.csv, the overview report.html, batch.xlsx) still list the documents in input order, whatever
 * order they finished in. A tiny JS worker written for the test stands in for the real one (threads load JS), so
 * the inputs need not be PDFs and the test takes a second or two.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { pageThreadBudget } from '../../src/batch/plan.js';
import type { BatchProgress } from '../../src/batch/progress.js';
import { runBatch } from '../../src/batch/run-batch.js';
import type { SummaryRow } from '../../src/report/summary-csv.js';
import { parseCsv } from '../helpers/csv.js';

/** Answers every document as read without Renja tables, telling the OCR threads it was given. */
const WORKER = `
export default async function (task) {
  return {
    row: {
      doc: task.doc, file: task.rel, status: 'no-renja-tables', pages: null, pagesWithTables: null, pagesRead: null,
      tablesFound: null, records: null, errors: null, warnings: null, infos: null,
      message: 'no-renja-tables: ocrThreads=' + task.ocr.workers + ' pageThreads=' + task.pageThreads,
    },
    rules: {},
    errorClass: 'no-renja-tables',
  };
}
`;

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `renja-${prefix}-`));

describe('runBatch dispatch order', () => {
  it('starts the largest document first and still writes every output in input order', async () => {
    const input = tmp('order-in');
    // input (path) order a, b, c, d; sizes make the dispatch order b, c, a, d
    const sizes: Record<string, number> = { 'a.pdf': 300, 'b.pdf': 5000, 'c.pdf': 2000, 'd.pdf': 10 };
    for (const [name, n] of Object.entries(sizes)) writeFileSync(path.join(input, name), `%PDF-${name}`.padEnd(n, 'x'));
    const worker = path.join(tmp('order-worker'), 'worker.mjs');
    writeFileSync(worker, WORKER);
    const out = tmp('order-out');
    const finished: string[] = [];
    const progress: BatchProgress = {
      start: () => undefined,
      done: (row: SummaryRow) => finished.push(row.doc),
      note: () => undefined,
      stop: () => undefined,
    };

    // one worker: documents finish in the order they start
    const r = await runBatch({ inputs: [input], outDir: out, workers: 1, workerFile: worker, progress });
    expect(finished).toEqual(['b', 'c', 'a', 'd']);
    expect(r.rows.map((x) => x.doc)).toEqual(['a', 'b', 'c', 'd']);
    const summary = parseCsv(readFileSync(path.join(out, 'summary.csv'), 'utf8'));
    expect(summary.map((x) => x.doc)).toEqual(['a', 'b', 'c', 'd']);
    // one document at a time: it may use every core for OCR; text-layer pages on one thread (no --threads)
    expect(new Set(summary.map((x) => x.message))).toEqual(
      new Set([`no-renja-tables: ocrThreads=${pageThreadBudget(os.availableParallelism(), 1)} pageThreads=1`]),
    );
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const at = (doc: string) => html.indexOf(`>${doc}<`);
    expect([at('a'), at('b'), at('c'), at('d')].every((p) => p > 0)).toBe(true);
    expect(at('a') < at('b') && at('b') < at('c') && at('c') < at('d')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'batch.xlsx'));
    const docs = wb.worksheets[0];
    const names: unknown[] = [];
    for (let i = 2; i <= docs.rowCount; i++) names.push(docs.getRow(i).getCell(1).value);
    expect(names).toEqual(['a', 'b', 'c', 'd']);

    // two workers: the cores are split between the documents running at once (for OCR)
    const out2 = tmp('order-out2');
    await runBatch({ inputs: [input], outDir: out2, workers: 2, workerFile: worker });
    const summary2 = parseCsv(readFileSync(path.join(out2, 'summary.csv'), 'utf8'));
    expect(summary2.map((x) => x.doc)).toEqual(['a', 'b', 'c', 'd']);
    expect(summary2[0].message).toBe(
      `no-renja-tables: ocrThreads=${pageThreadBudget(os.availableParallelism(), 2)} pageThreads=1`,
    );
    // --threads: every document reads its pages, OCR included, on that many threads
    const out3 = tmp('order-out3');
    await runBatch({
      inputs: [input],
      outDir: out3,
      workers: 2,
      workerFile: worker,
      pageThreads: 3,
      ocr: { workers: 3 },
    });
    const summary3 = parseCsv(readFileSync(path.join(out3, 'summary.csv'), 'utf8'));
    expect(summary3[0].message).toBe('no-renja-tables: ocrThreads=3 pageThreads=3');
  });
});
