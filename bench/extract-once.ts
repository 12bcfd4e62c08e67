/**
 * Child-process entry for the benchmarks: extracts one document once and prints one JSON line
 * (time inside the process, table counts, peak RSS, error class). Running each document in its own process
 * gives clean peak-memory figures and means a crash or hang costs one document, not the benchmark.
 *
 *   node build/bench/extract-once.js FILE [--engine pdfjs|tabula] [--method auto|lattice|stream]
 */
import { PdfError } from '../src/pdf/errors.js';
import { extractTables } from '../src/tables/extract.js';

export interface ExtractOnceResult {
  file: string;
  ok: boolean;
  /** Wall time of extractTables alone (module loading excluded). */
  ms: number;
  pages: number;
  tables: number;
  pagesWithTables: number;
  /** Peak resident set size of this process, kB. */
  maxRssKb: number;
  errorClass?: string;
  message?: string;
  /** The error was not a PdfError: a bug, not an explained failure of the document. */
  unexpected?: boolean;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!file) {
    console.error('usage: extract-once FILE [--engine pdfjs|tabula] [--method auto|lattice|stream]');
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const engine = (opt('--engine') ?? 'pdfjs') as 'pdfjs' | 'tabula';
  const method = (opt('--method') ?? 'auto') as 'auto' | 'lattice' | 'stream';
  const t0 = performance.now();
  let result: ExtractOnceResult;
  try {
    // the text layer only (coverage and speed of born-digital reading); OCR: bench/ocr.ts
    const r = await extractTables(file, { engine, method, ocr: { mode: 'off' } });
    const withTables = new Set(r.tables.flatMap((t) => t.pages));
    result = {
      file,
      ok: true,
      ms: performance.now() - t0,
      pages: r.info.pages,
      tables: r.tables.length,
      pagesWithTables: withTables.size,
      maxRssKb: process.resourceUsage().maxRSS,
    };
  } catch (err) {
    const e = err as Error;
    result = {
      file,
      ok: false,
      ms: performance.now() - t0,
      pages: 0,
      tables: 0,
      pagesWithTables: 0,
      maxRssKb: process.resourceUsage().maxRSS,
      errorClass: err instanceof PdfError ? err.errorClass : 'internal-error',
      message: (e?.message ?? String(err)).split('\n')[0].slice(0, 300),
      ...(err instanceof PdfError ? {} : { unexpected: true }),
    };
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

await main();
