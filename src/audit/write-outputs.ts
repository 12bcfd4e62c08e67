/** Writes one audited document's outputs into DIR/<doc>/, each file atomically (temp name, then rename). */
import path from 'node:path';
import { makeDocDir } from '../batch/doc-dir.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import type { CsvOptions } from '../report/format.js';
import { makeDirs } from '../report/out-dir.js';
import { discrepanciesCsv } from '../report/discrepancies-csv.js';
import { recordsCsv } from '../report/records-csv.js';
import { documentSheets } from '../report/workbook.js';
import { writeWorkbook } from '../report/xlsx.js';
import { recordsJson } from '../report/records-json.js';
import { reportHtml } from '../report/report-html.js';
import { reportJson } from '../report/report-json.js';
import { buildReportModel, type ReportInput, type ReportModel } from '../report/model.js';
import { documentParts } from '../renja/parts.js';
import type { DocumentOutcome } from './document.js';
import { DEFAULT_LOCALE, type ReaderLocale } from '../i18n/index.js';

export type OutputFormat = 'csv' | 'json' | 'html' | 'xlsx';
export type ExtractFormat = 'csv' | 'json';

export const TOOL = { name: 'renja-audit', version: '0.1.0' };

export type AuditedDocument = Extract<DocumentOutcome, { status: 'ok' }>;

/**
 * The report input of an audited document. `displayPath`: the input as the reports name it, relative to the input
 * root (batch) or the file's base name (audit), never the absolute path it was read from. Default: the base name.
 */
export function reportInputOf(
  outcome: AuditedDocument,
  generatedAt: string,
  displayPath?: string,
  locale: ReaderLocale = DEFAULT_LOCALE,
): ReportInput {
  return {
    extraction: outcome.extraction,
    discrepancies: outcome.discrepancies,
    document: { ...outcome.info, path: displayPath ?? path.basename(outcome.info.path) },
    generatedAt,
    tool: TOOL,
    locale,
    tables: outcome.tables,
  };
}

/** How the reports are written beyond their formats. */
export interface WriteOptions {
  /** Escaping and dialect of the CSVs. */
  csv?: CsvOptions;
  /** See reportInputOf. */
  displayPath?: string;
  /** The report model, when the caller built it already (it is built from the outcome otherwise). */
  model?: ReportModel;
  /** Language and time zone of what a person reads (default Indonesian, WIB). */
  locale?: ReaderLocale;
}

export async function writeAuditOutputs(
  outDir: string,
  outcome: AuditedDocument,
  formats: Set<OutputFormat>,
  generatedAt: string,
  opts: WriteOptions = {},
): Promise<string[]> {
  // The one place a document's folder is made: checked to be a safe name, a real folder, strictly inside outDir.
  const dir = await makeDocDir(outDir, outcome.doc);
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const model = opts.model ?? buildReportModel(reportInputOf(outcome, generatedAt, opts.displayPath, locale));
  const input = model.input;
  const written: string[] = [];
  const put = async (name: string, data: string) => {
    await writeFileAtomic(path.join(dir, name), data);
    written.push(path.join(dir, name));
  };
  if (formats.has('csv')) {
    await put(
      'discrepancies.csv',
      await discrepanciesCsv(outcome.discrepancies, {
        ...opts.csv,
        extraction: outcome.extraction,
        analysis: model.analysis,
        lang: locale.lang,
      }),
    );
    await put(
      'records.csv',
      await recordsCsv(outcome.extraction.records, { ...opts.csv, parts: documentParts(outcome.extraction) }),
    );
  }
  if (formats.has('json')) await put('report.json', reportJson(input, model));
  if (formats.has('xlsx')) {
    const file = path.join(dir, 'report.xlsx');
    await writeWorkbook(file, documentSheets(model));
    written.push(file);
  }
  if (formats.has('html')) await put('report.html', reportHtml(input));
  return written;
}

export async function writeExtractOutputs(
  outDir: string,
  extraction: Parameters<typeof recordsJson>[0],
  formats: Set<ExtractFormat>,
  csv: CsvOptions = {},
): Promise<string[]> {
  await makeDirs(outDir);
  const written: string[] = [];
  if (formats.has('csv')) {
    await writeFileAtomic(
      path.join(outDir, 'records.csv'),
      await recordsCsv(extraction.records, { ...csv, parts: documentParts(extraction) }),
    );
    written.push(path.join(outDir, 'records.csv'));
  }
  if (formats.has('json')) {
    await writeFileAtomic(path.join(outDir, 'records.json'), recordsJson(extraction));
    written.push(path.join(outDir, 'records.json'));
  }
  return written;
}
