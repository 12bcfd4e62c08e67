import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reconcile } from '../../src/reconcile/index.js';
import { DISCREPANCY_COLUMNS } from '../../src/report/discrepancies-csv.js';
import { buildReportModel } from '../../src/report/model.js';
import { documentSheets } from '../../src/report/workbook.js';
import { RUPIAH_FORMAT, writeWorkbook } from '../../src/report/xlsx.js';
import { seedLike, TABLE_RULES } from '../helpers/records.js';

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's rows as objects keyed by the header row. */
function rowsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJS.Cell>[] {
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, ExcelJS.Cell>[] = [];
  for (let i = 2; i <= ws.rowCount; i++) {
    const row = ws.getRow(i);
    out.push(Object.fromEntries(headers.map((h, j) => [h, row.getCell(j + 1)])));
  }
  return out;
}

describe('the audit workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renja-xlsx-'));
  const file = join(dir, 'report.xlsx');
  const x = seedLike();
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    await writeWorkbook(
      file,
      documentSheets(buildReportModel({ extraction: x, discrepancies: reconcile(x, { rules: TABLE_RULES }) })),
    );
    wb = await readBack(file);
  });

  it('has sheets for causes, findings, records, tables and checks, each with a frozen, filtered header', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Penyebab', 'Temuan', 'Baris data', 'Tabel', 'Pemeriksaan']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.columns.every((c) => (c.width ?? 0) >= 10)).toBe(true);
    }
    expect((wb.getWorksheet('Temuan')!.getRow(1).values as unknown[]).slice(1)).toEqual([...DISCREPANCY_COLUMNS]);
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });

  it('leads with the causes, money as Rupiah numbers', () => {
    const [first, second] = rowsOf(wb.getWorksheet('Penyebab')!);
    expect(first.code.value).toBe('7.01.01.2.09.0009');
    expect(first.amount_at_stake.value).toBe(200000000);
    expect(first.amount_at_stake.numFmt).toBe(RUPIAH_FORMAT);
    expect(first.severity.value).toBe('error');
    expect(String(first.title.value)).toContain('tidak ada di T-C.33');
    expect(second.amount_at_stake.value).toBeNull();
  });

  it('writes every finding with codes as text, amounts as numbers and its cause', () => {
    const rows = rowsOf(wb.getWorksheet('Temuan')!);
    expect(rows).toHaveLength(6);
    const total = rows.find((r) => r.rule.value === 'total-mismatch')!;
    expect(total.value_a.value).toBe(1608668957);
    expect(total.value_a.numFmt).toBe(RUPIAH_FORMAT);
    expect(total.difference.value).toBe(200000000);
    expect(total.root_id.value).toBe(1);
    expect(total.is_root.value).toBe(false);
    expect(rows[0].is_root.value).toBe(true);
    expect(rows[0].code.value).toBe('7.01.01.2.09.0009');
    expect(rows[0].code.numFmt).toBe('@');
    expect(rows[0].page_b.value).toBe(19);
  });

  it('writes the records and the tables found with their totals', () => {
    const recs = rowsOf(wb.getWorksheet('Baris data')!);
    expect(recs).toHaveLength(x.records.length);
    const program = recs.find((r) => r.code.value === '7.01.01')!;
    expect(typeof program.pagu.value).toBe('number');
    const tables = rowsOf(wb.getWorksheet('Tabel')!);
    expect(tables.map((t) => [t.table.value, t.total_pagu.value])).toEqual([
      ['TC33', 1608668957],
      ['T41', 1808668957],
    ]);
    const checks = rowsOf(wb.getWorksheet('Pemeriksaan')!);
    expect(checks.some((c) => c.ran.value === false && c.reason.value === 'table-missing')).toBe(true);
  });
});
