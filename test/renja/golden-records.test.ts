/**
 * Records against the fixture generator's own data: for every coded row of T-C.31 (both sides), T-C.33 and
 * Tabel 4.1 in the generated PDFs, the record with that code must carry the same canonical code and the same
 * amounts, to the Rupiah. The expected side is computed from `*.expected.json` (written by
 * scripts/make-renja-fixtures.mjs from its model), never from our extractor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/audit/document.js';
import { normalizeCode } from '../../src/renja/codes.js';
import { parseMoney } from '../../src/renja/money.js';
import type { RenjaRecord, TableId } from '../../src/renja/schema.js';

interface GoldenTable {
  kind: string;
  rows: { role: string; cells: string[] }[];
}

/** Which golden columns hold the code and the amounts, per table kind (the seed's forms). */
const MONEY_COLUMNS: Record<string, { table: TableId; code: number; pagu: number; paguMaju?: number }[]> = {
  TC31: [
    { table: 'TC31.awal', code: 0, pagu: 5 },
    { table: 'TC31.hasil', code: 0, pagu: 10 },
  ],
  TC33: [{ table: 'TC33', code: 0, pagu: 9, paguMaju: 13 }],
  T41: [{ table: 'T41', code: 0, pagu: 5 }],
};

const plain = (raw: string) => {
  const v = parseMoney(raw).money.value;
  return v === null ? null : v.toFixed();
};

function key(table: string, code: string, pagu: string | null, maju: string | null | undefined): string {
  return [table, code, pagu ?? '-', maju === undefined ? '' : (maju ?? '-')].join(' ');
}

async function compare(name: string) {
  const pdf = path.resolve('fixtures/renja', `${name}.pdf`);
  const golden = JSON.parse(readFileSync(pdf.replace(/\.pdf$/, '.expected.json'), 'utf8')) as { tables: GoldenTable[] };
  const { extraction } = await extractDocument(pdf);
  const expected: string[] = [];
  const got: string[] = [];
  for (const t of golden.tables) {
    for (const spec of MONEY_COLUMNS[t.kind] ?? []) {
      for (const row of t.rows) {
        if (row.role !== 'data') continue;
        const code = normalizeCode(row.cells[spec.code]).code;
        if (!code) continue;
        expected.push(
          key(
            spec.table,
            code,
            plain(row.cells[spec.pagu]),
            spec.paguMaju === undefined ? undefined : plain(row.cells[spec.paguMaju]),
          ),
        );
      }
      const records = extraction.records.filter(
        (r: RenjaRecord) => r.table === spec.table && r.code && !['aktivitas', 'indicator', 'total'].includes(r.level),
      );
      for (const r of records) {
        got.push(
          key(
            spec.table,
            r.code!,
            r.pagu?.value?.toFixed() ?? null,
            spec.paguMaju === undefined ? undefined : (r.paguMaju?.value?.toFixed() ?? null),
          ),
        );
      }
    }
  }
  return { expected: expected.sort(), got: got.sort() };
}

describe('records match the generator data to the Rupiah', () => {
  it.each(['renja-pasirian-2024', 'renja-web-export'])('%s', async (name) => {
    const { expected, got } = await compare(name);
    expect(expected.length).toBeGreaterThan(150);
    expect(got).toEqual(expected);
  });
});
