/** Writes one audited document's outputs into DIR/<doc>/, each file atomically (temp name, then rename). */
import path from 'node:path';
import { makeDocDir } from '../batch/doc-dir.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import type { CsvOptions } from '../report/escape.js';
import { makeDirs } from '../report/out-dir.js';
import { discrepanciesCsv } from '../report/discrepancies-csv.js';
import { recordsCsv } from '../report/records-csv.js';
import { recordsJson } from '../report/records-json.js';
import { reportHtml } from '../report/report-html.js';
import { reportJson } from '../report/report-json.js';
import type { ReportInput } from '../report/model.js';
import type { DocumentOutcome } from './document.js';

export type OutputFormat = 'csv' | 'json' | 'html';
export type ExtractFormat = 'csv' | 'json';

export const TOOL = { name: 'renja-audit', version: '0.1.0' };

/** How the reports are written beyond their formats. */
export interface WriteOptions {
  csv?: CsvOptions;
  /**
   * The input as the reports name it: relative to the input root (batch) or the file's base name (audit), never
   * the absolute path it was read from. Default: the base name.
   */
  displayPath?: string;
}

export async function writeAuditOutputs(
  outDir: string,
  outcome: Extract<DocumentOutcome, { status: 'ok' }>,
  formats: Set<OutputFormat>,
  generatedAt: string,
  opts: WriteOptions = {},
): Promise<string[]> {
  // The one place a document's folder is made: checked to be a safe name, a real folder, strictly inside outDir.
  const dir = await makeDocDir(outDir, outcome.doc);
  const input: ReportInput = {
    extraction: outcome.extraction,
    discrepancies: outcome.discrepancies,
    document: { ...outcome.info, path: opts.displayPath ?? path.basename(outcome.info.path) },
    generatedAt,
    tool: TOOL,
  };
  const written: string[] = [];
  const put = async (name: string, data: string) => {
    await writeFileAtomic(path.join(dir, name), data);
    written.push(path.join(dir, name));
  };
  if (formats.has('csv')) {
    await put('discrepancies.csv', await discrepanciesCsv(outcome.discrepancies, opts.csv));
    await put('records.csv', await recordsCsv(outcome.extraction.records, opts.csv));
  }
  if (formats.has('json')) await put('report.json', reportJson(input));
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
    await writeFileAtomic(path.join(outDir, 'records.csv'), await recordsCsv(extraction.records, csv));
    written.push(path.join(outDir, 'records.csv'));
  }
  if (formats.has('json')) {
    await writeFileAtomic(path.join(outDir, 'records.json'), recordsJson(extraction));
    written.push(path.join(outDir, 'records.json'));
  }
  return written;
}
