/** The table engine's entry point: a PDF in, logical tables with provenance out. */
import path from 'node:path';
import { openPdf, type PdfHandle } from '../pdf/load.js';
import { PdfError } from '../pdf/errors.js';
import { uprightPage } from '../pdf/orientation.js';
import type { DocumentInfo, PageData } from '../pdf/types.js';
import type { Table } from './model.js';
import { ExtractOptionsSchema, type ExtractOptions, type ResolvedExtractOptions } from './options.js';
import { findPageTables } from './page-tables.js';
import type { PhysicalTable } from './physical.js';
import { stitchTables } from './stitch.js';

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
): Promise<PdfError> {
  const base = path.basename(shownPath);
  const h = await openPdf(file, { password, countImages: true }, shownPath);
  try {
    for (const n of pages) {
      if ((await h.page(n)).imageCount > 0)
        return new PdfError(
          'scanned',
          `${base}: no text layer (scanned or image-only pages); run OCR first`,
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
  hooks: { onPage?: (page: PageData) => void; name?: string; onWarning?: (message: string) => void } = {},
): Promise<ExtractResult> {
  const opts: ResolvedExtractOptions = ExtractOptionsSchema.parse(options);
  const handle: PdfHandle = await openPdf(file, { password: opts.password }, hooks.name);
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
      return { info: handle.info, tables, pages: [], pageTexts: [] };
    }
    const physical: PhysicalTable[] = [];
    const summaries: PageSummary[] = [];
    const pageTexts: PageText[] = [];
    let textRuns = 0;
    for (const n of pages) {
      const page = uprightPage(await handle.page(n));
      hooks.onPage?.(page);
      textRuns += page.textRuns.length;
      const found = findPageTables(page, {
        method: opts.method,
        area: opts.area,
        lineBreak: opts.keepLineBreaks ? '\n' : ' ',
      });
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
    if (textRuns === 0 && pages.length > 0) throw await noTextError(file, opts.password, pages, handle.info.path);
    const tables = stitchTables(physical, { stitch: opts.stitch });
    return { info: handle.info, tables, pages: summaries, pageTexts };
  } finally {
    await handle.close();
  }
}
