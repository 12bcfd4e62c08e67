/** `renja batch`: audit every PDF under folders or globs, in parallel, resumable, with batch-wide summaries. */
import { addOcrOptions, ocrOptionsFrom, type OcrFlags } from './ocr-options.js';
import { Command, Option } from 'commander';
import { GROUP_MODES, type GroupMode } from '../batch/groups.js';
import os from 'node:os';
import path from 'node:path';
import { makeProgress } from '../batch/progress.js';
import { EXIT_REDIS_LOST } from '../batch/queue-url.js';
import { runBatch, type BatchOptions, type BatchResult } from '../batch/run-batch.js';
import { visible } from '../report/escape.js';
import type { SummaryRow } from '../report/summary-csv.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import type { CsvDialect } from '../report/format.js';
import { cannotWrite, EXIT_USAGE, problem } from './output.js';
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
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';
import type { Lang } from '../i18n/index.js';
import { nomenklaturOption } from './kode-command.js';

/** Exit status of a batch stopped by Ctrl-C, as shells report a SIGINT death (128 + 2). */
export const EXIT_INTERRUPTED = 130;

/** The options as commander hands them over once its parsers and choices have checked them. */
interface BatchCommandOptions extends PasswordFlags, OcrFlags {
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
    .action(async (inputs: string[], o: BatchCommandOptions) => {
      if (!o.csvEscape && o.queue !== undefined) {
        // Queue workers write the per-document CSVs and always escape them: the aggregates would mix both kinds.
        problem('--no-csv-escape cannot be used with --queue (workers always write escaped CSVs)');
        process.exitCode = EXIT_USAGE;
        return;
      }
      if (o.group === 'folder' && o.queue !== undefined) {
        // The queue's jobs carry one input path each; documents of several files do not run there yet.
        problem('--group folder cannot be used with --queue yet (run the batch without --queue)');
        process.exitCode = EXIT_USAGE;
        return;
      }
      const log = makeLogger(o.logLevel);
      const pw = commandPassword(o);
      if (!pw) return;
      const progress = makeProgress(process.stderr);
      const stop = new AbortController();
      const abandon = new AbortController();
      // First Ctrl-C: start nothing new, let running documents finish, write the aggregates. Second: abandon them.
      const onSigint = () => {
        if (!stop.signal.aborted) {
          stop.abort();
          progress.note(
            'renja batch: interrupted: finishing running documents, then writing summaries (Ctrl-C again to abandon them)',
          );
        } else abandon.abort();
      };
      // SIGTERM (a service manager, `kill`) stops the run the same way: no job is left behind with its paths.
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigint);
      try {
        const common: BatchOptions = {
          inputs,
          outDir: o.out,
          resume: Boolean(o.resume),
          password: pw.password,
          group: o.group,
          ocr: ocrOptionsFrom(o),
          nomenklatur: o.nomenklatur,
          timeoutSeconds: o.timeout,
          failOn: o.failOn,
          locale: { lang: o.lang, tz: o.tz },
          progress,
          stop: stop.signal,
          abandon: abandon.signal,
          log,
          csvDialect: o.csvDialect,
          csvEscape: o.csvEscape,
        };
        let lost: string | undefined;
        let result: BatchResult;
        if (o.queue !== undefined) {
          // Loaded only here: the local mode never pays for the queue client.
          const { runQueueBatch } = await import('../batch/queue-coordinator.js');
          if (pw.password !== undefined)
            progress.note(
              'renja batch: the password is not put on the queue: give each worker --password-file or RENJA_PDF_PASSWORD',
            );
          const q = await runQueueBatch({ ...common, queue: o.queue, runId: o.runId, attempts: o.attempts });
          result = q;
          lost = q.lost;
        } else {
          result = await runBatch({ ...common, workers: o.workers });
        }
        const ok = result.rows.filter((r) => r.status === 'ok').length;
        const failed = result.rows.filter((r) => r.status === 'failed').length;
        const dup = result.rows.filter((r) => r.status === 'duplicate').length;
        const none = result.rows.filter((r) => r.status === 'no-renja-tables').length;
        process.stdout.write(
          `${result.found} ${o.group === 'folder' ? 'documents' : 'PDFs'}: ${ok} ok, ${none} without Renja tables, ${failed} failed, ${dup} duplicates` +
            `${result.resumed ? ` (${result.resumed} resumed)` : ''}${result.interrupted ? `; ${result.found - result.rows.length} not done (interrupted)` : ''}\n` +
            `  summary: ${visible(path.join(o.out, 'summary.csv'))}\n`,
        );
        if (lost) {
          process.stderr.write(
            `renja: lost Redis (${lost}): stopped; re-run the same command with --resume to finish\n`,
          );
          process.exitCode = EXIT_REDIS_LOST;
        } else process.exitCode = stop.signal.aborted ? EXIT_INTERRUPTED : batchExitCode(result.rows, o.failOn);
      } catch (err) {
        // An output folder that cannot be written: one line, exit 73.
        if (cannotWrite(err)) return;
        const e = err as Error;
        // The one line that says why the batch could not run; not logged as well.
        problem(e?.message ?? String(err));
        // Redis unreachable at start: a plain failure, told in one line.
        process.exitCode =
          e?.name === 'RedisUnavailableError' ? 1 : /no such file or folder/.test(e?.message ?? '') ? 2 : 70;
      } finally {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
      }
    });
}
