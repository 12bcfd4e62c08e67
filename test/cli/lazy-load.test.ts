/**
 * What the `renja` process itself loads (src/cli/main.ts and the command modules): the heavy libraries (pdf.js and
 * its canvas, exceljs, tesseract.js, the queue's bullmq/ioredis) never load for `--version`, `--help` or a usage
 * error, and never in the parent of `renja audit` / `renja batch`, whose documents are read in worker threads.
 * Each run is spawned with test/helpers/record-modules.mjs, which logs every module URL per thread.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('bin/renja.js');
const recorder = path.resolve('test/helpers/record-modules.mjs');
const demo = 'fixtures/renja/renja-pasirian-2024.pdf';

/** The packages a command line process must not load: all of them are only needed where documents are read. */
const HEAVY = ['pdfjs-dist', '@napi-rs/canvas', 'exceljs', 'tesseract.js', 'bullmq', 'ioredis'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Module URLs loaded by the main thread, in order. */
  main: string[];
}

function run(args: string[]): Promise<Run> {
  const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'renja-modules-')), 'modules.log');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', recorder, bin, ...args],
      { env: { ...process.env, RENJA_MODULE_LOG: log }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
        const main = lines.filter((l) => l.startsWith('main\t')).map((l) => l.slice('main\t'.length));
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr, main });
      },
    );
  });
}

/** The heavy packages among the URLs (`node_modules/<package>/` in the URL). */
function heavyIn(urls: string[], packages = HEAVY): string[] {
  return packages.filter((p) => urls.some((u) => u.includes(`/node_modules/${p}/`)));
}

describe('what the renja process loads', () => {
  it('--version, --help and a usage error load none of the heavy libraries', async () => {
    for (const args of [['--version'], ['audit', '--help'], ['batch', '--help'], ['worker', '--help'], ['audit']]) {
      const r = await run(args);
      expect({ args, code: r.code }).toEqual({ args, code: args.length === 1 && args[0] === 'audit' ? 2 : 0 });
      // the recorder saw the process (a log without commander would prove nothing)
      expect(r.main.some((u) => u.includes('/node_modules/commander/'))).toBe(true);
      expect({ args, heavy: heavyIn(r.main) }).toEqual({ args, heavy: [] });
    }
  });

  it('an audit reads the document in its worker thread: the parent loads none of the heavy libraries', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-lazy-'));
    const r = await run(['audit', demo, '--out', out, '--ocr', 'off', '--format', 'csv,xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // the work was done (by the worker thread): records, findings and the workbook that needs exceljs
    const records = readFileSync(path.join(out, 'renja-pasirian-2024', 'records.csv'), 'utf8');
    expect(records.trimEnd().split('\n').length).toBeGreaterThan(10);
    expect(existsSync(path.join(out, 'renja-pasirian-2024', 'report.xlsx'))).toBe(true);
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toMatch(
      /\nrenja-pasirian-2024,renja-pasirian-2024\.pdf,ok,/,
    );
    expect(r.main.some((u) => u.endsWith('/dist/cli/audit-run.js'))).toBe(true);
    expect(heavyIn(r.main)).toEqual([]);
  });

  it('a local batch loads no queue client and no pdf.js in the parent (exceljs only for batch.xlsx)', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'renja-lazy-'));
    const r = await run(['batch', demo, '--out', out, '--ocr', 'off', '--workers', '1']);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'batch.xlsx'))).toBe(true);
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toMatch(
      /\nrenja-pasirian-2024,renja-pasirian-2024\.pdf,ok,/,
    );
    expect(heavyIn(r.main, ['pdfjs-dist', '@napi-rs/canvas', 'tesseract.js', 'bullmq', 'ioredis'])).toEqual([]);
  });
});
