/** `renja extract`: Renja records of one PDF as records.csv / records.json. */
import { addOcrOptions, ocrOptionsFrom, pageThreadsFrom, type OcrFlags } from './ocr-options.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { docName } from '../batch/names.js';
import type { ExtractFormat } from '../audit/write-outputs.js';
import { prepareOutDir } from '../report/out-dir.js';
import { logLevelOption, type LogLevel } from './log-level.js';
import { examples, timeoutOption } from './parse-args.js';
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';

/** `csv`, `json` or `csv,json`. */
function parseExtractFormats(value: string): Set<ExtractFormat> {
  const out = new Set<ExtractFormat>();
  for (const f of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (f !== 'csv' && f !== 'json') throw new InvalidArgumentError(`unknown format '${f}' (use csv, json)`);
    out.add(f);
  }
  if (!out.size) throw new InvalidArgumentError('no format given (use csv, json)');
  return out;
}

/** The options as commander hands them over once its parsers have checked them. */
interface ExtractCommandOptions extends PasswordFlags, OcrFlags {
  out?: string;
  format: Set<ExtractFormat>;
  timeout: number;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function extractCommand(): Command {
  const cmd = addOcrOptions(new Command('extract'))
    .addHelpText(
      'after',
      examples(
        ['renja extract renja-2024.pdf --out data', 'data/records.csv and data/records.json'],
        [
          'renja extract renja-2024.pdf --out data --format json',
          'records.json only, with the detected layout of every table',
        ],
      ),
    )
    .description('Extract the Renja records (codes, levels, indicators, targets, money) of a PDF')
    .argument('<pdf>', 'the Renja PDF')
    .option('--out <dir>', 'write records.csv and/or records.json into this folder (default: CSV to stdout)')
    .addOption(
      new Option('--format <formats>', 'csv, json or csv,json')
        .default(new Set<ExtractFormat>(['csv', 'json']), 'csv,json')
        .argParser(parseExtractFormats),
    )
    .addOption(timeoutOption());
  for (const opt of passwordOptions()) cmd.addOption(opt);
  return cmd
    .option('--no-csv-escape', "write CSV text cells raw (default: a cell starting with = + - @ gets a leading ')")
    .addOption(logLevelOption())
    .action(async (pdf: string, o: ExtractCommandOptions) => {
      // The logger, the worker pool and the rest load only when the command runs: `--help` and usage errors stay quick.
      const [{ makeLogger }, { reportResult, withDocumentWorker }, { runDocument }, { pageProgress }] =
        await Promise.all([
          import('./logger.js'),
          import('./isolate.js'),
          import('./run-document.js'),
          import('./page-progress.js'),
        ]);
      const log = makeLogger(o.logLevel);
      const pw = commandPassword(o);
      if (!pw) return;
      await runDocument(pdf, async () => {
        if (o.out) await prepareOutDir(o.out);
        const t0 = performance.now();
        // In a worker thread with a time limit and a heap cap, as every command reads documents.
        const r = await withDocumentWorker({ timeoutSeconds: o.timeout, pageThreads: pageThreadsFrom(o) }, (run) =>
          run(
            {
              kind: 'extract',
              file: pdf,
              doc: docName(pdf),
              outDir: o.out,
              formats: [...o.format],
              password: pw.password,
              csvEscape: o.csvEscape,
              ocr: ocrOptionsFrom(o),
              pageThreads: pageThreadsFrom(o),
            },
            pageProgress(docName(pdf)),
          ),
        );
        pageProgress.clear();
        reportResult(r, pdf, log);
        if (r.status === 'ok') {
          log.info({ file: pdf, records: r.records, ms: Math.round(performance.now() - t0) }, 'extracted');
          process.stdout.write(r.stdout);
        }
      });
    });
}
