import { buildContext } from '../../../src/reconcile/context.js';
import { missingRow } from '../../../src/reconcile/rules/missing-row.js';
import { extraction, TableBuilder } from '../../helpers/records.js';

const run = (...t: TableBuilder[]) => missingRow(buildContext(extraction({ tables: t })));

describe('missing-row', () => {
  it('is silent when both tables list the same rows (aktivitas of T-C.33 are not compared)', () => {
    const tc33 = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.01', '2.412.000')
      .sub('7.01.01.2.01.0001', '2.412.000')
      .aktivitas('7.01.01.2.01.0001', 'Penyusunan Renja', '2.412.000');
    const t41 = new TableBuilder('T41').kegiatan('7.01.01.2.01', '2.412.000').sub('7.01.01.2.01.0001', '2.412.000');
    expect(run(tc33, t41)).toEqual([]);
  });

  it('reports a row missing in either direction; error with money, warning without', () => {
    const tc33 = new TableBuilder('TC33', { page: 4 })
      .kegiatan('7.01.01.2.09', '47.000')
      .sub('7.01.01.2.09.0002', '47.000')
      .sub('7.01.01.2.09.0011', '-');
    const t41 = new TableBuilder('T41', { page: 8 })
      .kegiatan('7.01.01.2.09', '47.000')
      .sub('7.01.01.2.09.0002', '47.000')
      .sub('7.01.01.2.09.0009', '200.000.000', { name: 'Rehabilitasi Gedung' })
      .sub('7.01.01.2.09.0010', '-');
    const ds = run(tc33, t41);
    const brief = ds.map((d) => `${d.severity} ${d.code} ${d.a.page === null ? 'a-absent' : 'b-absent'}`);
    expect(brief).toEqual([
      'warning 7.01.01.2.09.0011 b-absent',
      'error 7.01.01.2.09.0009 a-absent',
      'warning 7.01.01.2.09.0010 a-absent',
    ]);
    const d = ds[1];
    expect(d.a.table).toBe('TC33');
    expect(d.b).toMatchObject({ table: 'T41', page: 8, code: '7.01.01.2.09.0009' });
    expect(d.message).toBe(
      'sub kegiatan 7.01.01.2.09.0009 Rehabilitasi Gedung (pagu Rp 200.000.000) is in Tabel 4.1 but missing from T-C.33',
    );
  });

  it('folds a missing kegiatan and its sub kegiatan into one finding, error when a child carries money', () => {
    const tc33 = new TableBuilder('TC33')
      .program('7.01.01', '10')
      .kegiatan('7.01.01.2.01', '10')
      .sub('7.01.01.2.01.0001', '10');
    const t41 = new TableBuilder('T41')
      .program('7.01.01', '10')
      .kegiatan('7.01.01.2.01', '10')
      .sub('7.01.01.2.01.0001', '10')
      .kegiatan('7.01.01.2.05', '-')
      .sub('7.01.01.2.05.0006', '7.000.000')
      .sub('7.01.01.2.05.0007', '-');
    const ds = run(tc33, t41);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'error', code: '7.01.01.2.05' });
    expect(ds[0].message).toContain('(with 2 rows under it)');
  });

  it('compares only levels both tables list', () => {
    const tc33 = new TableBuilder('TC33')
      .program('7.01.01', '10')
      .kegiatan('7.01.01.2.01', '10')
      .sub('7.01.01.2.01.0001', '10');
    const t41 = new TableBuilder('T41').program('7.01.01', '10').kegiatan('7.01.01.2.01', '10');
    expect(run(tc33, t41)).toEqual([]);
  });

  it('matches old-era rows without codes by normalized name within their parent', () => {
    const a = new TableBuilder('TC33')
      .row('program', null, { name: 'Program Pelayanan Administrasi Perkantoran', pagu: '30' })
      .row('kegiatan', null, { name: 'Penyediaan Jasa Surat Menyurat', pagu: '10' })
      .row('kegiatan', null, { name: 'Penyediaan Alat Tulis Kantor', pagu: '20' });
    const b = new TableBuilder('T41')
      .row('program', null, { name: 'PROGRAM PELAYANAN ADMINISTRASI  PERKANTORAN', pagu: '30' })
      .row('kegiatan', null, { name: 'penyediaan jasa surat menyurat', pagu: '10' })
      .row('kegiatan', null, { name: 'Penyediaan Makanan dan Minuman', pagu: '20' });
    const ds = run(a, b);
    expect(ds.map((d) => d.a.name || d.b?.name)).toEqual([
      'Penyediaan Alat Tulis Kantor',
      'Penyediaan Makanan dan Minuman',
    ]);
  });
});

