/** `renja audit`: extract, reconcile and report one or more Renja PDFs. */
import { addOcrOptions, type OcrFlags } from './ocr-options.js';
import { Command, Option, InvalidArgumentError } from 'commander';
import type { OutputFormat } from '../audit/write-outputs.js';
import type { CsvDialect } from '../report/format.js';
import type { Severity } from '../reconcile/types.js';
import { logLevelOption, type LogLevel } from './log-level.js';
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
import { passwordOptions, type PasswordFlags } from './password.js';
import type { Lang } from '../i18n/index.js';
import { checkNomenklatur, nomenklaturOption } from './kode-command.js';

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
export interface AuditCommandOptions extends PasswordFlags, OcrFlags {
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
    .hook('preAction', checkNomenklatur)
    .action(async (pdfs: string[], o: AuditCommandOptions) => {
      // The work is loaded only when the command runs: `--help` and usage errors stay quick.
      const { runAudit } = await import('./audit-run.js');
      await runAudit(pdfs, o);
    });
}
