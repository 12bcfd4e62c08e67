import { buildContext } from '../../../src/reconcile/context.js';
import { duplicateCode } from '../../../src/reconcile/rules/duplicate-code.js';
import { extraction, TableBuilder } from '../../helpers/records.js';

const run = (t: TableBuilder) => duplicateCode(buildContext(extraction({ tables: [t] })));

describe('duplicate-code', () => {
  it('is silent when codes are unique (indicator rows of a program do not count)', () => {
    const t = new TableBuilder('T41')
      .program('7.01.06', '10', { indikator: 'RKPDes', target: '100%' })
      .indicator('7.01.06', 'APBDes', '54,55%')
      .indicator('7.01.06', 'LPPDes', '100%')
      .kegiatan('7.01.06.2.06', '10');
    expect(run(t)).toEqual([]);
  });

  it('reports a code printed twice and what differs', () => {
    const t = new TableBuilder('TC31.hasil', { page: 6 })
      .kegiatan('7.01.03.2.01', '173.266.000')
      .sub('7.01.03.2.01.0002', '6.833.750', { name: 'Sinkronisasi Program Kerja' })
      .sub('7.01.03.2.01.0002', '166.432.100', { name: 'Peningkatan Efektifitas Kegiatan', page: 7 });
    const ds = run(t);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      rule: 'duplicate-code',
      severity: 'warning',
      code: '7.01.03.2.01.0002',
      field: 'code',
    });
    expect(ds[0].a.page).toBe(6);
    expect(ds[0].b?.page).toBe(7);
    expect(ds[0].message).toContain('pages 6 and 7');
    expect(ds[0].message).toContain('name "Sinkronisasi Program Kerja" / "Peningkatan Efektifitas Kegiatan"');
    expect(ds[0].message).toContain('pagu Rp 6.833.750 / Rp 166.432.100');
  });

  it('calls identical repeats what they are', () => {
    const t = new TableBuilder('TC33')
      .sub('7.01.01.2.08.0001', '1.000', { name: 'Surat' })
      .sub('7.01.01.2.08.0001', '1.000', { name: 'Surat' });
    expect(run(t)[0].message).toContain('identical rows');
  });
});

describe('duplicate-code: numbers of rows without codes', () => {
  const runDup = (t: TableBuilder) => duplicateCode(buildContext(extraction({ tables: [t] })));

  it('reports a structured number printed on different rows (renja 2024 Tabel 1: II.1.1 three times)', () => {
    const t = new TableBuilder('TC33', { page: 12 })
      .row('kegiatan', null, { codePrinted: 'II.1', name: 'Pelembagaan PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.1.1', name: 'Koordinasi PUG', pagu: '84.635.000' })
      .row('sub_kegiatan', null, { codePrinted: 'II.1.1', name: 'Advokasi PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.1.1', name: 'Penyusunan Profil Gender', pagu: '41.552.000' })
      .row('sub_kegiatan', null, { codePrinted: 'II.1.2', name: 'Sosialisasi PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.2.1', name: 'Pendampingan Lembaga' })
      .row('sub_kegiatan', null, { codePrinted: 'II.2.2', name: 'Forum Anak' })
      .row('sub_kegiatan', null, { codePrinted: 'II.2.3', name: 'Data Gender' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.1', name: 'Pelatihan Gender' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.2', name: 'Monitoring PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.3', name: 'Evaluasi PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.4', name: 'Pelaporan PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.5', name: 'Rapat PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.6', name: 'Publikasi PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.7', name: 'Survei PUG' })
      .row('sub_kegiatan', null, { codePrinted: 'II.3.8', name: 'Bimtek PUG' });
    const ds = runDup(t).filter((d) => d.field === 'number');
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('3 different sub kegiatan rows II.1.1');
  });

  it('reports a plain number reused where the numbering runs on across programs, not where it restarts', () => {
    const runsOn = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A' })
      .row('kegiatan', null, { codePrinted: '66', name: 'Kegiatan X' })
      .row('kegiatan', null, { codePrinted: '67', name: 'Kegiatan Y' })
      .row('program', null, { name: 'Program B' })
      .row('kegiatan', null, { codePrinted: '68', name: 'Kegiatan Z' })
      .row('kegiatan', null, { codePrinted: '69', name: 'Kegiatan V' })
      .row('kegiatan', null, { codePrinted: '70', name: 'Kegiatan U' })
      .row('kegiatan', null, { codePrinted: '71', name: 'Kegiatan T' })
      .row('program', null, { name: 'Program C' })
      .row('kegiatan', null, { codePrinted: '67', name: 'Kegiatan W' })
      .row('kegiatan', null, { codePrinted: '72', name: 'Kegiatan S' })
      .row('kegiatan', null, { codePrinted: '73', name: 'Kegiatan R' })
      .row('kegiatan', null, { codePrinted: '74', name: 'Kegiatan Q' });
    expect(runDup(runsOn).filter((d) => d.field === 'number')).toHaveLength(1);
    const restarts = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A' })
      .row('kegiatan', null, { codePrinted: '1', name: 'Kegiatan X' })
      .row('kegiatan', null, { codePrinted: '2', name: 'Kegiatan Y' })
      .row('program', null, { name: 'Program B' })
      .row('kegiatan', null, { codePrinted: '1', name: 'Kegiatan Z' })
      .row('program', null, { name: 'Program C' })
      .row('kegiatan', null, { codePrinted: '1', name: 'Kegiatan W' });
    expect(runDup(restarts).filter((d) => d.field === 'number')).toEqual([]);
  });
});

describe('duplicate-code: a numbering that steps back once', () => {
  it('is one finding for the run of reused numbers (renja 2025 Tabel 4.1: 1..64, then 50..58 again)', () => {
    const t = new TableBuilder('T41');
    const subs = (from: number, to: number, prefix: string) => {
      for (let n = from; n <= to; n++) t.row('sub_kegiatan', null, { codePrinted: String(n), name: `${prefix} ${n}` });
    };
    ['A', 'B', 'C', 'D'].forEach((k, i) => {
      t.row('kegiatan', null, { codePrinted: String(i + 1), name: `Kegiatan ${k}` });
      subs(i * 4 + 1, i * 4 + 4, `Layanan ${k}`);
    });
    t.row('kegiatan', null, { codePrinted: '5', name: 'Kegiatan E' });
    subs(9, 12, 'Administrasi');
    const ds = duplicateCode(buildContext(extraction({ tables: [t] }))).filter((d) => d.field === 'number');
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toBe(
      'Tabel 4.1 numbering of sub kegiatan rows steps back from 16 to 9 on page 1: numbers 9-12 each name two ' +
        'different rows (4 rows, e.g. "Administrasi 9")',
    );
  });
});

describe('duplicate-code: a number column repeating the parent number', () => {
  it('is no row numbering (Disnakertrans 2015 T-C.33 prints the program number 29 on each of its kegiatan)', () => {
    const t = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A' })
      .row('kegiatan', null, { codePrinted: '28', name: 'Kegiatan P' })
      .row('program', null, { name: 'Program B' })
      .row('kegiatan', null, { codePrinted: '29', name: 'Kegiatan X' })
      .row('kegiatan', null, { codePrinted: '29', name: 'Kegiatan Y' })
      .row('kegiatan', null, { codePrinted: '29', name: 'Kegiatan Z' })
      .row('program', null, { name: 'Program C' })
      .row('kegiatan', null, { codePrinted: '30', name: 'Kegiatan W' });
    expect(duplicateCode(buildContext(extraction({ tables: [t] }))).filter((d) => d.field === 'number')).toEqual([]);
  });
});
