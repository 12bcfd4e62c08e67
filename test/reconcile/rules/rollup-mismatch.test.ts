import { buildContext } from '../../../src/reconcile/context.js';
import { rollupMismatch } from '../../../src/reconcile/rules/rollup-mismatch.js';
import { extraction, layout, TableBuilder } from '../../helpers/records.js';

const run = (...t: TableBuilder[]) => rollupMismatch(buildContext(extraction({ tables: t })));
const brief = (ds: ReturnType<typeof run>) => ds.map((d) => `${d.severity} ${d.a.table} ${d.code} ${d.field}`);

describe('rollup-mismatch', () => {
  it('is silent when every parent is the sum of its children', () => {
    const t = new TableBuilder('T41')
      .program('7.01.01', '14.464.000')
      .kegiatan('7.01.01.2.01', '14.464.000')
      .sub('7.01.01.2.01.0001', '2.412.000')
      .sub('7.01.01.2.01.0002', '7.922.000')
      .sub('7.01.01.2.01.0003', '4.130.000');
    expect(run(t)).toEqual([]);
  });

  it('reports a kegiatan that is not the sum of its sub kegiatan, and the program above it', () => {
    const t = new TableBuilder('T41', { page: 3 })
      .program('7.01.01', '116.291.218')
      .kegiatan('7.01.01.2.06', '116.291.218')
      .sub('7.01.01.2.06.0001', '1.811.000')
      .sub('7.01.01.2.06.0004', '30.990.368');
    const ds = run(t);
    expect(brief(ds)).toEqual(['error T41 7.01.01.2.06 pagu']);
    expect(ds[0].a).toMatchObject({ table: 'T41', page: 3 });
    expect(ds[0].b?.value?.toString()).toBe('32801368');
    expect(ds[0].difference?.toFixed()).toBe('-83489850');
    expect(ds[0].message).toContain('its 2 sub kegiatan rows sum to Rp 32.801.368');
  });

  it('reports a nil parent over children with money, skips nil children and childless parents', () => {
    const t = new TableBuilder('TC31.awal')
      .program('7.01.01', '-')
      .kegiatan('7.01.01.2.05', '-')
      .sub('7.01.01.2.05.0006', '7.000.000')
      .sub('7.01.01.2.05.0007', '-')
      .kegiatan('7.01.01.2.07', '5.000')
      // Other parents of both levels print their amount: the form carries totals at these levels.
      .program('7.01.02', '1.000')
      .kegiatan('7.01.02.2.01', '1.000')
      .sub('7.01.02.2.01.0001', '1.000');
    const ds = run(t);
    expect(brief(ds)).toEqual(['error TC31.awal 7.01.01 pagu', 'error TC31.awal 7.01.01.2.05 pagu']);
    expect(ds[1].message).toContain('is blank but its 2 sub kegiatan rows sum to Rp 7.000.000');
  });

  it('does not report blank parents when no parent of that level prints an amount (program rows as headings)', () => {
    // Disnakertrans 2017 T-C.33: program rows print a name only; the kegiatan rows carry every amount.
    const t = new TableBuilder('TC33')
      .program('1.11.01', '-')
      .kegiatan('1.11.01.2.01', '180.000.000')
      .kegiatan('1.11.01.2.02', '50.000.000')
      .program('1.11.02', null)
      .kegiatan('1.11.02.2.01', '90.000.000')
      // A spreadsheet `0` in a heading row is no printed total either.
      .program('1.11.03', '0')
      .kegiatan('1.11.03.2.01', '77.000.000');
    expect(run(t)).toEqual([]);
  });

  it('sums the readable children when one cannot be read, and says "at least"', () => {
    const t = new TableBuilder('T41', { page: 4 })
      .kegiatan('7.01.01.2.01', '5.000.000')
      .sub('7.01.01.2.01.0001', '4.000.000')
      .sub('7.01.01.2.01.0002', '!51.300.00') // clipped: unreadable
      .sub('7.01.01.2.01.0003', '2.000.000')
      // the readable children stay within the parent: the unreadable one may make up the rest
      .kegiatan('7.01.01.2.02', '9.000.000')
      .sub('7.01.01.2.02.0001', '4.000.000')
      .sub('7.01.01.2.02.0002', '!387.87');
    const ds = run(t);
    expect(brief(ds)).toEqual(['error T41 7.01.01.2.01 pagu']);
    expect(ds[0].b?.value?.toString()).toBe('6000000');
    expect(ds[0].message).toContain('its 3 sub kegiatan rows sum to at least Rp 6.000.000 (1 unreadable');
  });

  it('does not check a parent whose children carry no amount at all', () => {
    const t = new TableBuilder('T41')
      .kegiatan('7.01.01.2.05', '5.000')
      .sub('7.01.01.2.05.0006', '-')
      .sub('7.01.01.2.05.0007', null);
    expect(run(t)).toEqual([]);
  });

  it('checks sub kegiatan against their aktivitas in T-C.33, for pagu and prakiraan maju', () => {
    const t = new TableBuilder('TC33')
      .sub('7.01.01.2.01.0001', '2.412.000', { paguMaju: '2.653.200' })
      .aktivitas('7.01.01.2.01.0001', 'Penyusunan Dokumen Renstra', '-', { paguMaju: '2.486.000' })
      .aktivitas('7.01.01.2.01.0001', 'Penyusunan Dokumen Renja PD', '1.362.000', { paguMaju: '1.498.200' })
      .aktivitas('7.01.01.2.01.0001', 'Penyusunan Dokumen Perubahan Renja PD', '1.050.000', { paguMaju: '1.155.000' });
    const ds = rollupMismatch(
      buildContext(extraction({ tables: [t], layouts: [layout('TC33', ['name', 'pagu', 'pagu_maju'])] })),
    );
    expect(brief(ds)).toEqual(['error TC33 7.01.01.2.01.0001 pagu_maju']);
    expect(ds[0].message).toContain('prakiraan maju');
  });

  it('places a sub kegiatan whose code names an absent kegiatan under the kegiatan printed above it', () => {
    const t = new TableBuilder('T41')
      .kegiatan('7.01.06.2.06', '40.950.000')
      .sub('7.01.06.2.01.0001', '1.800.000')
      .sub('7.01.06.2.01.0002', '39.150.000');
    expect(run(t)).toEqual([]);
  });

  it('says so when a rollup only works with a repeated row counted once', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.08', '3.000')
      .sub('7.01.01.2.08.0001', '1.000', { name: 'Surat' })
      .sub('7.01.01.2.08.0001', '1.000', { name: 'Surat' })
      .sub('7.01.01.2.08.0002', '2.000', { name: 'Listrik' });
    const ds = run(t);
    expect(brief(ds)).toEqual(['warning TC33 7.01.01.2.08 pagu']);
    expect(ds[0].message).toContain('matches only if the repeated row 7.01.01.2.08.0001 counted once');
  });

  it('counts distinct rows sharing a code and says so when the sum is off', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.03.2.01', '200')
      .sub('7.01.03.2.01.0002', '50', { name: 'Sinkronisasi' })
      .sub('7.01.03.2.01.0002', '100', { name: 'Peningkatan Efektifitas' });
    const ds = run(t);
    expect(brief(ds)).toEqual(['error TC33 7.01.03.2.01 pagu']);
    expect(ds[0].message).toContain('counts every row of duplicated code 7.01.03.2.01.0002');
  });
});

