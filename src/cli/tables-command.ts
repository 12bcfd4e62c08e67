/** `renja tables`: the table engine on its own, like tabula's CLI. */
import { addOcrOptions, ocrOptionsFrom, type OcrFlags } from './ocr-options.js';
import { Command, Option } from 'commander';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { extractTables } from '../tables/extract.js';
import { tablesToCsv, tablesToJson } from '../report/tables.js';
import { pageDebugSvg } from '../report/debug-svg.js';
import { OutDirError, prepareOutDir } from '../report/out-dir.js';
import type { PageData } from '../pdf/types.js';
import type { Area } from '../tables/options.js';
import { logLevelOption, makeLogger, type LogLevel } from './logger.js';
import { writeOutput } from './output.js';
import { parseArea, parsePageList } from './parse-args.js';
import { runDocument } from './run-document.js';

const METHODS = ['auto', 'lattice', 'stream'] as const;
const ENGINES = ['pdfjs', 'tabula'] as const;
const FORMATS = ['csv', 'json'] as const;

/** The options as commander hands them over once its parsers and choices have checked them. */
interface TablesCommandOptions extends OcrFlags {
  pages?: number[];
  area?: Area;
  method: (typeof METHODS)[number];
  engine: (typeof ENGINES)[number];
  format: (typeof FORMATS)[number];
  /** false with --no-stitch */
  stitch: boolean;
  keepLineBreaks?: true;
  out?: string;
  password?: string;
  debug?: string;
  /** false with --no-csv-escape */
  csvEscape: boolean;
  logLevel: LogLevel;
}

export function tablesCommand(): Command {
  return addOcrOptions(new Command('tables'))
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
    .option('--password <password>', 'password of an encrypted PDF')
    .option(
      '--debug <dir>',
      'also write <dir>/page-N.svg per page: rulings (red), text runs and the cells found, to see why a grid came out wrong',
    )
    .option('--no-csv-escape', "write CSV cells raw (default: a cell starting with = + - @ gets a leading ')")
    .addOption(logLevelOption())
    .action(async (pdf: string, o: TablesCommandOptions) => {
      const log = makeLogger(o.logLevel);
      await runDocument(pdf, async () => {
        // Output places checked before the document is read: a bad one is one line, not a late failure.
        if (o.out) {
          if ((await stat(o.out).catch(() => null))?.isDirectory())
            throw new OutDirError(o.out, 'it is a folder; --out takes a file name');
          await prepareOutDir(path.dirname(path.resolve(o.out)));
        }
        if (o.debug) await prepareOutDir(o.debug);
        const pages: PageData[] = [];
        const r = await extractTables(
          pdf,
          {
            pages: o.pages,
            area: o.area,
            method: o.method,
            engine: o.engine,
            password: o.password,
            stitch: o.stitch,
            keepLineBreaks: Boolean(o.keepLineBreaks),
            ocr: ocrOptionsFrom(o),
          },
          {
            onWarning: (m) => log.warn({ file: pdf }, m),
            onPage: o.debug ? (p) => pages.push(p) : undefined,
          },
        );
        const debugDir = o.debug;
        if (debugDir) {
          for (const p of pages)
            await writeOutput(
              pageDebugSvg(
                p,
                r.tables.filter((t) => t.pages.includes(p.pageNumber)),
              ),
              path.join(debugDir, `page-${p.pageNumber}.svg`),
            );
        }
        const text =
          o.format === 'json'
            ? tablesToJson(r.tables, { file: path.basename(pdf), pages: r.info.pages }) + '\n'
            : tablesToCsv(r.tables, { escape: o.csvEscape });
        await writeOutput(text, o.out);
      });
    });
}
