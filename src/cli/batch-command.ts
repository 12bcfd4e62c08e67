/** `renja batch`: audit every PDF under folders or globs, in parallel, resumable, with batch-wide summaries. */
import { addOcrOptions, type OcrFlags } from './ocr-options.js';
import { Command, Option } from 'commander';
import { GROUP_MODES, type GroupMode } from '../batch/groups.js';
import os from 'node:os';
import type { SummaryRow } from '../report/summary-csv.js';
import { logLevelOption, type LogLevel } from './log-level.js';
import type { CsvDialect } from '../report/format.js';
import {
  csvDialectOption,
  examples,
  failOnOption,
  langOption,
  positiveInt,
  queueUrl,
  runId,
  timeoutOption,
  tzOption,
  type FailOn,
} from './parse-args.js';
import { passwordOptions, type PasswordFlags } from './password.js';
import type { Lang } from '../i18n/index.js';
import { checkNomenklatur, nomenklaturOption } from './kode-command.js';

/** Exit status of a batch stopped by Ctrl-C, as shells report a SIGINT death (128 + 2). */
export const EXIT_INTERRUPTED = 130;

/** The options as commander hands them over once its parsers and choices have checked them. */
export interface BatchCommandOptions extends PasswordFlags, OcrFlags {
  out: string;
  workers: number;
  resume?: true;
  failOn?: FailOn;
  group: GroupMode;
  nomenklatur?: string;
  timeout: number;
  queue?: string;
  runId?: string;
  attempts: number;
  lang: Lang;
  tz: string;
  csvDialect?: CsvDialect;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

/**
 * 0 all processed, 1 any failed, 3 a finding at or above --fail-on (failures take precedence, as in `renja audit`).
 * A document without Renja tables (`no-renja-tables`: a cover, a prose chapter) is not a failure.
 */
export function batchExitCode(rows: SummaryRow[], failOn?: FailOn): number {
  if (rows.some((r) => r.status === 'failed')) return 1;
  if (failOn === 'error' && rows.some((r) => (r.errors ?? 0) > 0)) return 3;
  if (failOn === 'warning' && rows.some((r) => (r.errors ?? 0) + (r.warnings ?? 0) > 0)) return 3;
  return 0;
}

export function batchCommand(): Command {
  return addOcrOptions(new Command('batch'))
    .addHelpText(
      'after',
      examples(
        [
          'renja batch dokumen/ --out hasil',
          'every PDF under dokumen/: hasil/summary.csv, hasil/batch.xlsx and one folder per document',
        ],
        ['renja batch dokumen/ --out hasil --resume', 'finish an interrupted batch, skipping documents already done'],
        [
          'renja batch dokumen/ --out hasil --queue redis://10.0.0.5:6379',
          'spread the documents over `renja worker` machines',
        ],
      ),
    )
    .description(
      'Audit every PDF under folders or globs in parallel: per-document reports plus batch-wide summary.csv, discrepancies.csv, records.csv and batch.json',
    )
    .argument('<input...>', 'folders (searched recursively for *.pdf, any case), globs or PDF files')
    .requiredOption('--out <dir>', 'output folder: <dir>/<doc>/... per document, and the batch-wide files')
    .option('--workers <n>', 'documents processed at once (worker threads)', positiveInt, os.availableParallelism())
    .option('--resume', 'skip documents whose <dir>/<doc>/.done.json matches their content and this tool version')
    .addOption(failOnOption())
    .addOption(passwordOptions()[0])
    .addOption(passwordOptions()[1])
    .addOption(
      new Option(
        '--group <mode>',
        'what one document is: `file` each PDF; `folder` the PDFs of each sub-folder, read as one Renja published as several files in the natural order of their names (BAB_2 before BAB_10); PDFs not in a sub-folder stay their own documents',
      )
        .choices(GROUP_MODES)
        .default('file'),
    )
    .addOption(nomenklaturOption())
    .addOption(timeoutOption())
    .option(
      '--queue <url>',
      'run on many machines: put one job per document on this Redis (redis://host:port[/db]) for `renja worker` processes; --out must be a folder they all see',
      queueUrl,
    )
    .option(
      '--run-id <id>',
      "with --queue: the run's name (default: derived from --out, so re-running the same command finds its jobs)",
      runId,
    )
    .option('--attempts <n>', 'with --queue: tries per document when its worker crashes or times out', positiveInt, 3)
    .addOption(langOption())
    .addOption(tzOption())
    .addOption(csvDialectOption())
    .option(
      '--no-csv-escape',
      "write CSV text cells raw (default: a cell starting with = + - @ gets a leading '); not with --queue",
    )
    .addOption(logLevelOption())
    .hook('preAction', checkNomenklatur)
    .action(async (inputs: string[], o: BatchCommandOptions) => {
      // The work is loaded only when the command runs: `--help` and usage errors stay quick.
      const { runBatchCommand } = await import('./batch-run.js');
      await runBatchCommand(inputs, o);
    });
}
