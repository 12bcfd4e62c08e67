import { buildContext } from '../../../src/reconcile/context.js';
import { awalVsHasil } from '../../../src/reconcile/rules/awal-vs-hasil.js';
import { extraction, tc31Layout, TableBuilder, type RowOpts } from '../../helpers/records.js';

function run(awal: RowOpts, hasil: RowOpts) {
  const base: RowOpts = {
    name: 'Penyediaan Bahan Logistik Kantor',
    indikator: 'Jumlah Paket',
    target: '3 paket',
    pagu: '30.590.368',
  };
  const a = new TableBuilder('TC31.awal').row('sub_kegiatan', '7.01.01.2.06.0004', { ...base, ...awal });
  const h = new TableBuilder('TC31.hasil').row('sub_kegiatan', '7.01.01.2.06.0004', { ...base, ...hasil });
  return awalVsHasil(
    buildContext(
      extraction({ tables: [a, h], layouts: [tc31Layout(['name', 'lokasi', 'indikator', 'target', 'pagu'])] }),
    ),
  );
}

describe('awal-vs-hasil', () => {
  it('is silent when rancangan awal and hasil agree', () => {
    expect(run({}, {})).toEqual([]);
  });

  it('warns about an unexplained change of pagu and target', () => {
    const ds = run({}, { pagu: '30.990.368', target: '4 paket' });
    expect(ds.map((d) => `${d.severity} ${d.field}`)).toEqual(['warning pagu', 'warning target']);
    expect(ds[0].a.table).toBe('TC31.awal');
    expect(ds[0].b?.table).toBe('TC31.hasil');
    expect(ds[0].difference?.toFixed()).toBe('400000');
    expect(ds[0].message).toContain('no catatan penting explains it');
  });

  it('turns a change explained by the catatan into info', () => {
    const ds = run({}, { pagu: '30.990.368', catatan: 'penyesuaian harga' });
    expect(ds.map((d) => d.severity)).toEqual(['info']);
    expect(ds[0].message).toContain('catatan: "penyesuaian harga"');
  });

  it('compares names and indicators too, case-only differences as info', () => {
    expect(run({}, { name: 'Penyediaan Jasa Kebersihan' }).map((d) => `${d.severity} ${d.field}`)).toEqual([
      'warning name',
    ]);
    expect(run({}, { indikator: 'JUMLAH PAKET' }).map((d) => `${d.severity} ${d.field}`)).toEqual(['info indikator']);
  });
});
