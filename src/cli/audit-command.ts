/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { Command, Option, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { auditDocument } from '../audit/document.js';
import { writeAuditOutputs, type OutputFormat } from '../audit/write-outputs.js';
import { uniqueDocNames } from '../batch/names.js';
import { failedSummaryRow, summaryRowFor, writeSummaryCsv, type SummaryRow } from '../report/summary-csv.js';
import { terminalSummary } from '../report/terminal-summary.js';
import type { Severity } from '../reconcile/types.js';
import type { Lang } from '../i18n/index.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { failOnOption, langOption, tzOption, type FailOn } from './parse-args.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function parseFormats(value: string): Set<OutputFormat> {
  const out = new Set<OutputFormat>();
  for (const f of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (f !== 'csv' && f !== 'json' && f !== 'html')
      throw new InvalidArgumentError(`unknown format '${f}' (use csv, json, html)`);
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
  lang: Lang;
  tz: string;
  logLevel: LogLevel;
}

export function auditCommand(): Command {
  return new Command('audit')
    .description('Audit Renja PDFs: extract their tables, cross-check them and write discrepancy reports')
    .argument('<pdf...>', 'one or more Renja PDF files')
    .requiredOption(
      '--out <dir>',
      'output folder: <dir>/<doc>/{discrepancies.csv,records.csv,report.json,report.html} and <dir>/summary.csv',
    )
    .addOption(
      new Option('--format <formats>', 'which reports: any of csv,json,html')
        .default(new Set<OutputFormat>(['csv', 'json', 'html']), 'csv,json,html')
        .argParser(parseFormats),
    )
    .addOption(failOnOption())
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(langOption())
    .addOption(tzOption())
    .addOption(logLevelOption())
    .action(async (pdfs: string[], o: AuditCommandOptions) => {
      const log = makeLogger(o.logLevel);
      const generatedAt = new Date().toISOString();
      const locale = { lang: o.lang, tz: o.tz };
      const names = uniqueDocNames(pdfs);
      const summary: SummaryRow[] = [];
      let failed = 0;
      let worst = 0;
      for (let i = 0; i < pdfs.length; i++) {
        const file = pdfs[i];
        const t0 = performance.now();
        const outcome = await auditDocument(file, { password: o.password }, names[i]);
        if (outcome.status === 'failed') {
          failed++;
          // The failure's one line, not logged as well: the user sees it once.
          process.stderr.write(`renja: ${outcome.message}\n`);
          summary.push(
            failedSummaryRow(outcome.doc, path.basename(file), 'failed', `${outcome.errorClass}: ${outcome.message}`),
          );
          continue;
        }
        await writeAuditOutputs(o.out, outcome, o.format, generatedAt, locale);
        const row = summaryRowFor(outcome.extraction, outcome.discrepancies);
        summary.push(row);
        for (const d of outcome.discrepancies) worst = Math.max(worst, SEVERITY_RANK[d.severity]);
        process.stdout.write(
          terminalSummary(
            outcome.doc,
            row,
            outcome.extraction,
            outcome.discrepancies,
            path.join(o.out, outcome.doc),
            o.lang,
          ),
        );
        log.info(
          { file, doc: outcome.doc, records: row.records, errors: row.errors, ms: Math.round(performance.now() - t0) },
          'audited',
        );
      }
      await writeSummaryCsv(path.join(o.out, 'summary.csv'), summary);
      if (failed) process.exitCode = 1;
      else if (o.failOn && worst >= SEVERITY_RANK[o.failOn]) process.exitCode = 3;
    });
}
