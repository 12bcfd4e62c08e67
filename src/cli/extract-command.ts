/** `renja extract`: Renja records of one PDF as records.csv / records.json. */
import { pageProgress } from './page-progress.js';
import { addOcrOptions, ocrOptionsFrom, type OcrFlags } from './ocr-options.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { docName, extractDocument } from '../audit/document.js';
import { writeExtractOutputs, type ExtractFormat } from '../audit/write-outputs.js';
import { recordsCsv } from '../report/records-csv.js';
import { recordsJson } from '../report/records-json.js';
import { visible } from '../report/escape.js';
import { prepareOutDir } from '../report/out-dir.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { runDocument } from './run-document.js';

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
interface ExtractCommandOptions extends OcrFlags {
  out?: string;
  format: Set<ExtractFormat>;
  password?: string;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function extractCommand(): Command {
  return addOcrOptions(new Command('extract'))
    .description('Extract the Renja records (codes, levels, indicators, targets, money) of a PDF')
    .argument('<pdf>', 'the Renja PDF')
    .option('--out <dir>', 'write records.csv and/or records.json into this folder (default: CSV to stdout)')
    .addOption(
      new Option('--format <formats>', 'csv, json or csv,json')
        .default(new Set<ExtractFormat>(['csv', 'json']), 'csv,json')
        .argParser(parseExtractFormats),
    )
    .option('--password <password>', 'password of an encrypted PDF')
    .option('--no-csv-escape', "write CSV text cells raw (default: a cell starting with = + - @ gets a leading ')")
    .addOption(logLevelOption())
    .action(async (pdf: string, o: ExtractCommandOptions) => {
      const log = makeLogger(o.logLevel);
      const csv = { escape: o.csvEscape };
      await runDocument(pdf, async () => {
        if (o.out) await prepareOutDir(o.out);
        const t0 = performance.now();
        const { extraction } = await extractDocument(
          pdf,
          { password: o.password, ocr: ocrOptionsFrom(o), onProgress: pageProgress(docName(pdf)) },
          docName(pdf),
        );
        pageProgress.clear();
        log.info(
          { file: pdf, records: extraction.records.length, ms: Math.round(performance.now() - t0) },
          'extracted',
        );
        if (!o.out) {
          // to stdout: CSV unless only JSON was asked for
          process.stdout.write(
            o.format.has('csv') ? await recordsCsv(extraction.records, csv) : recordsJson(extraction),
          );
          return;
        }
        await writeExtractOutputs(o.out, extraction, o.format, csv);
        process.stdout.write(
          visible(
            `${extraction.doc}: ${extraction.records.length} records from ${extraction.layouts.filter((l) => l.kind !== 'OTHER').length} Renja tables -> ${o.out}`,
          ) + '\n',
        );
      });
    });
}
