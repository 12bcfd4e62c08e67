/**
 * The Excel workbook (`--format xlsx`): sheets for the documents (batch), the causes, every finding, the records,
 * the tables found and the checks. Money is written as numbers in a Rupiah format (Excel shows them with the
 * reader's separators), codes as text (so `7.01.01` never becomes a date), the header row frozen with an
 * autofilter, widths set. Written with exceljs' streaming writer, so a batch workbook of many documents is not held
 * in memory; each sheet's rows come from a generator.
 */
import type ExcelJS from 'exceljs';
import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { writeFileAtomic } from './atomic-write.js';
import { controlsShown } from './escape.js';

/** How a column's cells are written. `money`/`number`: numbers when the text is one (else the text); `text`: as is. */
export type ColumnType = 'text' | 'number' | 'money' | 'bool';

export interface SheetColumn {
  header: string;
  width: number;
  /** Fixed, or decided per row (a value column holds money on money findings, text on the others). */
  type: ColumnType | ((row: string[]) => ColumnType);
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  /** Rows of plain strings in column order (numbers as plain numbers, `2830445095`). */
  rows: Iterable<string[]> | AsyncIterable<string[]>;
}

/** Rupiah, whole: Excel applies the reader's thousands separator (`Rp 2.830.445.095` under Indonesian settings). */
export const RUPIAH_FORMAT = '"Rp" #,##0;[Red]-"Rp" #,##0';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Excel's row limit (header included). */
const MAX_ROWS = 1_048_576;

/** One cell's value. Money becomes a JavaScript number only here, at the edge: Excel stores doubles. */
export function cellValue(type: ColumnType, s: string): string | number | boolean | null {
  if (s === '') return null;
  if ((type === 'money' || type === 'number') && NUMBER.test(s)) return Number(s);
  if (type === 'bool') return s === 'true';
  // a workbook cell is text, never a formula; only control characters (invalid in its XML) are shown as `\xNN`
  return controlsShown(s);
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec): Promise<void> {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  let n = 1;
  for await (const r of spec.rows) {
    if (++n > MAX_ROWS) {
      ws.addRow([`… ${spec.name}: Excel holds ${MAX_ROWS - 2} rows at most; the CSV has them all`]).commit();
      break;
    }
    const row = ws.addRow(spec.columns.map(() => null));
    spec.columns.forEach((c, i) => {
      const type = typeof c.type === 'function' ? c.type(r) : c.type;
      const cell = row.getCell(i + 1);
      cell.value = cellValue(type, r[i] ?? '');
      if (type === 'money') cell.numFmt = RUPIAH_FORMAT;
      else if (type === 'text') cell.numFmt = '@';
    });
    row.commit();
  }
  ws.commit();
}

/** Writes the workbook atomically (temporary file, then rename). */
export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<void> {
  // Loaded here, not with this module: exceljs is heavy and only a workbook needs it (--format xlsx, batch.xlsx).
  const { default: Excel } = await import('exceljs');
  await writeFileAtomic(path, async (fh: FileHandle) => {
    // exceljs ends the stream it is given; forward its bytes into the temporary file and wait for the last one
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        fh.write(chunk).then(() => done(), done);
      },
    });
    const finished = new Promise<void>((resolve, reject) => sink.once('finish', resolve).once('error', reject));
    const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    wb.creator = 'renja-audit';
    for (const s of sheets) await writeSheet(wb, s);
    await wb.commit();
    await finished;
  });
}
