import { buildContext } from '../../../src/reconcile/context.js';
import { nomenclature } from '../../../src/reconcile/rules/nomenclature.js';
import type { Extraction } from '../../../src/renja/schema.js';
import { extraction, layout, TableBuilder } from '../../helpers/records.js';

const withYear = (x: Extraction, year: number | null): Extraction => ({
  ...x,
  planYear: { year, decidedBy: 'test', votes: [], labels: [] },
});

const run = (tables: TableBuilder[], year: number | null = 2024, nomenklatur?: string) =>
  nomenclature(buildContext(withYear(extraction({ tables }), year), { nomenklatur }));

/** The official names quoted below are those of Kepmendagri 900.1.15.5-1317/2023 (kabupaten/kota list). */
describe('nomenclature', () => {
  it('is silent when codes and names are the official ones', () => {
    const t = new TableBuilder('TC33')
      .program('7.01.01', '1', { name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA' })
      .kegiatan('7.01.01.2.05', '1', { name: 'Administrasi Kepegawaian Perangkat Daerah' })
      .sub('7.01.01.2.05.0002', '1', { name: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya' });
    expect(run([t])).toEqual([]);
  });

  it('a code under another name: warning with the official name and the code the printed name belongs to', () => {
    const t = new TableBuilder('TC31.awal', { page: 27 })
      .kegiatan('7.01.01.2.05', '1', { name: 'Administrasi Kepegawaian Perangkat Daerah' })
      .sub('7.01.01.2.05.0006', '1', {
        name: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
        codePrinted: '7.01.01.2.05.06',
      });
    const ds = run([t]);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      rule: 'nomenclature',
      severity: 'warning',
      code: '7.01.01.2.05.0006',
      field: 'name',
      a: { table: 'TC31.awal', page: 27, value: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya' },
    });
    expect(ds[0].message).toContain('"Pemulangan Pegawai yang Pensiun"');
    expect(ds[0].message).toContain('7.01.01.2.05.0002');
  });

  it('punctuation, case, spacing and accepted spellings are info, not warnings', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.01', '1', { name: 'Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat daerah' })
      .sub('7.01.01.2.01.0002', '1', { name: 'Koordinasi dan Penyusunan Dokumen RKA - SKPD' })
      .program('7.01.04', '1', { name: 'PROGRAM KOORDINASI KETENTERAMAN DAN KETERTIBAN UMUM' });
    const ds = run([t]);
    expect(ds.map((d) => [d.code, d.severity, d.field])).toEqual([
      ['7.01.01.2.01', 'info', 'name'],
      ['7.01.01.2.01.0002', 'info', 'name'],
      ['7.01.04', 'info', 'name'],
    ]);
  });

  it('words that differ are warnings (a typo, a missing word, another word)', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.02', '1', { name: 'Administrasi Keuangan Perangkat Daerah' })
      .sub('7.01.01.2.02.0008', '1', { name: 'Penyusunan Pelaporan dan Analisis Pronosis Realisasi Anggaran' })
      .sub('7.01.01.2.02.0005', '1', { name: 'Koordinasi dan Penyusunan Laporan Akhir Tahun SKPD' });
    const ds = run([t]);
    expect(ds.map((d) => [d.code, d.severity])).toEqual([
      ['7.01.01.2.02.0008', 'warning'],
      ['7.01.01.2.02.0005', 'warning'],
    ]);
    expect(ds[0].message).toContain('Prognosis');
    expect(ds[1].message).toContain('Laporan Keuangan Akhir Tahun SKPD');
  });

  it('an unknown code is an error naming the official code whose name matches; its children get a parent finding', () => {
    const name = 'Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa';
    const t = new TableBuilder('T41', { page: 59 })
      .program('7.01.06', '1', { name: 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA' })
      .kegiatan('7.01.06.2.06', '1', { name })
      .sub('7.01.06.2.01.0001', '1', { name: 'Fasilitasi Penyusunan Program dan Kegiatan Pembangunan Desa' })
      .sub('7.01.06.2.01.0002', '1', { name: 'Fasilitasi Penyusunan Program dan Kegiatan Pembangunan Desa' });
    const ds = run([t]);
    const unknown = ds.find((d) => d.field === 'code');
    expect(unknown).toMatchObject({ severity: 'error', code: '7.01.06.2.06', a: { table: 'T41', page: 59 } });
    expect(unknown!.message).toContain('kegiatan 7.01.06.2.01');
    const parent = ds.filter((d) => d.field === 'parent');
    expect(parent).toHaveLength(1); // both children under one wrong parent: one finding
    expect(parent[0]).toMatchObject({ severity: 'warning', code: '7.01.06.2.01.0001' });
    expect(parent[0].message).toContain('7.01.06.2.01.0001, 7.01.06.2.01.0002');
    expect(parent[0].message).toContain('induk resminya kegiatan 7.01.06.2.01');
  });

  it('one finding per code and printed name, however many tables print it', () => {
    const mk = (id: 'TC33' | 'T41', page: number) =>
      new TableBuilder(id, { page }).sub('7.01.01.2.02.0008', '1', {
        name: 'Penyusunan Pelaporan dan Analisis Pronosis Realisasi Anggaran',
      });
    const ds = run([mk('TC33', 44), mk('T41', 55)]);
    expect(ds).toHaveLength(1);
    expect(ds[0].a).toMatchObject({ table: 'TC33', page: 44 });
    expect(ds[0].message).toContain('Tabel 4.1 hlm. 55');
  });

  it('a provinsi code in a kabupaten/kota document, and a Setda/DPRD-only kegiatan in another bidang', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.01', '1', { name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah' })
      .kegiatan('7.01.01.2.02', '1', { name: 'Administrasi Keuangan Perangkat Daerah' })
      .kegiatan('7.01.01.1.03', '1', { name: 'Administrasi Barang Milik Daerah pada Perangkat Daerah' })
      .kegiatan('7.01.01.2.12', '1', { name: 'Fasilitasi Kerumahtanggaan Sekretariat Daerah' })
      .kegiatan('4.01.01.2.12', '1', { name: 'Fasilitasi Kerumahtanggaan Sekretariat Daerah' });
    const ds = run([t]);
    expect(ds.map((d) => [d.code, d.severity, d.field])).toEqual([
      ['7.01.01.1.03', 'error', 'code'],
      ['7.01.01.2.12', 'error', 'code'],
    ]);
    expect(ds[0].message).toContain('daftar provinsi di dokumen kabupaten/kota');
    expect(ds[1].message).toContain('Sekretariat Daerah (4.01)');
  });

  it('a sub kegiatan target unit other than the official satuan is info', () => {
    const t = new TableBuilder('TC33').sub('7.01.01.2.05.0002', '1', {
      name: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
      target: '20 Stel',
    });
    const ds = run([t]);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'info', field: 'target_unit', a: { value: 'Stel' } });
    expect(ds[0].message).toContain('"Paket"');
    const same = new TableBuilder('TC33').sub('7.01.01.2.05.0002', '1', {
      name: 'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
      target: '2 paket',
    });
    expect(run([same])).toEqual([]);
  });

  it('the version follows the plan year; --nomenklatur overrides it', () => {
    // 7.01.01.2.09.0011 is new in the SIPD 2027 update (Pemeliharaan/Rehabilitasi ...); unknown in 2023
    const code = '7.01.01.2.01.0001';
    const t = () =>
      new TableBuilder('TC33').sub(code, '1', { name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah' });
    expect(run([t()], 2024)).toEqual([]);
    expect(run([t()], 2027)).toEqual([]);
    expect(run([t()], 2024, 'sipd-2027')).toEqual([]);
  });

  it('a plan year without a version, and old-era codes, say once that codes were not checked', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.99', '1', { name: 'Tidak Ada' })
      .kegiatan('7.01.01.2.98', '1', { name: 'Tidak Ada Juga' });
    const ds = run([t], 2019);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'info', field: 'nomenklatur', code: null });
    expect(ds[0].message).toContain('tahun rencana 2019');

    const old = new TableBuilder('TC33', { tableRef: 'old' })
      .program('1.20.05.15', '1', { name: 'Program Pelayanan Administrasi Perkantoran' })
      .kegiatan('1.20.05.15.01', '1', { name: 'Penyediaan Jasa Surat Menyurat' })
      .kegiatan('1.20.05.15.02', '1', { name: 'Penyediaan Jasa Komunikasi' });
    const x = extraction({
      tables: [old],
      layouts: [{ ...layout('TC33', ['name']), tableRef: 'old', era: 'pmdn54-2010' }],
    });
    const ds2 = nomenclature(buildContext(withYear(x, 2016)));
    expect(ds2).toHaveLength(1);
    expect(ds2[0].message).toContain('Permendagri 13/2006');
  });

  it('a document that prints no codes (its own numbering) says so once', () => {
    const t = new TableBuilder('T41')
      .row('program', null, { name: 'PROGRAM PENGARUSUTAMAAN GENDER DAN PEMBERDAYAAN PEREMPUAN', codePrinted: 'I' })
      .row('kegiatan', null, { name: 'Pelembagaan Pengarusutamaan Gender', codePrinted: '1' });
    const ds = run([t], 2025);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ severity: 'info', field: 'nomenklatur', a: { table: 'T41' } });
    expect(ds[0].message).toContain('tidak mencetak kode');
    expect(run([new TableBuilder('T41').total('1')])).toEqual([]);
  });

  it('without a plan year, the version that knows most codes, else nothing checked', () => {
    const t = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.02', '1', { name: 'Administrasi Keuangan Perangkat Daerah' })
      .sub('7.01.01.2.02.0008', '1', { name: 'Penyusunan Pelaporan dan Analisis Pronosis Realisasi Anggaran' });
    const guessed = run([t], null);
    expect(guessed.map((d) => [d.severity, d.code])).toEqual([
      ['info', null],
      ['warning', '7.01.01.2.02.0008'],
    ]);
    expect(guessed[0].message).toContain('tahun rencana tidak terbaca; versi 2023 mengenal 100 % kode');
    expect(run([t], null, '2023').map((d) => d.code)).toEqual(['7.01.01.2.02.0008']);
    const bad = new TableBuilder('TC33').kegiatan('7.01.09.2.07', '1').kegiatan('7.01.08.2.07', '1');
    const ds = run([bad], null);
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('tahun rencana tidak terbaca');
  });
});
