/**
 * One document through the whole pipeline: tables -> Renja records -> reconciliation. Pure of output concerns:
 * returns what was found, or the failure class and message. The CLI and the batch workers both call this.
 */
import path from 'node:path';
import { docName } from '../batch/names.js';
import { PdfError, type ErrorClass } from '../pdf/errors.js';
import { reconcile } from '../reconcile/index.js';
import type { Discrepancy } from '../reconcile/types.js';
import { extractRenja } from '../renja/extract.js';
import type { DocumentPart, Extraction } from '../renja/schema.js';
import { combineParts } from './combine.js';
import { extractTables, type ExtractResult } from '../tables/extract.js';
import { openPdf } from '../pdf/load.js';
import type { DocumentInfo } from '../pdf/types.js';
import type { PageLimitNote } from '../pdf/limits.js';
import type { OcrOptions } from '../pdf/ocr/options.js';

export interface AuditOptions {
  password?: string;
  /** Hears each warning of the table engine (pages cut short by a limit), one line naming the file. */
  onWarning?: (message: string) => void;
  ocr?: OcrOptions;
  /** Progress: `done` of `total` pages read. */
  onProgress?: (done: number, total: number) => void;
  /** Nomenclature version the codes are checked against (default: the one for the plan year). */
  nomenklatur?: string;
  /** Threads reading one file's pages (default 1); see src/pdf/page-threads.ts. */
  pageThreads?: number;
}

export type DocumentOutcome =
  | {
      status: 'ok';
      doc: string;
      /** The PDF, or for a document of several files their base names joined by ` + `. */
      file: string;
      /** The PDF files the document was read from, in order (one for most documents). */
      files: string[];
      info: DocumentInfo;
      tables: ExtractResult['tables'];
      extraction: Extraction;
      discrepancies: Discrepancy[];
      /** Pages cut short by a limit (also in the extraction, where unread-table reports them). */
      limits: PageLimitNote[];
    }
  | { status: 'failed'; doc: string; file: string; files: string[]; errorClass: ErrorClass; message: string };

/** One PDF, or the files of a Renja published as several (cover, BAB I … BAB V, lampiran), in reading order. */
export type DocumentInput = string | readonly string[];

const filesOf = (input: DocumentInput): string[] => (typeof input === 'string' ? [input] : [...input]);

/** How a document's files are named in outputs: the base name, or the base names joined by ` + `. */
export function fileLabel(input: DocumentInput): string {
  const files = filesOf(input);
  return files.length === 1 ? files[0] : files.map((f) => path.basename(f)).join(' + ');
}

export { docName } from '../batch/names.js';

/**
 * Tables and records of one document (the `renja extract` stage). Throws PdfError for expected failures. A document
 * of several files: each file is read on its own, their pages laid end to end (src/audit/combine.ts), then the
 * Renja layer reads all their tables together, so a table continued in the next file is still joined; a part
 * without Renja tables (a cover, a prose chapter) is fine as long as the whole has some.
 */
