/** End to end on the repository's Renja fixtures: PDF -> table engine -> extractRenja. */
import { extractTables } from '../../src/tables/extract.js';
import { extractRenja } from '../../src/renja/extract.js';
import type { Extraction, RenjaRecord } from '../../src/renja/schema.js';

async function run(file: string): Promise<Extraction> {
  const res = await extractTables(file);
  const pageTexts = new Map(res.pageTexts.map((p) => [p.page, p.lines.join('\n')]));
  return extractRenja('doc', file, res.tables, pageTexts, { pageSizes: new Map(res.pages.map((p) => [p.page, p])) });
}
const count = (ex: Extraction, table: string): number => ex.records.filter((r) => r.table === table).length;
const value = (r: RenjaRecord | undefined): string | null | undefined =>
  r?.pagu?.value?.toFixed() ?? (r ? null : undefined);

describe('renja-pasirian-2024.pdf (Permendagri 86/2017 seed)', () => {
  let ex: Extraction;
  beforeAll(async () => {
    ex = await run('fixtures/renja/renja-pasirian-2024.pdf');
  }, 120000);

  it('classifies the six Renja tables and leaves the others OTHER', () => {
    const kinds = ex.layouts.map((l) => l.kind);
    expect(kinds.filter((k) => k !== 'OTHER')).toEqual(['TC29', 'TC30', 'TC31', 'TC32', 'TC33', 'T41']);
    expect(ex.layouts.every((l) => l.kind === 'OTHER' || l.era === 'pmdn86-2017')).toBe(true);
  });

  it('reads one record per data row (two for T-C.31)', () => {
    expect(count(ex, 'T41')).toBe(66);
    expect(count(ex, 'TC31.awal')).toBe(66);
    expect(count(ex, 'TC31.hasil')).toBe(66);
    expect(count(ex, 'TC33')).toBe(137);
    expect(count(ex, 'TC32')).toBe(0); // NIHIL
  });

  it('reads the totals and the awkward rows', () => {
    const t41 = ex.records.filter((r) => r.table === 'T41');
    expect(value(t41.find((r) => r.level === 'total'))).toBe('2830445095');
    expect(t41.filter((r) => r.code === '7.01.03.2.01.0002')).toHaveLength(2);
    const tc33 = ex.records.filter((r) => r.table === 'TC33');
    expect(value(tc33.find((r) => r.level === 'total'))).toBe('2630445095');
    expect(tc33.find((r) => r.code === '7.01.06.2.01.0001')?.pagu).toEqual({ value: null, raw: '' });
    expect(tc33.filter((r) => r.level === 'aktivitas').length).toBeGreaterThan(60);
    const tc29 = ex.records.filter((r) => r.table === 'TC29');
    expect(tc29.find((r) => r.codePrinted === '7 01 01 2.09 02')?.code).toBe('7.01.01.2.09.0002');
    const hasil = ex.records.filter((r) => r.table === 'TC31.hasil');
    expect(value(hasil.find((r) => r.level === 'total'))).toBe('2590652870');
  });

  it('finds the terbilang of section 4.2', () => {
    const p = ex.prose.find((x) => x.wordsValue?.toFixed() === '2830445095');
    expect(p?.figureValue?.toFixed()).toBe('2830445095');
  });
});

describe('renja-old-era-jabar.pdf (Permendagri 54/2010, Rp. 000)', () => {
  let ex: Extraction;
  beforeAll(async () => {
    ex = await run('fixtures/renja/renja-old-era-jabar.pdf');
  }, 120000);

  it('classifies Tabel 2.3, 3.1 and 3.2 by meaning, with the thousands unit', () => {
    expect(ex.layouts.map((l) => [l.kind, l.era, l.moneyUnit])).toEqual([
      ['TC31', 'pmdn54-2010', 1000],
      ['TC33', 'pmdn54-2010', 1000],
      ['T41', 'pmdn54-2010', 1000],
    ]);
  });

  it('scales money and reads the JUMLAH rows', () => {
    const total = (t: string) => value(ex.records.find((r) => r.table === t && r.level === 'total'));
    expect(total('TC31.awal')).toBe('97285000');
    expect(total('TC31.hasil')).toBe('97695000');
    expect(total('TC33')).toBe('97695000');
    expect(total('T41')).toBe('98470000');
    const tc33 = ex.records.filter((r) => r.table === 'TC33');
    expect(tc33.find((r) => r.codePrinted === '1 22 01')).toMatchObject({ level: 'program', code: '1.22.01' });
    expect(tc33.find((r) => r.codePrinted === '1 22 01 001')).toMatchObject({ level: 'kegiatan' });
  });
});
