import { buildContext } from '../../../src/reconcile/context.js';
import { valueMismatch } from '../../../src/reconcile/rules/value-mismatch.js';
import { extraction, layout, TableBuilder, type RowOpts } from '../../helpers/records.js';

const F33 = ['name', 'indikator', 'target', 'pagu', 'lokasi', 'sumber_dana'];
const F41 = ['name', 'indikator', 'target', 'pagu'];

function run(a: RowOpts, b: RowOpts, fa = F33, fb = F41) {
  const base: RowOpts = {
    name: 'Penyediaan Bahan Logistik Kantor',
    indikator: 'Jumlah Paket',
    target: '4 paket',
    pagu: '30.590.368',
  };
  const tc33 = new TableBuilder('TC33').row('sub_kegiatan', '7.01.01.2.06.0004', { ...base, ...a });
  const t41 = new TableBuilder('T41').row('sub_kegiatan', '7.01.01.2.06.0004', { ...base, ...b });
  return valueMismatch(
    buildContext(extraction({ tables: [tc33, t41], layouts: [layout('TC33', fa), layout('T41', fb)] })),
  );
}

const brief = (ds: ReturnType<typeof run>) => ds.map((d) => `${d.severity} ${d.field}`);

describe('value-mismatch', () => {
  it('is silent when the row agrees (spacing inside cells does not count)', () => {
    expect(run({ name: 'Penyediaan  Bahan Logistik Kantor ' }, {})).toEqual([]);
  });

  it('reports a pagu difference as an error with b − a', () => {
    const ds = run({}, { pagu: '30.990.368' });
    expect(brief(ds)).toEqual(['error pagu']);
    expect(ds[0].difference?.toFixed()).toBe('400000');
    expect(ds[0].message).toContain('Rp 30.590.368 vs Rp 30.990.368');
  });

  it('treats nil as zero: `-` vs 0 agrees, `-` vs an amount does not', () => {
    expect(run({ pagu: '-' }, { pagu: '0' })).toEqual([]);
    const ds = run({ pagu: '-' }, { pagu: '7.000.000' });
    expect(brief(ds)).toEqual(['error pagu']);
    expect(ds[0].a.value).toBeNull();
  });

  it('reports a target quantity difference as an error and a unit-only difference as a warning', () => {
    expect(brief(run({}, { target: '5 paket' }))).toEqual(['error target']);
    expect(brief(run({ target: '7 Lembaga Kemasyarakatan' }, { target: '7 Lembaga Masyarakat' }))).toEqual([
      'warning target',
    ]);
    expect(run({ target: '12 Orang/ 12 bulan' }, { target: '12 Orang / 12 bulan' })).toEqual([]);
  });

  it('grades text: case/spacing only is info, a real difference a warning', () => {
    expect(brief(run({}, { name: 'PENYEDIAAN BAHAN LOGISTIK KANTOR' }))).toEqual(['info name']);
    expect(brief(run({}, { name: 'Penyediaan Bahan Material' }))).toEqual(['warning name']);
    expect(brief(run({}, { indikator: 'Jumlah Paket yang Disediakan' }))).toEqual(['warning indikator']);
  });

  it('does not compare a field one form does not print, nor a blank cell', () => {
    expect(run({ lokasi: 'Kecamatan Pasirian' }, { lokasi: 'Desa Lain' })).toEqual([]); // T41 layout has no lokasi
    expect(run({ lokasi: '' }, { lokasi: 'Desa Lain' }, F33, [...F41, 'lokasi'])).toEqual([]);
    expect(brief(run({ lokasi: 'Kecamatan Pasirian' }, { lokasi: 'Desa Lain' }, F33, [...F41, 'lokasi']))).toEqual([
      'warning lokasi',
    ]);
  });

  it('compares indicator sets without regard to order', () => {
    const mk = (t: TableBuilder, order: [string, string, string][]) => {
      t.program('7.01.06', '40.950.000', { indikator: order[0][0], target: order[0][1] });
      order.slice(1).forEach(([i, tg]) => t.indicator('7.01.06', i, tg));
      return t;
    };
    const ind: [string, string, string][] = [
      ['RKPDes Tepat Waktu', '100%', ''],
      ['APBDes Tepat Waktu', '54,55%', ''],
      ['LPPDes Tepat Waktu', '100,00%', ''],
    ];
    const tc33 = mk(new TableBuilder('TC33'), ind);
    const t41 = mk(new TableBuilder('T41'), [ind[0], ind[2], ind[1]]);
    const lay = [layout('TC33', F33), layout('T41', F41)];
    expect(valueMismatch(buildContext(extraction({ tables: [tc33, t41], layouts: lay })))).toEqual([]);

    const t41b = mk(new TableBuilder('T41'), [ind[0], ['APBDes Tepat Waktu', '63,64%', ''], ind[2]]);
    const ds = valueMismatch(
      buildContext(extraction({ tables: [mk(new TableBuilder('TC33'), ind), t41b], layouts: lay })),
    );
    expect(brief(ds)).toEqual(['error target']);
    expect(ds[0].message).toContain('54,55% vs 63,64%');
    expect(ds[0].message).toContain('APBDes');

    const t41c = mk(new TableBuilder('T41'), [ind[0], ind[1]]);
    const ds2 = valueMismatch(
      buildContext(extraction({ tables: [mk(new TableBuilder('TC33'), ind), t41c], layouts: lay })),
    );
    expect(brief(ds2)).toEqual(['warning indikator']);
    expect(ds2[0].message).toContain('LPPDes Tepat Waktu" only in T-C.33');
  });

  it('compares all three pairs: T-C.31 hasil with Tabel 4.1 and with T-C.33', () => {
    const hasil = new TableBuilder('TC31.hasil').sub('7.01.01.2.01.0001', '2.412.000');
    const tc33 = new TableBuilder('TC33').sub('7.01.01.2.01.0001', '2.412.000');
    const t41 = new TableBuilder('T41').sub('7.01.01.2.01.0001', '2.500.000');
    const ds = valueMismatch(buildContext(extraction({ tables: [hasil, tc33, t41] })));
    expect(ds.map((d) => `${d.a.table}>${d.b?.table}`).sort()).toEqual(['TC31.hasil>T41', 'TC33>T41']);
  });
});

