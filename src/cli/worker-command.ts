/** `renja worker`: process `renja batch --queue` jobs from Redis, on this machine, until stopped. */
import { Command } from 'commander';
import os from 'node:os';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { positiveInt, queueUrl, examples } from './parse-args.js';

/** The options as commander hands them over once its parsers have checked them. */
interface WorkerCommandOptions {
  queue: string;
  concurrency: number;
  out?: string;
  inputRoot?: string;
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
          ['renja worker --queue redis://10.0.0.5:6379', "take documents from the coordinator's queue"],
          [
            'renja worker --queue redis://10.0.0.5:6379 --out /mnt/hasil --input-root /mnt/dokumen',
            'where this machine mounts the shared folders elsewhere',
          ],
        ),
      )
      .description(
        'Process the documents of `renja batch --queue` runs: one job at a time per --concurrency, until Ctrl-C or SIGTERM',
      )
      .requiredOption('--queue <url>', 'the Redis the coordinator uses (redis://host:port[/db])', queueUrl)
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
      .option(
        '--input-root <dir>',
        "this machine's path of the inputs' shared folder, when it is mounted elsewhere than on the coordinator's",
      )
      .option(
        '--lock-duration <ms>',
        'job lock: a job whose worker died is handed to another after about this long',
        positiveInt,
      )
      .option('--stalled-interval <ms>', 'how often to look for jobs whose worker died', positiveInt)
      // A long-running service: by default it logs each job it takes and ends.
      .addOption(logLevelOption('info'))
      .action(async (o: WorkerCommandOptions) => {
        const { runQueueWorker } = await import('../batch/queue-worker.js');
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
