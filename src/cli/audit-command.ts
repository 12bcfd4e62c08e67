/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { addOcrOptions, ocrOptionsFrom, pageThreadsFrom, type OcrFlags } from './ocr-options.js';
import { Command, Option, InvalidArgumentError } from 'commander';
import path from 'node:path';
import type { OutputFormat } from '../audit/write-outputs.js';
import { uniqueDocNames } from '../batch/names.js';
import { statusOf } from '../batch/task.js';
import type { CsvDialect, CsvOptions } from '../report/format.js';
import { EXIT_CANT_WRITE, prepareOutDir } from '../report/out-dir.js';
import { failedSummaryRow, mergeSummaryCsv, type SummaryRow } from '../report/summary-csv.js';
import type { Severity } from '../reconcile/types.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { cannotWrite, onlyFiles, problem } from './output.js';
import { pageProgress } from './page-progress.js';
import { withDocumentWorker } from './isolate.js';
import {
  csvDialectOption,
  docNameOption,
  examples,
  failOnOption,
  langOption,
  timeoutOption,
  tzOption,
  type FailOn,
} from './parse-args.js';
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';
import type { Lang } from '../i18n/index.js';
import { nomenklaturOption } from './kode-command.js';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function parseFormats(value: string): Set<OutputFormat> {
  const out = new Set<OutputFormat>();
  for (const f of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (f !== 'csv' && f !== 'json' && f !== 'html' && f !== 'xlsx')
      throw new InvalidArgumentError(`unknown format '${f}' (use csv, json, html, xlsx)`);
    out.add(f);
  }
  return out;
}

