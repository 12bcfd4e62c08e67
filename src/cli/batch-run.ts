/**
 * What `renja batch` does once its arguments are checked (src/cli/batch-command.ts defines the command): the local
 * pool, or the queue (whose client is loaded only then), the one-line summary and the exit status. Loaded only
 * when the command runs.
 */
import path from 'node:path';
import { makeProgress } from '../batch/progress.js';
import { EXIT_REDIS_LOST } from '../batch/queue-url.js';
import { runBatch, type BatchOptions, type BatchResult } from '../batch/run-batch.js';
import { visible } from '../report/escape.js';
import { batchExitCode, EXIT_INTERRUPTED, type BatchCommandOptions } from './batch-command.js';
import { makeLogger } from './logger.js';
import { ocrOptionsFrom } from './ocr-options.js';
import { cannotWrite, EXIT_USAGE, problem } from './output.js';
import { commandPassword } from './password.js';

export async function runBatchCommand(inputs: string[], o: BatchCommandOptions): Promise<void> {
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
      ...(o.threads ? { pageThreads: o.threads } : {}),
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
      process.stderr.write(`renja: lost Redis (${lost}): stopped; re-run the same command with --resume to finish\n`);
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
}
