/** `renja worker`: process `renja batch --queue` jobs from Redis, on this machine, until stopped. */
import { Command, Option } from 'commander';
import os from 'node:os';
import { logLevelOption, type LogLevel } from './log-level.js';
import { examples, positiveInt, queueUrl } from './parse-args.js';
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';

/** The options as commander hands them over once its parsers have checked them. */
interface WorkerCommandOptions extends PasswordFlags {
  queue: string;
  concurrency: number;
  out?: string;
  inputRoot: string;
  lockDuration?: number;
  stalledInterval?: number;
  logLevel: LogLevel;
}

export function workerCommand(): Command {
  return (
    new Command('worker')
      .addHelpText(
        'after',
        examples(
          [
            'renja worker --queue redis://10.0.0.5:6379 --input-root /srv/dokumen',
            "take documents from the coordinator's queue, reading no file outside /srv/dokumen",
          ],
          [
            'renja worker --queue redis://10.0.0.5:6379 --out /mnt/hasil --input-root /mnt/dokumen',
            'where this machine mounts the shared folders elsewhere',
          ],
        ),
      )
      .description(
        'Process the documents of `renja batch --queue` runs: one job at a time per --concurrency, until Ctrl-C or SIGTERM',
      )
      .addOption(
        new Option('--queue <url>', 'the Redis the coordinator uses (redis://[user:password@]host:port[/db])')
          .argParser(queueUrl)
          // from the environment, so a Redis password in the URL is not shown by ps
          .env('RENJA_QUEUE')
          .makeOptionMandatory(),
      )
      .option(
        '--concurrency <n>',
        'documents processed at once (worker threads)',
        positiveInt,
        os.availableParallelism(),
      )
      .option(
        '--out <dir>',
        "this machine's path of the batch's output folder, when it is mounted elsewhere than on the coordinator's",
      )
      .requiredOption(
        '--input-root <dir>',
        "the inputs' shared folder on this machine (the coordinator's input folder or one above it): no file outside it is read, whatever a job on the queue says",
      )
      .addOption(passwordOptions()[0])
      .addOption(passwordOptions()[1])
      .option(
        '--lock-duration <ms>',
        'job lock: a job whose worker died is handed to another after about this long',
        positiveInt,
      )
      .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died', positiveInt)
      // A long-running service: by default it logs each job it takes and ends.
      .addOption(logLevelOption('info'))
      .action(async (o: WorkerCommandOptions) => {
        const pw = commandPassword(o);
        if (!pw) return;
        const [{ runQueueWorker }, { makeLogger }] = await Promise.all([
          import('../batch/queue-worker.js'),
          import('./logger.js'),
        ]);
        const log = makeLogger(o.logLevel);
        const stop = new AbortController();
        const onSignal = () => {
          if (!stop.signal.aborted) log.info('stopping: finishing running documents (Ctrl-C again to quit at once)');
          else process.exit(130);
          stop.abort();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        try {
          const r = await runQueueWorker({
            queue: o.queue,
            concurrency: o.concurrency,
            outDir: o.out,
            inputRoot: o.inputRoot,
            password: pw.password,
            lockDurationMs: o.lockDuration,
            stalledIntervalMs: o.stalledInterval,
            log,
            stop: stop.signal,
          });
          // Why the worker stopped on its own: the one line the user must see, whatever the log level.
          if (r.error) process.stderr.write(`renja worker: ${r.error}\n`);
          process.exitCode = r.exitCode;
        } catch (err) {
          const e = err as Error;
          process.stderr.write(`renja: ${e?.message ?? String(err)}\n`);
          process.exitCode = e?.name === 'RedisUnavailableError' ? 1 : 70;
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
      })
  );
}