describe('missing-row: tables listing different levels above a row', () => {
  it('pairs rows without codes by level and name when one table prints an urusan (or program) row the other lacks', () => {
    // Disnakertrans 2017: T-C.33 prints `1 URUSAN Ketenagakerjaan` above its programs, T-C.31 does not;
    // DLH 2017: the review table writes `Kegiatan Pemantauan ...` where T-C.33 writes `Pemantauan ...`.
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Perencanaan Pembangunan Daerah' })
      .row('kegiatan', null, { name: 'Kegiatan Forum OPD', pagu: '150.000.000' })
      .row('kegiatan', null, { name: 'Monitoring RTKP', pagu: '100.000.000' });
    const tc33 = new TableBuilder('TC33')
      .row('urusan', '1', { name: 'URUSAN Ketenagakerjaan' })
      .row('program', null, { name: 'Program Perencanaan Pembangunan Daerah' })
      .row('kegiatan', null, { name: 'Forum OPD', pagu: '150.000.000' })
      .row('kegiatan', null, { name: 'Monitoring RTKP', pagu: '100.000.000' })
      .row('kegiatan', null, { name: 'Rapat Koordinasi', pagu: '50.000.000' });
    const ds = run(tc31, tc33);
    expect(ds.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^kegiatan Rapat Koordinasi \(pagu Rp 50\.000\.000\) is in T-C\.33 but missing from T-C\.31 \(hasil analisis\)/,
      ),
    ]);
  });

  it('does not pair same-named rows whose codes differ', () => {
    const a = new TableBuilder('TC33').kegiatan('1.01.01.2.01', '5.000', { name: 'Rapat' });
    const b = new TableBuilder('T41').kegiatan('1.01.01.2.02', '5.000', { name: 'Rapat' });
    expect(run(a, b)).toHaveLength(2);
  });
});

describe('missing-row: rows printed under two names are one row, not two missing ones', () => {
  it('pairs a row whose name was copied from the row above when number, parent and amount agree', () => {
    // Renja 2016 (Kesbangpol): kegiatan 24, Rp 101.327.000, in both tables; T-C.33 prints kegiatan 22's name on it.
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Peningkatan Kapasitas Kelembagaan', pagu: '201.327.000' })
      .row('kegiatan', null, { codePrinted: '22', name: 'Pemeliharaan Sarana Kantor', pagu: '100.000.000' })
      .row('kegiatan', null, { codePrinted: '24', name: 'Perencanaan, Evaluasi, dan Pelaporan', pagu: '101.327.000' });
    const tc33 = new TableBuilder('TC33')
      .row('program', null, { name: 'Program Peningkatan Kapasitas Kelembagaan', pagu: '201.327.000' })
      .row('kegiatan', null, { codePrinted: '22', name: 'Pemeliharaan Sarana Kantor', pagu: '100.000.000' })
      .row('kegiatan', null, { codePrinted: '24', name: 'Pemeliharaan Sarana Kantor', pagu: '101.327.000' });
    expect(run(tc31, tc33)).toEqual([]);
  });

  it('takes the number printed before the name when the table has no number column', () => {
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program X', pagu: '101.327.000' })
      .row('kegiatan', null, { codePrinted: '24', name: 'Perencanaan, Evaluasi, dan Pelaporan', pagu: '101.327.000' });
    const tc33 = new TableBuilder('TC33')
      .row('program', null, { name: 'Program X', pagu: '101.327.000' })
      .row('kegiatan', null, { name: '24 Pemeliharaan Sarana Kantor', pagu: '101.327.000' });
    expect(run(tc31, tc33)).toEqual([]);
  });

  it('does not pair two different kegiatan of equal budget without the same printed number', () => {
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program A', pagu: '20' })
      .row('kegiatan', null, { codePrinted: '3', name: 'Penyediaan Alat Tulis Kantor', pagu: '20' });
    const tc33 = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A', pagu: '20' })
      .row('kegiatan', null, { codePrinted: '4', name: 'Penyediaan Makanan dan Minuman', pagu: '20' });
    expect(run(tc31, tc33)).toHaveLength(2);
  });

  it('reads an abbreviation as the words it spells (BPK = Balai Pelatihan Ketenagakerjaan)', () => {
    // Disnakertrans 2015: 459.477 vs 459.478 (Rp 000): paired, so the Rp 1.000 difference is a value-mismatch.
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Pelayanan Administrasi Perkantoran' })
      .row('kegiatan', null, {
        name: 'Penyelenggaraan administrasi perkantoran Balai Pelatihan Ketenagakerjaan Bekasi',
        pagu: '459.477.000',
      });
    const tc33 = new TableBuilder('TC33')
      .row('program', null, { name: 'Program Pelayanan Administrasi Perkantoran' })
      .row('kegiatan', null, { name: 'Penyelenggaraan Administrasi Perkantoran BPK Bekasi', pagu: '459.478.000' });
    expect(run(tc31, tc33)).toEqual([]);
  });
});