export async function extractDocument(
  input: DocumentInput,
  opts: AuditOptions = {},
  doc = docName(filesOf(input)[0]),
): Promise<{ info: DocumentInfo; tables: ExtractResult['tables']; extraction: Extraction; limits: PageLimitNote[] }> {
  const files = filesOf(input);
  if (files.length === 0) throw new PdfError('internal-error', `${doc}: no files given`);
  let result: Omit<ExtractResult, 'info'>;
  let info: DocumentInfo;
  let parts: DocumentPart[] | undefined;
  if (files.length === 1) {
    const one = await extractTables(
      files[0],
      { password: opts.password, ocr: opts.ocr, pageThreads: opts.pageThreads },
      { onWarning: opts.onWarning, onProgress: opts.onProgress },
    );
    ({ info } = one);
    result = one;
  } else {
    const read: { file: string; result: ExtractResult; noTextLayer?: 'scanned' | 'no-text' }[] = [];
    // progress over the parts: the pages of the parts read so far, then this part's (the total grows part by part)
    let before = 0;
    for (const file of files) {
      const part = await extractPart(file, {
        ...opts,
        onProgress: opts.onProgress && ((done, total) => opts.onProgress!(before + done, before + total)),
      });
      before += part.result.pages.length;
      read.push({ file, ...part });
    }
    if (read.every((r) => r.noTextLayer))
      throw new PdfError(
        read.some((r) => r.noTextLayer === 'scanned') ? 'scanned' : 'no-text',
        `${doc} (${files.map((f) => path.basename(f)).join(', ')}): no text layer in any of its files (scanned, image-only or blank pages); run OCR first`,
        files[0],
      );
    const combined = combineParts(read);
    ({ info, parts } = combined);
    result = combined;
  }
  const label = files.length === 1 ? path.basename(files[0]) : fileLabel(files);
  const pageTexts = new Map(result.pageTexts.map((p) => [p.page, p.lines.join('\n')]));
  const pageSizes = new Map(result.pages.map((p) => [p.page, { width: p.width, height: p.height }]));
  const read = extractRenja(doc, label, result.tables, pageTexts, { pageSizes, pageLimits: result.limits });
  // The logical page count is every part's pages, also those after the last table or text.
  const extraction = parts ? { ...read, pages: info.pages, parts } : read;
  if (!extraction.layouts.some((l) => l.kind !== 'OTHER')) {
    const where = files.length === 1 ? label : `${doc} (${files.map((f) => path.basename(f)).join(', ')})`;
    throw new PdfError(
      'no-renja-tables',
      `${where}: no Renja tables found (${result.tables.length} other tables on ${info.pages} pages)`,
      files[0],
    );
  }
  return { info, tables: result.tables, extraction, limits: result.limits };
}

/**
 * One file of several: an unexpected error still names the part it came from. A part without text (a cover printed
 * as an image, blank pages) does not fail the document: its pages count, and the `unread-table` rule names them.
 */
async function extractPart(
  file: string,
  opts: AuditOptions,
): Promise<{ result: ExtractResult; noTextLayer?: 'scanned' | 'no-text' }> {
  try {
    return {
      result: await extractTables(
        file,
        { password: opts.password, ocr: opts.ocr, pageThreads: opts.pageThreads },
        { onWarning: opts.onWarning, onProgress: opts.onProgress },
      ),
    };
  } catch (err) {
    if (err instanceof PdfError && (err.errorClass === 'scanned' || err.errorClass === 'no-text')) {
      const handle = await openPdf(file, { password: opts.password });
      await handle.close();
      return {
        result: { info: handle.info, tables: [], pages: [], pageTexts: [], limits: [] },
        noTextLayer: err.errorClass,
      };
    }
    if (err instanceof PdfError) throw err;
    const e = err as Error;
    throw new PdfError('internal-error', `${path.basename(file)}: internal error: ${e?.message ?? String(err)}`, file);
  }
}

export async function auditDocument(
  input: DocumentInput,
  opts: AuditOptions = {},
  doc = docName(filesOf(input)[0]),
): Promise<DocumentOutcome> {
  const files = filesOf(input);
  const file = fileLabel(files);
  try {
    const { info, tables, extraction, limits } = await extractDocument(files, opts, doc);
    const discrepancies = reconcile(extraction, { nomenklatur: opts.nomenklatur });
    return { status: 'ok', doc, file, files, info, tables, extraction, discrepancies, limits };
  } catch (err) {
    if (err instanceof PdfError)
      return { status: 'failed', doc, file, files, errorClass: err.errorClass, message: oneLine(err.message) };
    const e = err as Error;
    return {
      status: 'failed',
      doc,
      file,
      files,
      errorClass: 'internal-error',
      message: oneLine(`${path.basename(file)}: internal error: ${e?.message ?? String(err)}`),
    };
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
