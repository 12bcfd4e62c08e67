/** summary.csv: one line per document of a batch, including documents that failed or hold no Renja tables. */
import { parseString } from 'fast-csv';
import { readFile } from 'node:fs/promises';
import type { TableId } from '../renja/schema.js';
import { writeFileAtomic } from './atomic-write.js';
import { BOM, csvDelimiter, toCsv, type CsvOptions } from './format.js';

export const SUMMARY_COLUMNS = [
  'doc',
  'file',
  'status',
  'pages',
  'pages_with_tables',
  'pages_read',
  'tables_found',
  'records',
  'causes',
  'causes_error',
  'causes_warning',
  'causes_info',
  'amount_at_stake',
  'errors',
  'warnings',
  'infos',
  'total_tc31_awal',
  'total_tc31_hasil',
  'total_tc33',
  'total_t41',
  'checks_run',
  'checks_skipped',
  'sanity',
  'message',
] as const;

/** The tables whose total pagu the summary shows side by side, with their column. */
export const SUMMARY_TOTALS: readonly (readonly [TableId, (typeof SUMMARY_COLUMNS)[number]])[] = [
  ['TC31.awal', 'total_tc31_awal'],
  ['TC31.hasil', 'total_tc31_hasil'],
  ['TC33', 'total_tc33'],
  ['T41', 'total_t41'],
];

export interface SummaryRow {
  doc: string;
  file: string;
  /** `ok`, `no-renja-tables` (read, but nothing to check: a cover, a prose chapter), `failed`, `duplicate`. */
  status: string;
  pages: number | null;
  /** Pages holding a Renja table or a table with amounts, and of those the pages that gave records. */
  pagesWithTables: number | null;
  pagesRead: number | null;
  tablesFound: number | null;
  records: number | null;
  causes?: number | null;
  causesError?: number | null;
  causesWarning?: number | null;
  causesInfo?: number | null;
  /** Rupiah at stake over the error causes, plain (`245121800`). */
  amountAtStake?: string | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  /** Total pagu per table id (plain numbers), for the tables found. */
  totals?: Partial<Record<TableId, string>>;
  /** `totals:TC33/T41; rows:TC33/T41; …` */
  checksRun?: string;
  /** `totals:TC31.hasil/T41 (table-missing TC31.hasil); …` */
  checksSkipped?: string;
  /** Sanity warnings on totals: `tiny-total TC33; …` */
  sanity?: string;
  message: string;
}

/** The summary line of a document that could not be processed, or holds no Renja table (`no-renja-tables`). */
export function failedSummaryRow(doc: string, file: string, status: string, message: string): SummaryRow {
  return {
    doc,
    file,
    status,
    pages: null,
    pagesWithTables: null,
    pagesRead: null,
    tablesFound: null,
    records: null,
    errors: null,
    warnings: null,
    infos: null,
    message,
  };
}

const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function summaryRows(rows: SummaryRow[]): string[][] {
  return rows.map((r) => [
    r.doc,
    r.file,
    r.status,
    n(r.pages),
    n(r.pagesWithTables),
    n(r.pagesRead),
    n(r.tablesFound),
    n(r.records),
    n(r.causes),
    n(r.causesError),
    n(r.causesWarning),
    n(r.causesInfo),
    r.amountAtStake ?? '',
    n(r.errors),
    n(r.warnings),
    n(r.infos),
    ...SUMMARY_TOTALS.map(([t]) => r.totals?.[t] ?? ''),
    r.checksRun ?? '',
    r.checksSkipped ?? '',
    r.sanity ?? '',
    r.message,
  ]);
}

const NUMERIC = ['amount_at_stake', ...SUMMARY_TOTALS.map(([, c]) => c)];

export function summaryCsv(rows: SummaryRow[], opts: CsvOptions = {}): Promise<string> {
  return toCsv(SUMMARY_COLUMNS, summaryRows(rows), { ...opts, numeric: NUMERIC });
}

export async function writeSummaryCsv(path: string, rows: SummaryRow[], opts: CsvOptions = {}): Promise<void> {
  await writeFileAtomic(path, await summaryCsv(rows, opts));
}

/** Reads a summary.csv back as rows of strings in SUMMARY_COLUMNS order (columns it lacks left blank). */
async function readSummaryLines(path: string): Promise<string[][]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return [];
  }
  text = text.replace(new RegExp(`^${BOM}`), '');
  const firstLine = text.slice(0, text.indexOf('\n'));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : csvDelimiter('default');
  const records = await new Promise<Record<string, string>[]>((resolve, reject) => {
    const out: Record<string, string>[] = [];
    parseString(text, { headers: true, delimiter })
      .on('error', reject)
      .on('data', (r: Record<string, string>) => out.push(r))
      .on('end', () => resolve(out));
  });
  return records.map((r) => SUMMARY_COLUMNS.map((c) => r[c] ?? ''));
}

/**
 * Writes summary.csv merged with the one already in the folder: rows of other documents are kept (in their order),
 * a document audited again has its row replaced in place, new documents are added at the end. An unreadable old
 * summary is replaced.
 */
export async function mergeSummaryCsv(path: string, rows: SummaryRow[], opts: CsvOptions = {}): Promise<void> {
  let old: string[][] = [];
  try {
    old = await readSummaryLines(path);
  } catch {
    old = [];
  }
  const fresh = summaryRows(rows);
  const byDoc = new Map(fresh.map((r) => [r[0], r]));
  const merged = old.map((r) => {
    const f = byDoc.get(r[0]);
    if (!f) return r;
    byDoc.delete(r[0]);
    return f;
  });
  merged.push(...fresh.filter((r) => byDoc.has(r[0])));
  await writeFileAtomic(path, await toCsv(SUMMARY_COLUMNS, merged, { ...opts, numeric: NUMERIC }));
}