/** The options as commander hands them over once its parsers and choices have checked them. */
interface AuditCommandOptions extends PasswordFlags, OcrFlags {
  out: string;
  format: Set<OutputFormat>;
  failOn?: FailOn;
  timeout: number;
  as?: string;
  csvDialect?: CsvDialect;
  lang: Lang;
  tz: string;
  nomenklatur?: string;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function auditCommand(): Command {
  const cmd = addOcrOptions(new Command('audit'))
    .addHelpText(
      'after',
      examples(
        [
          'renja audit renja-2024.pdf --out hasil',
          'reports in hasil/renja-2024/ and hasil/summary.csv; the causes, largest first, on the terminal',
        ],
        [
          'renja audit bab-*.pdf --out hasil --format csv,xlsx --csv-dialect excel-id',
          'CSVs for Excel with Indonesian settings (`;`, decimal comma) and report.xlsx',
        ],
        [
          'renja audit bab2.pdf bab3.pdf bab4.pdf --as renja-2024 --out hasil',
          'a Renja published as several files, read as one document (pages in the order given)',
        ],
        ['renja audit renja-2024.pdf --out hasil --fail-on error', 'exit 3 when an error is found (for scripts)'],
      ),
    )
    .description('Audit Renja PDFs: extract their tables, cross-check them and write discrepancy reports')
    .argument('<pdf...>', 'one or more Renja PDF files (each its own document, unless --as joins them)')
    .requiredOption(
      '--out <dir>',
      'output folder: <dir>/<doc>/{discrepancies.csv,records.csv,report.json,report.html} and <dir>/summary.csv (merged with the rows of earlier runs)',
    )
    .addOption(
      new Option(
        '--format <formats>',
        'which reports: any of csv,json,html,xlsx (report.xlsx: causes, findings, records, tables, checks)',
      )
        .default(new Set<OutputFormat>(['csv', 'json', 'html']), 'csv,json,html')
        .argParser(parseFormats),
    )
    .addOption(failOnOption())
    .addOption(timeoutOption())
    .addOption(
      docNameOption(
        '--as <name>',
        'read the PDFs as one document named <name>, their pages in the order given (a Renja published as several files: bab2.pdf bab3.pdf bab4.pdf)',
      ),
    );
  for (const opt of passwordOptions()) cmd.addOption(opt);
  return cmd
    .addOption(csvDialectOption())
    .addOption(langOption())
    .addOption(tzOption())
    .addOption(nomenklaturOption())
    .option('--no-csv-escape', "write CSV text cells raw (default: a cell starting with = + - @ gets a leading ')")
    .addOption(logLevelOption())
    .action(async (pdfs: string[], o: AuditCommandOptions) => {
      if (!(await onlyFiles(pdfs))) return;
      try {
        await auditAll(pdfs, o);
      } catch (err) {
        if (!cannotWrite(err)) throw err;
      }
    });
}

async function auditAll(pdfs: string[], o: AuditCommandOptions): Promise<void> {
  const log = makeLogger(o.logLevel);
  const pw = commandPassword(o);
  if (!pw) return;
  const generatedAt = new Date().toISOString();
  const csv: CsvOptions = { escape: o.csvEscape, dialect: o.csvDialect };
  // Before any document is read: an output folder that cannot be written is one line, not a late failure.
  await prepareOutDir(o.out);
  const names = uniqueDocNames(pdfs);
  // --as: all the files are one document; else each file is its own.
  const docs: { input: string | string[]; doc: string }[] = o.as
    ? [{ input: pdfs, doc: o.as }]
    : pdfs.map((f, i) => ({ input: f, doc: names[i] }));
  const summary: SummaryRow[] = [];
  let failed = 0;
  let worst = 0;
  let unwritable = false;
  try {
    // Each document in a worker thread with a time limit and a heap cap: one that hangs or blows up fails alone.
    await withDocumentWorker({ timeoutSeconds: o.timeout }, async (run) => {
      for (let i = 0; i < docs.length && !unwritable; i++) {
        const { input, doc } = docs[i];
        const file = typeof input === 'string' ? input : input.join(' + ');
        const t0 = performance.now();
        const r = await run(
          {
            kind: 'audit',
            file: input,
            doc,
            outDir: o.out,
            formats: [...o.format],
            password: pw.password,
            nomenklatur: o.nomenklatur,
            generatedAt,
            locale: { lang: o.lang, tz: o.tz },
            csvDialect: o.csvDialect,
            csvEscape: o.csvEscape,
            ocr: ocrOptionsFrom(o),
            pageThreads: pageThreadsFrom(o),
          },
          pageProgress(doc),
        );
        pageProgress.clear();
        if (r.status === 'unwritable') {
          problem(r.message);
          process.exitCode = EXIT_CANT_WRITE;
          unwritable = true;
          continue;
        }
        if (r.status === 'failed') {
          const status = statusOf(r.errorClass);
          // A document without Renja tables was read fine: listed, not a failure (`--fail-on` decides the exit).
          if (status === 'failed') failed++;
          // The failure's one line, not logged as well: the user sees it once.
          problem(r.message);
          const label =
            typeof input === 'string' ? path.basename(input) : input.map((f) => path.basename(f)).join(' + ');
          summary.push(failedSummaryRow(doc, label, status, `${r.errorClass}: ${r.message}`));
          continue;
        }
        for (const w of r.warnings) log.warn({ file }, w);
        if (r.row) summary.push(r.row);
        worst = Math.max(worst, r.worst ?? 0);
        process.stdout.write(r.stdout);
        log.info(
          {
            file,
            doc,
            records: r.row?.records,
            errors: r.row?.errors,
            ms: Math.round(performance.now() - t0),
          },
          'audited',
        );
      }
    });
  } finally {
    // Written whatever happened above (unless the folder cannot be written): every document read has its line.
    // Several `renja audit` runs into one folder build one summary: other documents' rows are kept.
    if (!unwritable) await mergeSummaryCsv(path.join(o.out, 'summary.csv'), summary, csv);
  }
  if (unwritable) return;
  if (failed) process.exitCode = 1;
  else if (o.failOn && worst >= SEVERITY_RANK[o.failOn]) process.exitCode = 3;
}
