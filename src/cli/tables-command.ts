/** `renja tables`: the table engine on its own, like tabula's CLI. */
import { Command, Option } from 'commander';
import type { Area } from '../tables/options.js';
import { withDocumentWorker } from './isolate.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { parseArea, parsePageList, timeoutOption } from './parse-args.js';
import { commandPassword, passwordOptions, type PasswordFlags } from './password.js';

const METHODS = ['auto', 'lattice', 'stream'] as const;
const ENGINES = ['pdfjs', 'tabula'] as const;
const FORMATS = ['csv', 'json'] as const;

/** The options as commander hands them over once its parsers and choices have checked them. */
interface TablesCommandOptions extends PasswordFlags {
  pages?: number[];
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
  logLevel: LogLevel;
}

export function tablesCommand(): Command {
  const cmd = new Command('tables')
    .description('Extract the tables of a PDF (cells with page, bounding box and spans)')
    .argument('<pdf>', 'the PDF file')
    .option('--pages <list>', 'pages to read, e.g. 1,3-5 (default: all)', parsePageList)
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
    .addOption(timeoutOption());
  for (const opt of passwordOptions()) cmd.addOption(opt);
  return cmd.addOption(logLevelOption()).action(async (pdf: string, o: TablesCommandOptions) => {
    const log = makeLogger(o.logLevel);
    const pw = commandPassword(o);
    if (!pw) return;
    // In a worker thread with a time limit and a heap cap, as every command reads documents.
    const r = await withDocumentWorker({ timeoutSeconds: o.timeout }, (run) =>
      run({
        kind: 'tables',
        file: pdf,
        pages: o.pages,
        area: o.area,
        method: o.method,
        engine: o.engine,
        format: o.format,
        stitch: o.stitch,
        keepLineBreaks: Boolean(o.keepLineBreaks),
        out: o.out,
        debugDir: o.debug,
        password: pw.password,
      }),
    );
    if (r.status === 'failed') {
      process.stderr.write(`renja: ${r.message}\n`);
      process.exitCode = 1;
      return;
    }
    for (const w of r.warnings) log.warn({ file: pdf }, w);
    process.stdout.write(r.stdout);
  });
}