describe('missing-row: rows listed in other detail under one paired parent', () => {
  // 2._RENJA_2016: the review table gives each program with one grouped kegiatan row (`01 s/d 07`) or none;
  // the plan table lists every kegiatan. The difference is one of listing, not a dozen missing rows.
  const tc33 = new TableBuilder('TC33')
    .row('program', null, { name: 'Program Pelayanan Administrasi Perkantoran' })
    .row('kegiatan', null, { codePrinted: '01', name: 'Penyediaan Alat Tulis', pagu: '100' })
    .row('kegiatan', null, { codePrinted: '02', name: 'Penyediaan Jasa Kebersihan', pagu: '200' })
    .row('kegiatan', null, { codePrinted: '03', name: 'Rapat Koordinasi', pagu: '300' })
    .row('program', null, { name: 'Program Pengembangan Ekspor' })
    .row('kegiatan', null, { codePrinted: '01', name: 'Pelatihan Ekspor untuk Pemula', pagu: '150' })
    .row('kegiatan', null, { codePrinted: '02', name: 'Forum Kinerja Ekspor', pagu: '200' });

  it('one grouped row against three in detail, or the program alone with its amount: one info each', () => {
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Pelayanan Administrasi Perkantoran', pagu: '600' })
      .row('kegiatan', null, { codePrinted: '01 s/d 03', name: 'Kegiatan Pelayanan Administrasi', pagu: '600' })
      .row('program', null, { name: 'Program Pengembangan Ekspor', pagu: '350' });
    const ds = run(tc31, tc33);
    expect(ds.map((d) => [d.severity, d.field])).toEqual([
      ['info', 'rows'],
      ['info', 'rows'],
    ]);
    expect(ds[0].message).toBe(
      'the rows under program Program Pelayanan Administrasi Perkantoran are listed in other detail: ' +
        'T-C.31 (hasil analisis) 1 kegiatan row (Rp 600), T-C.33 3 kegiatan rows (Rp 600), none alike; ' +
        'compared at program level only',
    );
    expect(ds[1].message).toContain('T-C.31 (hasil analisis) no rows, T-C.33 2 kegiatan rows (Rp 350)');
  });

  it('one row naming two rows (bullets) with their sum is a grouping; one row that only took a sibling amount is not', () => {
    const detail = new TableBuilder('TC33')
      .row('program', null, { name: 'Program Perencanaan Pembangunan', pagu: '397.800' })
      .row('kegiatan', null, { codePrinted: '01', name: 'Rapat Koordinasi Industri dan Perdagangan', pagu: '187.200' })
      .row('kegiatan', null, { codePrinted: '02', name: 'Forum Organisasi Perangkat Daerah (OPD)', pagu: '210.600' });
    const bulleted = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Perencanaan Pembangunan', pagu: '397.800' })
      .row('kegiatan', null, {
        name: '\uf0b7 Rapat Koordinasi Industri dan Perdaganga n \uf0b7 Forum Organisasi Perangkat Daerah (OPD)',
        pagu: '397.800',
      });
    expect(run(bulleted, detail).map((d) => d.severity)).toEqual(['info']);
    const absorbed = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Perencanaan Pembangunan', pagu: '397.800' })
      .row('kegiatan', null, { name: 'Koordinasi Perencanaan Industri', pagu: '397.800' });
    expect(run(absorbed, detail).filter((d) => d.severity === 'error')).toHaveLength(3);
  });

  it('a program printed without amount and without its kegiatan still lacks them', () => {
    const tc31 = new TableBuilder('TC31.hasil')
      .row('program', null, { name: 'Program Pelayanan Administrasi Perkantoran', pagu: '600' })
      .row('kegiatan', null, { codePrinted: '01 s/d 03', name: 'Kegiatan Pelayanan Administrasi', pagu: '600' })
      .row('program', null, { name: 'Program Pengembangan Ekspor' });
    const ds = run(tc31, tc33);
    expect(ds.filter((d) => d.severity === 'error').map((d) => d.message.split(' (')[0])).toEqual([
      'kegiatan Pelatihan Ekspor untuk Pemula',
      'kegiatan Forum Kinerja Ekspor',
    ]);
  });
});
