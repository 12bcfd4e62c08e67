import { buildContext } from '../../src/reconcile/context.js';
import { REPRINT_MIN_ROWS, splitReprints } from '../../src/reconcile/reprints.js';
import { duplicateCode } from '../../src/reconcile/rules/duplicate-code.js';
import { missingRow } from '../../src/reconcile/rules/missing-row.js';
import { rollupMismatch } from '../../src/reconcile/rules/rollup-mismatch.js';
import { extraction, TableBuilder } from '../helpers/records.js';

const NAMES = [
  'Penyediaan Alat Tulis Kantor',
  'Penyediaan Jasa Surat Menyurat',
  'Rapat Koordinasi PPLH',
  'Pemantauan Kualitas Udara',
  'Penyusunan SLHD',
  'Pengembangan Taman Kehati',
];
const PAGU = ['93.652.000', '9.900.000', '30.000.000', '500.000.000', '300.000.000', '600.000.000'];

/** Old-era kegiatan rows without codes, named as T-C.33 prints them. */
function tc33Part(tableRef: string, page: number, count = NAMES.length, pagu = PAGU): TableBuilder {
  const t = new TableBuilder('TC33', { tableRef, page });
  for (let i = 0; i < count; i++) t.row('kegiatan', null, { name: NAMES[i], pagu: pagu[i] });
  return t;
}

describe('splitReprints', () => {
  it('keeps a single part and a continuation that lists new rows', () => {
    const first = tc33Part('t4', 49);
    const cont = new TableBuilder('TC33', { tableRef: 't5', page: 60 });
    for (let i = 0; i < 6; i++) cont.row('kegiatan', null, { name: `Kegiatan baru ${i}`, pagu: '1.000' });
    const recs = [...first.records, ...cont.records];
    const { kept, reprints } = splitReprints(recs);
    expect(kept).toHaveLength(12);
    expect(reprints).toEqual([]);
  });

  it('sets aside a later part whose rows repeat the earlier printing (name without level word, same pagu)', () => {
    const first = tc33Part('t4', 49);
    const again = new TableBuilder('TC33', { tableRef: 't7', page: 109 });
    NAMES.forEach((n, i) => again.row('kegiatan', null, { name: i === 0 ? `Kegiatan ${n}` : n, pagu: PAGU[i] }));
    const { kept, reprints } = splitReprints([...first.records, ...again.records]);
    expect(kept.map((r) => r.tableRef)).toEqual(Array(6).fill('t4'));
    expect(reprints).toEqual([{ tableRef: 't7', pages: [109], rows: 6, repeated: 6, originalPages: [49] }]);
  });

  it('keeps a part that repeats names with other amounts (another unit listing the same kegiatan)', () => {
    const first = tc33Part('t4', 49);
    const other = tc33Part(
      't5',
      70,
      NAMES.length,
      PAGU.map(() => '1.000.000'),
    );
    expect(splitReprints([...first.records, ...other.records]).reprints).toEqual([]);
  });

  it(`does not judge parts with fewer than ${REPRINT_MIN_ROWS} comparable rows`, () => {
    const first = tc33Part('t4', 49);
    const frag = tc33Part('t5', 60, REPRINT_MIN_ROWS - 1);
    expect(splitReprints([...first.records, ...frag.records]).reprints).toEqual([]);
  });
});

describe('a table printed twice (DLH 2017: Tabel 3.1 again as an appended spreadsheet)', () => {
  const hasil = new TableBuilder('TC31.hasil', { page: 27 });
  NAMES.forEach((n, i) => hasil.row('kegiatan', null, { name: `Kegiatan ${n}`, pagu: PAGU[i] }));
  const ex = extraction({ tables: [hasil, tc33Part('t4', 49), tc33Part('t7', 109)] });

  it('reports no row missing: each T-C.31 row pairs with the first printing, the repeat is not compared', () => {
    const ctx = buildContext(ex);
    expect(ctx.tables.get('TC33')?.nodes).toHaveLength(6);
    expect(missingRow(ctx)).toEqual([]);
    expect(rollupMismatch(ctx)).toEqual([]);
  });

  it('says so once, as info', () => {
    const ds = duplicateCode(buildContext(ex));
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'info', field: 'table', rule: 'duplicate-code' });
    expect(ds[0].a.page).toBe(49);
    expect(ds[0].b?.page).toBe(109);
    expect(ds[0].message).toBe(
      'T-C.33 is printed a second time on page 109 (6 of its 6 rows repeat, with the same amounts, the rows on page 49); only the first printing is checked',
    );
  });
});