describe('rollup-mismatch in a thousands column', () => {
  const withUnit = (t: TableBuilder, moneyUnit: number) =>
    rollupMismatch(
      buildContext(extraction({ tables: [t], layouts: [{ ...layout('T41', ['name', 'pagu']), moneyUnit }] })),
    );
  const table = (programPagu: string) =>
    new TableBuilder('T41')
      .program('1.12.39', programPagu)
      .kegiatan('1.12.39.01', '498.455.000')
      .kegiatan('1.12.39.02', '4.814.602.000');

  it('reports a gap of a unit or two between the rounded parent and its rounded children as info', () => {
    const ds = withUnit(table('5.313.056.000'), 1000);
    expect(brief(ds)).toEqual(['info T41 1.12.39 pagu']);
    expect(ds[0].message).toContain('within rounding of amounts printed in units of Rp 1.000');
  });

  it('keeps larger gaps, and any gap in a full-Rupiah column, as errors', () => {
    expect(brief(withUnit(table('5.313.000.000'), 1000))).toEqual(['error T41 1.12.39 pagu']);
    expect(brief(withUnit(table('5.313.056.000'), 1))).toEqual(['error T41 1.12.39 pagu']);
  });
});

describe('rollup-mismatch in a second printing of a table', () => {
  it('checks the sums within a reprint too, which the comparisons between tables set aside', () => {
    const rows = (t: TableBuilder, kegiatan: string) =>
      t
        .row('program', null, { name: 'Program Kewirausahaan', pagu: '9.000.000' })
        .row('kegiatan', null, { name: 'Pembentukan Wirausaha Baru', pagu: kegiatan })
        .row('program', null, { name: 'Program Aparatur', pagu: '850.000' })
        .row('kegiatan', null, { name: 'Pendidikan dan Pelatihan', pagu: '850.000' })
        .row('program', null, { name: 'Program Promosi', pagu: '500.000' })
        .row('kegiatan', null, { name: 'Pameran', pagu: '500.000' });
    const first = rows(new TableBuilder('TC31.hasil', { page: 107, tableRef: 't1' }), '9.000.000');
    const reprint = rows(new TableBuilder('TC31.hasil', { page: 116, tableRef: 't2' }), '6.000.000');
    const ctx = buildContext(extraction({ tables: [first, reprint] }));
    expect(ctx.tables.get('TC31.hasil')?.reprints).toHaveLength(1);
    const ds = rollupMismatch(ctx);
    expect(ds.map((d) => [d.a.page, d.a.value?.toString(), d.b?.value?.toString()])).toEqual([
      [116, '9000000', '6000000'],
    ]);
  });
});
