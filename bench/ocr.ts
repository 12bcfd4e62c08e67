/**
 * OCR benchmark: the generated scan (fixtures/scan, made by scripts/make-scan-fixture.mjs) and, where the shared
 * corpus is present, its scanned Renja. Reports the share of money values read exactly (expected values from the
 * generator), whether the headline T-C.33 vs Tabel 4.1 gap is found, seconds per page, and a re-run from the cache,
 * for tesseract.js and, when one is installed with Indonesian, the system tesseract (runs interleaved, so both see
 * the same machine state).
 *
 *   node build/bench/ocr.js [--runs N] [--dpi 300] [--json FILE]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { auditDocument } from '../src/audit/document.js';
import { openPdf } from '../src/pdf/load.js';
import type { PageData } from '../src/pdf/types.js';
import type { OcrOptions } from '../src/pdf/ocr/options.js';
import { systemTesseract } from '../src/pdf/ocr/system-tesseract.js';
import { corpusPath, isMain, median, REPO_ROOT, textTable, writeJson } from './util.js';

const SCAN = path.join(REPO_ROOT, 'fixtures/scan/renja-pasirian-scan.pdf');
const EXPECTED = path.join(REPO_ROOT, 'fixtures/scan/renja-pasirian-scan.expected.json');
const CORPUS_SCANS = ['wp-eval-sakip/1657787452_3.RENJA2022DIKBUD.pdf'];
const MONEY = /^\d{1,3}(\.\d{3})+$/;

interface Expected {
  pages: { page: number; money: string[] }[];
  totals: { tc33: string; t41: string };
}

type Engine = 'tesseract.js' | 'tesseract';

export interface OcrRun {
  file: string;
  engine: Engine;
  dpi: number;
  workers: number;
  pages: number;
  secondsPerPage: number;
  cachedSecondsPerPage: number;
  moneyExact?: number;
  moneyTotal?: number;
  moneyFlagged?: number;
  headlineFound?: boolean;
  meanConfidence: number | null;
}

async function readAll(file: string, ocr: OcrOptions, maxPages = Infinity) {
  const h = await openPdf(file, { ocr });
  const pages: PageData[] = [];
  try {
    const n = Math.min(h.numPages, maxPages);
    // as extractTables does: all pages asked for at once, OCR threads share them
    pages.push(...(await Promise.all(Array.from({ length: n }, (_, i) => h.page(i + 1)))));
  } finally {
    await h.close();
  }
  return pages;
}

function moneyScore(pages: PageData[], expected: Expected) {
  let exact = 0;
  let total = 0;
  let flagged = 0;
  for (const e of expected.pages) {
    const runs = pages[e.page - 1].textRuns.filter((r) => MONEY.test(r.text.replace(/[|.,;:]+$/, '')));
    const bag = runs.map((r) => ({ t: r.text.replace(/[|.,;:]+$/, ''), c: r.confidence ?? 100 }));
    for (const m of e.money) {
      total++;
      const i = bag.findIndex((b) => b.t === m);
      if (i >= 0) {
        exact++;
        bag.splice(i, 1);
      }
    }
    // wrong readings left over that carry a low confidence (they are the ones ocr-uncertain can flag)
    flagged += bag.filter((b) => b.c < 85).length;
  }
  return { exact, total, flagged };
}

export async function runOcrBench(opts: { runs: number; dpi: number }): Promise<OcrRun[]> {
  const out: OcrRun[] = [];
  const workers = availableParallelism();
  const files = [SCAN, ...CORPUS_SCANS.map((f) => corpusPath('real', f)).filter((f) => existsSync(f))];
  const engines: Engine[] = systemTesseract('ind') ? ['tesseract.js', 'tesseract'] : ['tesseract.js'];
  if (engines.length === 1) console.log('ocr: no system tesseract with Indonesian: tesseract.js only');
  for (const file of files) {
    out.push(...(await benchFile(file, engines, opts, workers)));
  }
  return out;
}

async function benchFile(
  file: string,
  engines: Engine[],
  opts: { runs: number; dpi: number },
  workers: number,
): Promise<OcrRun[]> {
  const out: OcrRun[] = [];
  const state = new Map(
    engines.map((e) => [
      e,
      {
        secs: [] as number[],
        cachedSecs: [] as number[],
        pages: [] as PageData[],
        headline: undefined as boolean | undefined,
      },
    ]),
  );
  const isFixture = file === SCAN;
  const maxPages = isFixture ? Infinity : 4;
  for (let r = 0; r < opts.runs; r++)
    for (const engine of engines) {
      const st = state.get(engine)!;
      const cacheDir = mkdtempSync(path.join(tmpdir(), 'renja-bench-ocr-'));
      try {
        const t0 = performance.now();
        st.pages = await readAll(file, { mode: 'auto', engine, dpi: opts.dpi, workers, cacheDir }, maxPages);
        st.secs.push((performance.now() - t0) / 1000 / st.pages.length);
        const t1 = performance.now();
        await readAll(file, { mode: 'auto', engine, dpi: opts.dpi, workers, cacheDir }, maxPages);
        st.cachedSecs.push((performance.now() - t1) / 1000 / st.pages.length);
        if (isFixture && r === 0) {
          const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Expected;
          const outcome = await auditDocument(file, { ocr: { mode: 'auto', engine, dpi: opts.dpi, cacheDir } });
          st.headline =
            outcome.status === 'ok' &&
            outcome.discrepancies.some(
              (d) =>
                d.rule === 'total-mismatch' &&
                [String(d.a.value), String(d.b?.value)].sort().join() ===
                  [expected.totals.tc33, expected.totals.t41].sort().join(),
            );
        }
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    }
  for (const [engine, { pages, secs, cachedSecs, headline }] of state) {
    const confs = pages.flatMap((p) => (p.ocr?.meanConfidence != null ? [p.ocr.meanConfidence] : []));
    const run: OcrRun = {
      file: path.basename(file),
      engine,
      dpi: opts.dpi,
      workers,
      pages: pages.length,
      secondsPerPage: median(secs),
      cachedSecondsPerPage: median(cachedSecs),
      meanConfidence: confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : null,
    };
    if (isFixture) {
      const s = moneyScore(pages, JSON.parse(readFileSync(EXPECTED, 'utf8')) as Expected);
      Object.assign(run, {
        moneyExact: s.exact,
        moneyTotal: s.total,
        moneyFlagged: s.flagged,
        headlineFound: headline,
      });
    }
    out.push(run);
  }
  return out;
}

export function printOcr(runs: OcrRun[]): void {
  console.log(
    textTable(
      [
        'file',
        'engine',
        'pages',
        'dpi',
        'threads',
        's/page',
        's/page cached',
        'cached/first',
        'money exact',
        'headline',
        'mean conf',
      ],
      runs.map((r) => [
        r.file,
        r.engine,
        r.pages,
        r.dpi,
        r.workers,
        r.secondsPerPage.toFixed(2),
        r.cachedSecondsPerPage.toFixed(2),
        (r.cachedSecondsPerPage / r.secondsPerPage).toFixed(2),
        r.moneyTotal ? `${r.moneyExact}/${r.moneyTotal} (${((100 * r.moneyExact!) / r.moneyTotal).toFixed(1)}%)` : '-',
        r.headlineFound === undefined ? '-' : r.headlineFound ? 'found' : 'MISSED',
        r.meanConfidence === null ? '-' : r.meanConfidence.toFixed(1),
      ]),
    ),
  );
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const arg = (name: string, def: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : def;
  };
  const runs = await runOcrBench({ runs: arg('--runs', 1), dpi: arg('--dpi', 300) });
  printOcr(runs);
  const j = argv.indexOf('--json');
  await writeJson(j >= 0 ? argv[j + 1] : undefined, runs);
}
