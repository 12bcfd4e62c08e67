/**
 * The per-document work of `renja audit`, `extract` and `tables`, as it runs in a worker thread (see
 * src/batch/command-worker.ts and isolate.ts): plain data in, plain data out (text for stdout, the summary row,
 * warnings to log), so a document that hangs or blows the heap is stopped without taking the command down.
 */
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { auditDocument, extractDocument } from '../audit/document.js';
import {
  reportInputOf,
  writeAuditOutputs,
  writeExtractOutputs,
  type ExtractFormat,
  type OutputFormat,
} from '../audit/write-outputs.js';
import { DEFAULT_LOCALE, type ReaderLocale } from '../i18n/index.js';
import type { ErrorClass } from '../pdf/errors.js';
import type { OcrOptions } from '../pdf/ocr/options.js';
import type { PageData } from '../pdf/types.js';
import { DocDirError } from '../batch/doc-dir.js';
import { pageDebugSvg } from '../report/debug-svg.js';
import { visible } from '../report/escape.js';
import type { CsvDialect } from '../report/format.js';
import { buildReportModel } from '../report/model.js';
import { OutDirError } from '../report/out-dir.js';
import { recordsCsv } from '../report/records-csv.js';
import { recordsJson } from '../report/records-json.js';
import { documentParts } from '../renja/parts.js';
import type { SummaryRow } from '../report/summary-csv.js';
import { summaryRowFor } from '../report/summary-row.js';
import { tablesToCsv, tablesToJson } from '../report/tables.js';
import { terminalSummary } from '../report/terminal.js';
import { extractTables } from '../tables/extract.js';
import type { Area } from '../tables/options.js';
import { SEVERITY_RANK } from './audit-command.js';
import { writeOutput } from './output.js';
import { describeFailure, failureClass } from './run-document.js';

export interface AuditTask {
  kind: 'audit';
  /** One PDF, or the files of one document published in parts (`--as`). */
  file: string | string[];
  doc: string;
  outDir: string;
  formats: OutputFormat[];
  password?: string;
  /** `--nomenklatur`: the nomenclature version codes are checked against. */
  nomenklatur?: string;
  generatedAt: string;
  /** `--lang`/`--tz`: language and time zone of the reports and the terminal summary (default Indonesian, WIB). */
  locale?: ReaderLocale;
  /** `--csv-dialect` (default: comma-separated). */
  csvDialect?: CsvDialect;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  ocr?: OcrOptions;
  /** Threads reading the document's text-layer pages (default 1; OCR has its own threads). */
  pageThreads?: number;
  /** Hears `[done, total]` as pages are read (a terminal's progress line); closed when the task ends. */
  progress?: MessagePort;
}

export interface ExtractTask {
  kind: 'extract';
  file: string;
  doc: string;
  outDir?: string;
  formats: ExtractFormat[];
  password?: string;
  csvEscape: boolean;
  ocr?: OcrOptions;
  pageThreads?: number;
  progress?: MessagePort;
}

export interface TablesTask {
  kind: 'tables';
  file: string;
  pages?: number[];
  area?: Area;
  method: 'auto' | 'lattice' | 'stream';
  engine: 'pdfjs' | 'tabula';
  format: 'csv' | 'json';
  stitch: boolean;
  keepLineBreaks: boolean;
  out?: string;
  debugDir?: string;
  password?: string;
  csvEscape: boolean;
  ocr?: OcrOptions;
  pageThreads?: number;
  progress?: MessagePort;
}

/** Loads the worker's modules and answers: run before a timed task, so a time limit never ends a thread mid-load. */
export interface PingTask {
  kind: 'ping';
  file: '';
  /** Page threads to start while the command starts (see src/pdf/page-threads.ts), beside this thread. */
  pageThreads?: number;
}

export type CommandTask = AuditTask | ExtractTask | TablesTask | PingTask;

export type CommandResult =
  | {
      status: 'ok';
      /** What goes to stdout (empty when everything went to files). */
      stdout: string;
      /** Warnings for the log (pages cut short by a limit, tabula's notes), one line each. */
      warnings: string[];
      /** `audit` only: the document's summary row and its worst finding (SEVERITY_RANK, 0 for none). */
      row?: SummaryRow;
      worst?: number;
      records?: number;
    }
  | { status: 'failed'; errorClass: ErrorClass; message: string }
  /** An output that could not be written (OutDirError, a refused doc folder): told in one line, exit 73. */
  | { status: 'unwritable'; message: string };

/** A document's input for messages: the file's name, or its parts' names joined. */
function inputLabel(file: string | string[]): string {
  return typeof file === 'string' ? path.basename(file) : file.map((f) => path.basename(f)).join(' + ');
}

/** Page progress of a task to its port, if it has one. */
function progressOf(t: { progress?: MessagePort }): ((done: number, total: number) => void) | undefined {
  const port = t.progress;
  return port ? (done, total) => port.postMessage([done, total]) : undefined;
}

