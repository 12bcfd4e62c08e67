/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { Command, Option, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { auditDocument } from '../audit/document.js';
import { reportInputOf, writeAuditOutputs, type OutputFormat } from '../audit/write-outputs.js';
import { uniqueDocNames } from '../batch/names.js';
import { statusOf } from '../batch/task.js';
import type { CsvDialect, CsvOptions } from '../report/format.js';
import { buildReportModel } from '../report/model.js';
import { prepareOutDir } from '../report/out-dir.js';
import { failedSummaryRow, mergeSummaryCsv, summaryRowFor, type SummaryRow } from '../report/summary-csv.js';
import { terminalSummary } from '../report/terminal.js';
import type { Severity } from '../reconcile/types.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { cannotWrite, onlyFiles, problem } from './output.js';
import { csvDialectOption, examples, failOnOption, langOption, tzOption, type FailOn } from './parse-args.js';
import type { Lang } from '../i18n/index.js';
import { nomenklaturOption } from './kode-command.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

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
interface AuditCommandOptions {
  out: string;
  format: Set<OutputFormat>;
  failOn?: FailOn;
  password?: string;
  csvDialect?: CsvDialect;
  lang: Lang;
  tz: string;
  nomenklatur?: string;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function auditCommand(): Command {
  return new Command('audit')
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
        ['renja audit renja-2024.pdf --out hasil --fail-on error', 'exit 3 when an error is found (for scripts)'],
      ),
    )
    .description('Audit Renja PDFs: extract their tables, cross-check them and write discrepancy reports')
    .argument('<pdf...>', 'one or more Renja PDF files')
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
    .option('--password <password>', 'password for encrypted PDFs')
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
  const generatedAt = new Date().toISOString();
  const csv: CsvOptions = { escape: o.csvEscape, dialect: o.csvDialect };
  // Before any document is read: an output folder that cannot be written is one line, not a late failure.
  await prepareOutDir(o.out);
  const names = uniqueDocNames(pdfs);
  const summary: SummaryRow[] = [];
  let failed = 0;
  let worst = 0;
  for (let i = 0; i < pdfs.length; i++) {
    const file = pdfs[i];
    const t0 = performance.now();
    const outcome = await auditDocument(file, { password: o.password, nomenklatur: o.nomenklatur }, names[i]);
    if (outcome.status === 'failed') {
      const status = statusOf(outcome.errorClass);
      // A document without Renja tables was read fine: listed, not a failure (`--fail-on` decides the exit).
      if (status === 'failed') failed++;
      // The failure's one line, not logged as well: the user sees it once.
      problem(outcome.message);
      summary.push(
        failedSummaryRow(outcome.doc, path.basename(file), status, `${outcome.errorClass}: ${outcome.message}`),
      );
      continue;
    }
    const locale = { lang: o.lang, tz: o.tz };
    const model = buildReportModel(reportInputOf(outcome, generatedAt, undefined, locale));
    await writeAuditOutputs(o.out, outcome, o.format, generatedAt, { csv, model, locale });
    const row = summaryRowFor(outcome.extraction, outcome.discrepancies, '', model);
    summary.push(row);
    for (const d of outcome.discrepancies) worst = Math.max(worst, SEVERITY_RANK[d.severity]);
    process.stdout.write(terminalSummary(model, path.join(o.out, outcome.doc), o.lang));
    log.info(
      { file, doc: outcome.doc, records: row.records, errors: row.errors, ms: Math.round(performance.now() - t0) },
      'audited',
    );
  }
  // Several `renja audit` runs into one folder build one summary: other documents' rows are kept.
  await mergeSummaryCsv(path.join(o.out, 'summary.csv'), summary, csv);
  if (failed) process.exitCode = 1;
  else if (o.failOn && worst >= SEVERITY_RANK[o.failOn]) process.exitCode = 3;
}
