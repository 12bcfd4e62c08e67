/** `renja tables`: the table engine on its own, like tabula's CLI. */
import { addOcrOptions, ocrOptionsFrom, pageThreadsFrom, type OcrFlags } from './ocr-options.js';
import { Command, Option } from 'commander';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { OutDirError, prepareOutDir } from '../report/out-dir.js';
import type { Area } from '../tables/options.js';
import { logLevelOption, type LogLevel } from './log-level.js';
import { examples, parseArea, parsePageList, timeoutOption } from './parse-args.js';
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';

const METHODS = ['auto', 'lattice', 'stream'] as const;
const ENGINES = ['pdfjs', 'tabula'] as const;
const FORMATS = ['csv', 'json'] as const;

/** The options as commander hands them over once its parsers and choices have checked them. */
interface TablesCommandOptions extends PasswordFlags, OcrFlags {
  pages?: number[] | 'all';
  area?: Area;
  method: (typeof METHODS)[number];
  engine: (typeof ENGINES)[number];
  format: (typeof FORMATS)[number];
  /** false with --no-stitch */
  stitch: boolean;
  keepLineBreaks?: true;
  out?: string;
  debug?: string;
  timeout: number;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function tablesCommand(): Command {
  const cmd = addOcrOptions(new Command('tables'))
    .addHelpText(
      'after',
      examples(
        [
          'renja tables renja-2024.pdf --pages all --out tabel.csv',
          'every table as CSV, tables separated by a blank line',
        ],
        ['renja tables renja-2024.pdf --pages 42-53 --format json', 'cells with page, box and spans'],
        [
          'renja tables renja-2024.pdf --pages 48 --debug svg/',
          'an SVG of page 48 showing rulings, text and cells found',
        ],
      ),
    )
    .description('Extract the tables of a PDF (cells with page, bounding box and spans)')
    .argument('<pdf>', 'the PDF file')
    .option('--pages <list>', 'pages to read: all, or a list such as 1,3-5 (default: all)', parsePageList)
    .option('--area <top,left,bottom,right>', 'only this region of each page, in points from the top-left', parseArea)
    .addOption(
      new Option('--method <method>', 'lattice (ruled tables), stream (borderless) or auto')
        .choices(METHODS)
        .default('auto'),
    )
    .addOption(
      new Option('--engine <engine>', 'pdfjs (built in) or tabula (needs Java)').choices(ENGINES).default('pdfjs'),
    )
    .addOption(
      new Option('--format <format>', 'csv (tables separated by a blank line) or json').choices(FORMATS).default('csv'),
    )
    .option('--no-stitch', 'keep tables that continue over pages as separate tables')
    .option(
      '--keep-line-breaks',
      "keep a wrapped cell's lines on separate lines (as tabula does) instead of joining them with a space",
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .option(
      '--debug <dir>',
      'also write <dir>/page-N.svg per page: rulings (red), text runs and the cells found, to see why a grid came out wrong',
    )
    .option('--no-csv-escape', "write CSV cells raw (default: a cell starting with = + - @ gets a leading ')")
    .addOption(timeoutOption());
  for (const opt of passwordOptions()) cmd.addOption(opt);
  return cmd.addOption(logLevelOption()).action(async (pdf: string, o: TablesCommandOptions) => {
    // The logger, the worker pool and the rest load only when the command runs: `--help` and usage errors stay quick.
    const [{ makeLogger }, { reportResult, withDocumentWorker }, { runDocument }, { pageProgress }] = await Promise.all(
      [import('./logger.js'), import('./isolate.js'), import('./run-document.js'), import('./page-progress.js')],
    );
    const log = makeLogger(o.logLevel);
    const pw = commandPassword(o);
    if (!pw) return;
    await runDocument(pdf, async () => {
      // Output places checked before the document is read: a bad one is one line, not a late failure.
      if (o.out) {
        if ((await stat(o.out).catch(() => null))?.isDirectory())
          throw new OutDirError(o.out, 'it is a folder; --out takes a file name');
        await prepareOutDir(path.dirname(path.resolve(o.out)));
      }
      if (o.debug) await prepareOutDir(o.debug);
      // In a worker thread with a time limit and a heap cap, as every command reads documents.
      const r = await withDocumentWorker({ timeoutSeconds: o.timeout, pageThreads: pageThreadsFrom(o) }, (run) =>
        run(
          {
            kind: 'tables',
            file: pdf,
            pages: o.pages === 'all' ? undefined : o.pages,
            area: o.area,
            method: o.method,
            engine: o.engine,
            format: o.format,
            stitch: o.stitch,
            keepLineBreaks: Boolean(o.keepLineBreaks),
            out: o.out,
            debugDir: o.debug,
            password: pw.password,
            csvEscape: o.csvEscape,
            ocr: ocrOptionsFrom(o),
            pageThreads: pageThreadsFrom(o),
          },
          pageProgress(path.basename(pdf)),
        ),
      );
      pageProgress.clear();
      reportResult(r, pdf, log);
      if (r.status === 'ok') process.stdout.write(r.stdout);
    });
  });
}
