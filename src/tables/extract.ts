/** The table engine's entry point: a PDF in, logical tables with provenance out. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { openPdf, type PdfHandle } from '../pdf/load.js';
import { pageReaders, readerCount, type PageReaders } from '../pdf/page-threads.js';
import { PdfError } from '../pdf/errors.js';
import type { PageLimitNote } from '../pdf/limits.js';
import { uprightPage } from '../pdf/orientation.js';
import type { DocumentInfo, PageData } from '../pdf/types.js';
import type { Table } from './model.js';
import { ExtractOptionsSchema, type ExtractOptions, type ResolvedExtractOptions } from './options.js';
import { findPageTables } from './page-tables.js';
import type { PhysicalTable } from './physical.js';
import { stitchTables } from './stitch.js';
import { pageRanges } from '../renja/parts.js';

export interface PageSummary {
  page: number;
  width: number;
  height: number;
  rotation: number;
  textRuns: number;
  rulings: number;
  imageCount: number;
  tables: number;
}

/** Text lines of a page outside its tables: what the Renja layer reads for captions and prose. */
export interface PageText {
  page: number;
  lines: string[];
}

export interface ExtractResult {
  info: DocumentInfo;
  tables: Table[];
  pages: PageSummary[];
  pageTexts: PageText[];
  /** Pages cut short by a limit (src/pdf/limits.ts); each was also told to `onWarning`. */
  limits: PageLimitNote[];
}

export function resolvePages(requested: number[] | undefined, numPages: number, file: string): number[] {
  if (!requested) return Array.from({ length: numPages }, (_, i) => i + 1);
  const bad = requested.filter((p) => p > numPages);
  if (bad.length)
    throw new PdfError(
      'internal-error',
      `${path.basename(file)}: page ${bad[0]} does not exist (the document has ${numPages} pages)`,
      file,
    );
  return [...new Set(requested)].sort((a, b) => a - b);
}

/** How many pages are read at once: one per OCR thread (or the machine's cores), and two per page reader. */
function pageConcurrency(opts: ResolvedExtractOptions, readers: number): number {
  const ocr = opts.ocr?.mode === 'off' ? 1 : (opts.ocr?.workers ?? availableParallelism());
  return Math.max(ocr, 2 * readers - 1);
}

/**
 * Starts reading up to `ahead` pages before they are needed and hands them out in order. A failure surfaces when
 * its page is taken, exactly as in a serial read.
 */
export function readAhead<T>(pages: number[], read: (n: number) => Promise<T>, ahead: number): { next(): Promise<T> } {
  const started: Promise<T>[] = [];
  let taken = 0;
  const fill = () => {
    while (started.length < pages.length && started.length - taken < Math.max(1, ahead)) {
      const p = read(pages[started.length]);
      // handled when taken; without this a later page failing first would be an unhandled rejection
      p.catch(() => undefined);
      started.push(p);
    }
  };
  return {
    next() {
      fill();
      const p = started[taken++];
      fill();
      return p;
    },
  };
}

/**
 * Why a document gave no text at all: pages that are pictures (`scanned`: run OCR) or pages with nothing on them
 * (`no-text`: OCR would find nothing either). The first read skips images for speed, so they are counted here with
 * a second open that decodes them, stopping at the first page that has one.
 */
async function noTextError(
  file: string | Uint8Array,
  password: string | undefined,
  pages: number[],
  shownPath: string,
  ocrMode: 'auto' | 'off' | 'force',
): Promise<PdfError> {
  const base = path.basename(shownPath);
  // only counting images here: OCR (if on) has already read these pages and found nothing
  const h = await openPdf(file, { password, countImages: true, ocr: { mode: 'off' } }, shownPath);
  try {
    for (const n of pages) {
      if ((await h.page(n)).imageCount > 0)
        return new PdfError(
          'scanned',
          ocrMode === 'off'
            ? `${base}: no text layer (scanned or image-only pages); OCR is off (--ocr auto reads them)`
            : `${base}: scanned pages, and OCR read no text on them`,
          shownPath,
        );
    }
  } finally {
    await h.close();
  }
  const what = pages.length === 1 ? 'the page is' : `all ${pages.length} pages are`;
  return new PdfError('no-text', `${base}: no text and no images: ${what} blank`, shownPath);
}

