/**
 * `DIR/batch.xlsx`: every document of a batch in one workbook. The overview sheet lists each document (status,
 * pages, totals per table side by side, causes by severity, Rupiah at stake); the other sheets hold every
 * document's causes, findings, records, tables and checks, read back from the per-document outputs one file at a
 * time (streamed, never all in memory), so a resumed batch gives the same workbook.
 */
import type { Lang } from '../i18n/index.js';
import { parseFile } from 'fast-csv';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DISCREPANCY_COLUMNS, DISCREPANCY_NUMERIC } from '../report/discrepancies-csv.js';
import { csvDelimiter, type CsvDialect } from '../report/format.js';
import { RECORD_COLUMNS, RECORD_NUMERIC } from '../report/records-csv.js';
import { summaryRows, type SummaryRow } from '../report/summary-csv.js';
import { causeRows, checkRows, tableRows, workbookSheets, type ReportObject } from '../report/workbook.js';
import { writeWorkbook } from '../report/xlsx.js';

export const BATCH_WORKBOOK = 'batch.xlsx';

/** A per-document CSV's rows (header skipped), decimal commas of `excel-id` numeric columns turned back to points. */
async function* csvBody(
  file: string,
  columns: readonly string[],
  numeric: readonly string[],
  dialect?: CsvDialect,
): AsyncGenerator<string[]> {
  const idx = numeric.map((c) => columns.indexOf(c));
  let first = true;
  for await (const row of parseFile(file, { delimiter: csvDelimiter(dialect) })) {
    if (first) {
      first = false;
      continue;
    }
    const r = row as string[];
    yield dialect === 'excel-id' ? r.map((v, i) => (idx.includes(i) ? v.replace(/^(-?\d+),(\d+)$/, '$1.$2') : v)) : r;
  }
}

async function* fromReports(dirs: string[], rows: (o: ReportObject) => string[][]): AsyncGenerator<string[]> {
  for (const d of dirs) {
    const o = JSON.parse(await readFile(path.join(d, 'report.json'), 'utf8')) as ReportObject;
    yield* rows(o);
  }
}

async function* concat(gens: AsyncGenerator<string[]>[]): AsyncGenerator<string[]> {
  for (const g of gens) yield* g;
}

export async function writeBatchWorkbook(
  outDir: string,
  rows: SummaryRow[],
  dialect?: CsvDialect,
  lang: Lang = 'id',
): Promise<string> {
  const okDirs = rows.filter((r) => r.status === 'ok').map((r) => path.join(outDir, r.doc));
  const file = path.join(outDir, BATCH_WORKBOOK);
  await writeWorkbook(
    file,
    workbookSheets(
      {
        documents: summaryRows(rows),
        causes: fromReports(okDirs, causeRows),
        findings: concat(
          okDirs.map((d) =>
            csvBody(path.join(d, 'discrepancies.csv'), DISCREPANCY_COLUMNS, DISCREPANCY_NUMERIC, dialect),
          ),
        ),
        records: concat(
          okDirs.map((d) => csvBody(path.join(d, 'records.csv'), RECORD_COLUMNS, RECORD_NUMERIC, dialect)),
        ),
        tables: fromReports(okDirs, tableRows),
        checks: fromReports(okDirs, checkRows),
      },
      lang,
    ),
  );
  return file;
}