describe('value-mismatch on forms that differ (Disnakertrans 2015 T-C.31 vs T-C.33)', () => {
  const thousands = (t: 'TC31.hasil' | 'TC33', f: string[]) => ({
    ...layout(t, f),
    tableRef: t === 'TC33' ? 'TC33' : 'TC31',
    moneyUnit: 1000,
  });

  function twoTables(hasilProgram: string | null, hasilKegiatan: string, tc33Kegiatan: string, unit = 1000) {
    const hasil = new TableBuilder('TC31.hasil')
      .program('1.12.39', hasilProgram, { name: 'Program Peningkatan Kualitas Tenaga Kerja' })
      .kegiatan('1.12.39.01', hasilKegiatan, { name: 'Pelatihan Berbasis Kompetensi' })
      .kegiatan('1.12.39.02', '100.000', { name: 'Uji Kompetensi' });
    const tc33 = new TableBuilder('TC33')
      .program('1.12.39', '4.914.601.000', { name: 'Program Peningkatan Kualitas Tenaga Kerja' })
      .kegiatan('1.12.39.01', tc33Kegiatan, { name: 'Pelatihan Berbasis Kompetensi' })
      .kegiatan('1.12.39.02', '100.000', { name: 'Uji Kompetensi' });
    const layouts = [thousands('TC31.hasil', ['name', 'pagu']), thousands('TC33', ['name', 'pagu'])].map((l) => ({
      ...l,
      moneyUnit: unit,
    }));
    return valueMismatch(buildContext(extraction({ tables: [hasil, tc33], layouts })));
  }

  it('does not compare a blank program row of a table that prints amounts only on its kegiatan', () => {
    expect(twoTables(null, '4.814.601.000', '4.814.601.000')).toEqual([]);
  });

  it('compares a program printed in one table with the sum of its kegiatan in the table that prints none', () => {
    // 2._RENJA_2016: Tabel 2.4 gives the program 9.700.000 (no kegiatan); Tabel 3.3 prints it as a heading over
    // kegiatan adding up to 10.300.000
    const hasil = new TableBuilder('TC31.hasil')
      .program('1.12.39', '9.700.000', { name: 'Program Peningkatan Kualitas Tenaga Kerja' })
      .program('1.12.40', '500.000', { name: 'Program Perluasan Kerja' })
      .kegiatan('1.12.40.01', '500.000', { name: 'Bursa Kerja' });
    const tc33 = new TableBuilder('TC33')
      .program('1.12.39', null, { name: 'Program Peningkatan Kualitas Tenaga Kerja' })
      .kegiatan('1.12.39.01', '10.000.000', { name: 'Pelatihan Berbasis Kompetensi' })
      .kegiatan('1.12.39.02', '300.000', { name: 'Uji Kompetensi' })
      .program('1.12.40', null, { name: 'Program Perluasan Kerja' })
      .kegiatan('1.12.40.01', '500.000', { name: 'Bursa Kerja' });
    const layouts = [thousands('TC31.hasil', ['name', 'pagu']), thousands('TC33', ['name', 'pagu'])];
    const ds = valueMismatch(buildContext(extraction({ tables: [hasil, tc33], layouts })));
    expect(ds.map((d) => [d.severity, d.code, d.a.value?.toString(), d.b?.value?.toString()])).toEqual([
      ['error', '1.12.39', '9700000', '10300000'],
    ]);
    expect(ds[0].message).toContain('(sum of its 2 kegiatan rows) (the program row of T-C.33 prints no amount)');
  });

  it('still reports a blank row at a level where the table does print amounts', () => {
    expect(brief(twoTables('4.914.601.000', '-', '4.814.601.000'))).toEqual(['error pagu']);
  });

  it('reports a one-unit gap in a thousands column as rounding (info), a larger one as an error', () => {
    const r = twoTables(null, '4.814.601.000', '4.814.602.000');
    expect(brief(r)).toEqual(['info pagu']);
    expect(r[0].message).toContain('within rounding of amounts printed in units of Rp 1.000');
    expect(brief(twoTables(null, '4.814.601.000', '4.814.603.000'))).toEqual(['error pagu']);
    expect(brief(twoTables(null, '4.814.601.000', '4.814.602.000', 1))).toEqual(['error pagu']);
  });
});

describe('value-mismatch: names', () => {
  it('ignores a level word one table prints before the name (`Kegiatan Penyediaan ...`)', () => {
    expect(run({ name: 'Kegiatan Penyediaan Bahan Logistik Kantor' }, {})).toEqual([]);
    expect(brief(run({ name: 'Kegiatan Penyediaan Bahan Material' }, {}))).toEqual(['warning name']);
  });
});

describe('value-mismatch with a pagu split by fund source', () => {
  it('is info when the other table prints the one source that matches (APBD part vs APBD + APBN total)', () => {
    const ds = run({ pagu: '3.310.000' }, { pagu: '3.800.000', paguParts: { apbdProv: '3.310.000', apbn: '490.000' } });
    expect(brief(ds)).toEqual(['info pagu']);
    expect(ds[0].message).toContain('APBD Provinsi part');
  });

  it('is still an error when no source matches', () => {
    const ds = run({ pagu: '3.300.000' }, { pagu: '3.800.000', paguParts: { apbdProv: '3.310.000', apbn: '490.000' } });
    expect(brief(ds)).toEqual(['error pagu']);
  });
});