/** Reads every requested page's tables. `onPage` lets callers see each page's plain data (debug views, tests). */
export async function extractTables(
  file: string | Uint8Array,
  options: ExtractOptions = {},
  hooks: {
    onPage?: (page: PageData) => void;
    /** Called as each page has been read: `done` of `total` pages (progress displays). */
    onProgress?: (done: number, total: number) => void;
    name?: string;
    onWarning?: (message: string) => void;
  } = {},
): Promise<ExtractResult> {
  const opts: ResolvedExtractOptions = ExtractOptionsSchema.parse(options);
  const handle: PdfHandle = await openPdf(file, { password: opts.password, ocr: opts.ocr }, hooks.name);
  let readers: PageReaders | null = null;
  try {
    const pages = resolvePages(opts.pages, handle.numPages, handle.info.path);
    if (opts.engine === 'tabula') {
      if (typeof file !== 'string')
        throw new PdfError('internal-error', 'the tabula engine reads files from disk; pass a path');
      const { extractTablesWithTabula } = await import('./tabula.js');
      // tabula reads page by page and does not join tables across pages (see README)
      const tables = await extractTablesWithTabula(file, { ...opts, pages }, (w) =>
        hooks.onWarning?.(`${path.basename(handle.info.path)}: page ${w.page}: ${w.message}`),
      );
      return { info: handle.info, tables, pages: [], pageTexts: [], limits: [] };
    }
    const physical: PhysicalTable[] = [];
    const summaries: PageSummary[] = [];
    const pageTexts: PageText[] = [];
    const limits: PageLimitNote[] = [];
    const pictures: number[] = [];
    let textRuns = 0;
    // Pages are read a few ahead (OCR and extra page readers run in worker threads) and taken in order: the same
    // result as one by one. Forced OCR is the work itself and has its own threads: no page threads then.
    const own = (n: number) => handle.page(n);
    const threads = opts.ocr?.mode === 'force' ? 1 : readerCount(opts.pageThreads, pages.length);
    readers =
      threads > 1
        ? pageReaders(
            own,
            { source: typeof file === 'string' ? file : file.slice().buffer, password: opts.password },
            threads,
            // a page without text is read again by the document's own reader, which OCRs it (unless OCR is off)
            (p) => opts.ocr?.mode !== 'off' && p.textRuns.length === 0,
          )
        : null;
    const ahead = readAhead(pages, readers ? (n) => readers!.read(n) : own, pageConcurrency(opts, threads));
    for (const n of pages) {
      const page = uprightPage(await ahead.next());
      hooks.onProgress?.(summaries.length + 1, pages.length);
      hooks.onPage?.(page);
      if (page.picture) pictures.push(n);
      textRuns += page.textRuns.length;
      const found = findPageTables(page, {
        method: opts.method,
        area: opts.area,
        lineBreak: opts.keepLineBreaks ? '\n' : ' ',
      });
      for (const l of found.limits) hooks.onWarning?.(`${path.basename(handle.info.path)}: ${l.message}`);
      limits.push(...found.limits);
      physical.push(...found.tables);
      pageTexts.push({ page: n, lines: found.lines.map((l) => l.text) });
      summaries.push({
        page: n,
        width: page.width,
        height: page.height,
        rotation: page.rotation,
        textRuns: page.textRuns.length,
        rulings: page.rulings.length,
        imageCount: page.imageCount,
        tables: found.tables.length,
      });
    }
    // named, never dropped in silence: a picture page left unread could, rarely, be a table printed as a photo
    if (pictures.length)
      hooks.onWarning?.(
        `${path.basename(handle.info.path)}: ${pictures.length === 1 ? 'page' : 'pages'} ${pageRanges(pictures)} ` +
          `${pictures.length === 1 ? 'is a picture' : 'are pictures'} (photo or drawing, no text layer): not read by OCR (--ocr force reads ${pictures.length === 1 ? 'it' : 'them'})`,
      );
    if (textRuns === 0 && pages.length > 0) {
      // No text because pages were cut short by a limit: say so, rather than calling them blank or scanned.
      if (limits.length)
        throw new PdfError(
          'no-text',
          `${path.basename(handle.info.path)}: no text read: ${limits[0].message}${limits.length > 1 ? ` (and ${limits.length - 1} more pages cut short)` : ''}`,
          handle.info.path,
        );
      if (pictures.length === pages.length)
        throw new PdfError(
          'scanned',
          `${path.basename(handle.info.path)}: no text layer and every page is a picture (photo or drawing); --ocr force reads them`,
          handle.info.path,
        );
      throw await noTextError(file, opts.password, pages, handle.info.path, opts.ocr?.mode ?? 'auto');
    }
    const tables = stitchTables(physical, { stitch: opts.stitch });
    return { info: handle.info, tables, pages: summaries, pageTexts, limits };
  } finally {
    await readers?.close();
    await handle.close();
  }
}
