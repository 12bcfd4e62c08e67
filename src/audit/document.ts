/**
 * One document through the whole pipeline: tables -> Renja records -> reconciliation. Pure of output concerns:
 * returns what was found, or the failure class and message. The CLI and the batch workers both call this.
 */
import path from 'node:path';
import { PdfError, type ErrorClass } from '../pdf/errors.js';
import { reconcile } from '../reconcile/index.js';
import type { Discrepancy } from '../reconcile/types.js';
import { extractRenja } from '../renja/extract.js';
import type { Extraction } from '../renja/schema.js';
import { extractTables, type ExtractResult } from '../tables/extract.js';
import type { DocumentInfo } from '../pdf/types.js';
import type { OcrOptions } from '../pdf/ocr/options.js';

export interface AuditOptions {
  password?: string;
  ocr?: OcrOptions;
  /** Progress: `done` of `total` pages read. */
  onProgress?: (done: number, total: number) => void;
  /** Nomenclature version the codes are checked against (default: the one for the plan year). */
  nomenklatur?: string;
}

export type DocumentOutcome =
  | {
      status: 'ok';
      doc: string;
      file: string;
      info: DocumentInfo;
      tables: ExtractResult['tables'];
      extraction: Extraction;
      discrepancies: Discrepancy[];
    }
  | { status: 'failed'; doc: string; file: string; errorClass: ErrorClass; message: string };

/** `<doc>` is the file's base name without its extension. */
export function docName(file: string): string {
  return path.basename(file).replace(/\.pdf$/i, '');
}

/** Tables and records of one document (the `renja extract` stage). Throws PdfError for expected failures. */
export async function extractDocument(
  file: string,
  opts: AuditOptions = {},
  doc = docName(file),
): Promise<{ info: DocumentInfo; tables: ExtractResult['tables']; extraction: Extraction }> {
  const result = await extractTables(file, { password: opts.password, ocr: opts.ocr }, { onProgress: opts.onProgress });
  const pageTexts = new Map(result.pageTexts.map((p) => [p.page, p.lines.join('\n')]));
  const pageSizes = new Map(result.pages.map((p) => [p.page, { width: p.width, height: p.height }]));
  const extraction = extractRenja(doc, path.basename(file), result.tables, pageTexts, { pageSizes });
  if (!extraction.layouts.some((l) => l.kind !== 'OTHER')) {
    throw new PdfError(
      'no-renja-tables',
      `${path.basename(file)}: no Renja tables found (${result.tables.length} other tables on ${result.info.pages} pages)`,
      file,
    );
  }
  return { info: result.info, tables: result.tables, extraction };
}

export async function auditDocument(
  file: string,
  opts: AuditOptions = {},
  doc = docName(file),
): Promise<DocumentOutcome> {
  try {
    const { info, tables, extraction } = await extractDocument(file, opts, doc);
    const discrepancies = reconcile(extraction, { nomenklatur: opts.nomenklatur });
    return { status: 'ok', doc, file, info, tables, extraction, discrepancies };
  } catch (err) {
    if (err instanceof PdfError)
      return { status: 'failed', doc, file, errorClass: err.errorClass, message: oneLine(err.message) };
    const e = err as Error;
    return {
      status: 'failed',
      doc,
      file,
      errorClass: 'internal-error',
      message: oneLine(`${path.basename(file)}: internal error: ${e?.message ?? String(err)}`),
    };
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