async function audit(t: AuditTask): Promise<CommandResult> {
  // the table engine tells every page cut short by a limit and every picture page left unread, naming its file
  const warnings: string[] = [];
  const outcome = await auditDocument(
    t.file,
    {
      onWarning: (m) => warnings.push(m),
      password: t.password,
      nomenklatur: t.nomenklatur,
      ocr: t.ocr,
      pageThreads: t.pageThreads ?? 1,
      onProgress: progressOf(t),
    },
    t.doc,
  );
  if (outcome.status === 'failed')
    return { status: 'failed', errorClass: outcome.errorClass, message: outcome.message };
  const locale = t.locale ?? DEFAULT_LOCALE;
  // One model for the reports, the summary row and the terminal: causes are grouped once.
  const model = buildReportModel(reportInputOf(outcome, t.generatedAt, undefined, locale));
  await writeAuditOutputs(t.outDir, outcome, new Set(t.formats), t.generatedAt, {
    csv: { escape: t.csvEscape, dialect: t.csvDialect },
    model,
    locale,
  });
  const row = summaryRowFor(outcome.extraction, outcome.discrepancies, '', model);
  let worst = 0;
  for (const d of outcome.discrepancies) worst = Math.max(worst, SEVERITY_RANK[d.severity]);
  return {
    status: 'ok',
    stdout: terminalSummary(model, path.join(t.outDir, outcome.doc), locale.lang),
    warnings,
    row,
    worst,
    records: row.records ?? 0,
  };
}

async function extract(t: ExtractTask): Promise<CommandResult> {
  const warnings: string[] = [];
  const { extraction } = await extractDocument(
    t.file,
    {
      password: t.password,
      ocr: t.ocr,
      pageThreads: t.pageThreads ?? 1,
      onWarning: (m) => warnings.push(m),
      onProgress: progressOf(t),
    },
    t.doc,
  );
  const formats = new Set(t.formats);
  if (!t.outDir) {
    // to stdout: CSV unless only JSON was asked for
    const stdout = formats.has('csv')
      ? await recordsCsv(extraction.records, { escape: t.csvEscape, parts: documentParts(extraction) })
      : recordsJson(extraction);
    return { status: 'ok', stdout, warnings, records: extraction.records.length };
  }
  await writeExtractOutputs(t.outDir, extraction, formats, { escape: t.csvEscape });
  const tables = extraction.layouts.filter((l) => l.kind !== 'OTHER').length;
  return {
    status: 'ok',
    stdout:
      visible(`${extraction.doc}: ${extraction.records.length} records from ${tables} Renja tables -> ${t.outDir}`) +
      '\n',
    warnings,
    records: extraction.records.length,
  };
}

async function tables(t: TablesTask): Promise<CommandResult> {
  const warnings: string[] = [];
  const pages: PageData[] = [];
  const r = await extractTables(
    t.file,
    {
      pages: t.pages,
      area: t.area,
      method: t.method,
      engine: t.engine,
      password: t.password,
      stitch: t.stitch,
      keepLineBreaks: t.keepLineBreaks,
      ...(t.ocr ? { ocr: t.ocr } : {}),
      pageThreads: t.pageThreads ?? 1,
    },
    {
      onWarning: (m) => warnings.push(m),
      onPage: t.debugDir ? (p) => pages.push(p) : undefined,
      onProgress: progressOf(t),
    },
  );
  if (t.debugDir) {
    for (const p of pages)
      await writeOutput(
        pageDebugSvg(
          p,
          r.tables.filter((x) => x.pages.includes(p.pageNumber)),
        ),
        path.join(t.debugDir, `page-${p.pageNumber}.svg`),
      );
  }
  const text =
    t.format === 'json'
      ? tablesToJson(r.tables, { file: path.basename(t.file), pages: r.info.pages }) + '\n'
      : tablesToCsv(r.tables, { escape: t.csvEscape });
  if (t.out) {
    await writeOutput(text, t.out);
    return { status: 'ok', stdout: '', warnings };
  }
  return { status: 'ok', stdout: text, warnings };
}

/** Runs one command task; expected failures come back as a class and one line, never as a throw. */
export async function runCommandTask(task: CommandTask): Promise<CommandResult> {
  try {
    if (task.kind === 'ping') return { status: 'ok', stdout: '', warnings: [] };
    if (task.kind === 'audit') return await audit(task);
    if (task.kind === 'extract') return await extract(task);
    return await tables(task);
  } catch (err) {
    if (err instanceof OutDirError || err instanceof DocDirError) return { status: 'unwritable', message: err.message };
    const file = typeof task.file === 'string' ? task.file : inputLabel(task.file);
    return { status: 'failed', errorClass: failureClass(err), message: describeFailure(file, err) };
  } finally {
    if (task.kind !== 'ping') task.progress?.close();
  }
}
