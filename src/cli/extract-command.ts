/** `renja extract`: Renja records of one PDF as records.csv / records.json. */
import { Command, Option } from 'commander';
import { docName, extractDocument } from '../audit/document.js';
import { writeExtractOutputs } from '../audit/write-outputs.js';
import { recordsCsv } from '../report/records-csv.js';
import { recordsJson } from '../report/records-json.js';
import { runDocument } from './run-document.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('Extract the Renja records (codes, levels, indicators, targets, money) of a PDF')
    .argument('<pdf>', 'the Renja PDF')
    .option('--out <dir>', 'write records.csv and/or records.json into this folder (default: CSV to stdout)')
    .addOption(new Option('--format <formats>', 'csv, json or csv,json').default('csv,json'))
    .option('--password <password>', 'password of an encrypted PDF')
    .action(async (pdf: string, o) => {
      const formats = new Set(
        String(o.format)
          .split(',')
          .map((s) => s.trim()),
      ) as Set<'csv' | 'json'>;
      for (const f of formats)
        if (f !== 'csv' && f !== 'json') throw new Error(`unknown format '${f}' (use csv, json)`);
      await runDocument(pdf, async () => {
        const { extraction } = await extractDocument(pdf, { password: o.password }, docName(pdf));
        if (!o.out) {
          process.stdout.write(
            formats.has('csv') && !(formats.size === 1 && formats.has('json'))
              ? await recordsCsv(extraction.records)
              : recordsJson(extraction),
          );
          return;
        }
        await writeExtractOutputs(o.out, extraction, formats);
        process.stdout.write(
          `${extraction.doc}: ${extraction.records.length} records from ${extraction.layouts.filter((l) => l.kind !== 'OTHER').length} Renja tables -> ${o.out}\n`,
        );
      });
    });
}
