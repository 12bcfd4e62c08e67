/** `renja tables`: the table engine on its own, like tabula's CLI. */
import { Command, Option } from 'commander';
import path from 'node:path';
import { extractTables } from '../tables/extract.js';
import { tablesToCsv, tablesToJson } from '../report/tables.js';
import { pageDebugSvg } from '../report/debug-svg.js';
import type { PageData } from '../pdf/types.js';
import { writeOutput } from './output.js';
import { parseArea, parsePageList } from './parse-args.js';
import { runDocument } from './run-document.js';

export function tablesCommand(): Command {
  return new Command('tables')
    .description('Extract the tables of a PDF (cells with page, bounding box and spans)')
    .argument('<pdf>', 'the PDF file')
    .option('--pages <list>', 'pages to read, e.g. 1,3-5 (default: all)', parsePageList)
    .option('--area <top,left,bottom,right>', 'only this region of each page, in points from the top-left', parseArea)
    .addOption(
      new Option('--method <method>', 'lattice (ruled tables), stream (borderless) or auto')
        .choices(['auto', 'lattice', 'stream'])
        .default('auto'),
    )
    .addOption(
      new Option('--engine <engine>', 'pdfjs (built in) or tabula (needs Java)')
        .choices(['pdfjs', 'tabula'])
        .default('pdfjs'),
    )
    .addOption(
      new Option('--format <format>', 'csv (tables separated by a blank line) or json')
        .choices(['csv', 'json'])
        .default('csv'),
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
    .action(async (pdf: string, o) => {
      await runDocument(pdf, async () => {
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
          },
          {
            onWarning: (m) => process.stderr.write(`renja: warning: ${m}\n`),
            onPage: o.debug ? (p) => pages.push(p) : undefined,
          },
        );
        if (o.debug) {
          for (const p of pages)
            await writeOutput(
              pageDebugSvg(
                p,
                r.tables.filter((t) => t.pages.includes(p.pageNumber)),
              ),
              path.join(o.debug, `page-${p.pageNumber}.svg`),
            );
        }
        const text =
          o.format === 'json'
            ? tablesToJson(r.tables, { file: path.basename(pdf), pages: r.info.pages }) + '\n'
            : tablesToCsv(r.tables);
        await writeOutput(text, o.out);
      });
    });
}
