import { captionTcNumber, classifyTable } from '../../src/renja/classify.js';
import { mapColumns } from '../../src/renja/columns.js';
import { makeTable } from '../helpers/tables.js';
import {
  T41_SEED_HEADER,
  TC29_SEED_HEADER,
  TC30_SEED_HEADER,
  TC31_OLD_HEADER,
  TC31_SEED_HEADER,
  TC32_SEED,
  TC33_OLD_ESDM_HEADER,
  TC33_OLD_KOMINFO_HEADER,
  TC33_SEED_HEADER,
  TC31_DISNAKERTRANS_HEADER,
} from '../helpers/renja-headers.js';

const row = (n: number, cells: Record<number, string>): string[] => Array.from({ length: n }, (_, i) => cells[i] ?? '');

describe('captionTcNumber: the inconsistent T-C spellings', () => {
  it.each([
    ['Tabel 2.6 T-C 31', 31],
    ['Tabel 7.6 T.C 32', 32],
    ['Tabel 3.3 T.C 33', 33],
    ['Tabel 2.1 TC.29', 29],
    ['Tabel T-C.30', 30],
    ['Tabel 3.1 Tujuan dan Indikator Tujuan Tahun 2024', null],
  ])('%s -> %s', (caption, n) => {
    expect(captionTcNumber(caption)).toBe(n);
  });
});

describe('classifyTable: caption and header words (Permendagri 86/2017 seed)', () => {
  it('T-C.33 from caption and header', () => {
    const t = makeTable([...TC33_SEED_HEADER, row(14, { 0: '7.1.1', 2: 'PROGRAM PENUNJANG', 9: '1.925.038.095' })], {
      headerRows: 3,
      captionLines: [
        'Tabel 3.3 T.C 33',
        'Rumusan Rencana Program Dan Kegiatan Perangkat Daerah Tahun 2024 Dan Prakiraan Maju Tahun 2025',
      ],
    });
    const c = classifyTable(t);
    expect(c.kind).toBe('TC33');
    expect(c.era).toBe('pmdn86-2017');
    expect(c.confidence).toBeGreaterThan(0.8);
    expect(c.reasons).toEqual(
      expect.arrayContaining(['caption names T-C.33', 'header: prakiraan maju + kebutuhan dana']),
    );
  });

  it('T-C.33 from the header alone when the caption is missing', () => {
    const rows = [...TC33_SEED_HEADER, row(14, { 0: '7.01.01.2.01', 9: '14.464.000' })];
    const bare = classifyTable(makeTable(rows, { headerRows: 3 }));
    const captioned = classifyTable(makeTable(rows, { headerRows: 3, captionLines: ['Tabel 3.3 T.C 33'] }));
    expect(bare.kind).toBe('TC33');
    expect(bare.reasons.some((r) => r.startsWith('caption'))).toBe(false);
    expect(bare.confidence).toBeGreaterThanOrEqual(0.35);
    expect(captioned.confidence).toBeGreaterThan(bare.confidence);
  });

  it('T-C.31 with `Tabel 2.6 T-C 31`', () => {
    const t = makeTable([...TC31_SEED_HEADER, row(12, { 0: '7.1.1' })], {
      headerRows: 3,
      captionLines: ['Tabel 2.6 T-C 31', 'Review terhadap Rancangan Awal RKPD Tahun 2024 Kabupaten Lumajang'],
    });
    expect(classifyTable(t)).toMatchObject({ kind: 'TC31', era: 'pmdn86-2017' });
  });

  it('T-C.29, T-C.30, T-C.32 and Tabel 4.1', () => {
    const tc29 = makeTable([...TC29_SEED_HEADER, row(15, { 0: '7', 1: '01', 2: '01', 3: '201' })], {
      headerRows: 2,
      captionLines: [
        'Tabel 2.1 TC.29',
        'Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s/d',
      ],
    });
    const tc30 = makeTable([...TC30_SEED_HEADER, row(13, { 0: '1', 1: 'Indeks Kepuasan Masyarakat' })], {
      headerRows: 3,
      captionLines: ['Tabel 2.2 TC.30', 'Pencapaian Kinerja Pelayanan Perangkat Daerah'],
    });
    const tc32 = makeTable(TC32_SEED, {
      headerRows: 2,
      captionLines: [
        'Tabel 7.6 T.C 32',
        'Usulan Program/Kegiatan/Sub Kegiatan dari Para Pemangku Kepentingan Kabupaten Lumajang Tahun 2023',
      ],
    });
    const t41 = makeTable([...T41_SEED_HEADER, row(6, { 0: '7.1.1', 5: '2.125.038.095' })], {
      headerRows: 2,
      captionLines: [
        'Tabel 4.1',
        'Indikator Kinerja dan Anggaran',
        'Perangkat Daerah Kecamatan Pasirian Kabupaten Lumajang Tahun',
        '2024',
      ],
    });
    expect(classifyTable(tc29).kind).toBe('TC29');
    expect(classifyTable(tc30).kind).toBe('TC30');
    expect(classifyTable(tc32).kind).toBe('TC32');
    expect(classifyTable(t41).kind).toBe('T41');
    // Tabel 4.1 by its header alone (no caption): kode..pagu indikatif and nothing else.
    const t41bare = makeTable([...T41_SEED_HEADER, row(6, { 0: '7.1.1' })], { headerRows: 2 });
    expect(classifyTable(t41bare).kind).toBe('T41');
  });

  it('T-C.30 in its short form: indikator, target, realisasi, capaian (Renja2016 p15); with programs it is not', () => {
    const short = makeTable(
      [
        ['No.', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
        ['1.', 'Tingkat keberhasilan pencapaian zero growth', '100%', '100%', '100%'],
      ],
      { headerRows: 1, captionLines: ['Tabel 2.2', 'Rekapitulasi Pencapaian Indikator Kinerja'] },
    );
    expect(classifyTable(short).kind).toBe('TC30');
    const withPrograms = makeTable(
      [
        ['No.', 'Program/Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
        ['1.', 'Program Pelayanan Administrasi', 'Persentase layanan', '100%', '100%', '100%'],
      ],
      { headerRows: 1 },
    );
    expect(classifyTable(withPrograms).kind).not.toBe('TC30');
  });

  it('other tables of the seed are OTHER (Tabel 3.1 Tujuan, Tabel 2.4 PATEN)', () => {
    const tujuan = makeTable(
      [
        ['No', 'Tujuan', 'Indikator Tujuan', 'Formulasi', 'Target Tahun 2024'],
        ['1', '2', '3', '4', '5'],
        ['1', 'Optimalnya penyelenggaraan reformasi birokrasi', 'Indeks Pelayanan Publik', 'Hasil', '60,5 (B-)'],
      ],
      { headerRows: 2, captionLines: ['Tabel 3.1 Tujuan dan Indikator Tujuan Tahun 2024'] },
    );
    const paten = makeTable(
      [
        ['No.', 'Jenis Dokumen', 'Jumlah dokumen yang di proses', '<', '<', '<'],
        ['^', '^', 'Tahun 2018', 'Tahun 2019', 'Tahun 2020', 'Tahun 2021'],
        ['1', 'KTP', '5.017', '2.921', '4.433', '5.744'],
        ['JUMLAH', '<', '12.195', '9.826', '8.872', '17.621'],
      ],
      {
        headerRows: 2,
        captionLines: ['Tabel 2.4', 'Rekapitulasi Pelayanan PATEN di Kecamatan Pasirian', 'Kabupaten Lumajang'],
      },
    );
    expect(classifyTable(tujuan).kind).toBe('OTHER');
    expect(classifyTable(paten).kind).toBe('OTHER');
  });
});

describe('classifyTable: Permendagri 54/2010 documents', () => {
  it('Tabel 2.3 Review terhadap Rancangan Awal RKPD -> TC31, old era', () => {
    const t = makeTable(
      [...TC31_OLD_HEADER, row(12, { 0: 'I', 1: 'Program Perencanaan Pengendalian dan Evaluasi Pembangunan Daerah' })],
      {
        headerRows: 3,
        captionLines: ['Tabel 2.3', 'Review terhadap Rancangan Awal RKPD Tahun 2017', 'Provinsi Jawa Barat'],
      },
    );
    const c = classifyTable(t);
    expect(c.kind).toBe('TC31');
    expect(c.era).toBe('pmdn54-2010');
    expect(c.confidence).toBeGreaterThan(0.8);
  });

  it('a review table that also prints Prakiraan Maju is T-C.31, not half T-C.33 (Disnakertrans 2017, caption cut off)', () => {
    const t = makeTable([...TC31_DISNAKERTRANS_HEADER, row(15, { 0: '29', 2: 'Program Perencanaan' })], {
      headerRows: 4,
      captionLines: ['Provinasi Jawa Barat', 'Nama OPD : Dinas Tenaga Kerja Dan Transmigrasi Provinsi Jawa Barat'],
    });
    const c = classifyTable(t);
    expect(c.kind).toBe('TC31');
    expect(c.confidence).toBe(0.6);
    expect(c.reasons.some((r) => /TC33|prakiraan maju/.test(r))).toBe(false);
  });

  it('Tabel 3.1 Rumusan Rencana Program (ESDM, 20 columns; Kominfo, split codes) -> TC33, old era', () => {
    const esdm = makeTable([...TC33_OLD_ESDM_HEADER, row(20, { 0: '1', 1: 'Sinergitas Perencanaan', 15: '380.000' })], {
      headerRows: 4,
      captionLines: [
        'TABEL 3.1',
        'Rumusan Rencana Program dan Kegiatan Dinas ESDM Tahun 2016 dan Prakiraan Maju Tahun 2017',
        'Provinsi Jawa Barat',
      ],
    });
    const kominfo = makeTable(
      [
        ...TC33_OLD_KOMINFO_HEADER,
        row(14, { 0: '1.25', 1: '01', 2: '02', 3: '53', 4: '01', 5: 'Kegiatan Layanan Pos Komersial' }),
      ],
      {
        headerRows: 2,
        captionLines: [
          'Tabel 3.1',
          'Rumusan Rencana Program dan Kegiatan Dinas Kominfo Tahun 2016',
          'Dan Prakiraaan Maju Tahun 2017',
        ],
      },
    );
    expect(classifyTable(esdm)).toMatchObject({ kind: 'TC33', era: 'pmdn54-2010' });
    expect(classifyTable(kominfo)).toMatchObject({ kind: 'TC33', era: 'pmdn54-2010' });
  });

  it('caption number alone does not decide: old Tabel 3.1 "Tujuan dan Sasaran" is OTHER', () => {
    const t = makeTable(
      [
        ['No', 'Tujuan', 'Sasaran', 'Indikator Sasaran', 'Target Kinerja Sasaran (%) Pada Tahun Ke', '<'],
        ['^', '^', '^', '^', '1', '2'],
        ['1', 'Meningkatkan Kemudahan', 'Tersedianya pangan', 'Ketersediaan Enegi', '2.200', '2.200'],
      ],
      { headerRows: 2, captionLines: ['Tabel 3.1.', 'Tujuan dan Sasaran Jangka Menengah Pelayanan OPD'] },
    );
    expect(classifyTable(t).kind).toBe('OTHER');
  });

  it('Tabel 3.2 "Rencana Pendanaan ... Menurut Sumber Dana" -> T41 (pagu by fund source)', () => {
    const t = makeTable(
      [
        ['No', 'Program/Kegiatan', 'Pagu Indikatif (Rp. 000)', '<', '<', '<'],
        ['^', '^', 'APBD Provinsi', 'APBN', 'Lainnya', 'Jumlah'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
        ['A.', 'Program Pelayanan Administrasi Perkantoran', '5.125', '-', '-', '5.125'],
      ],
      {
        headerRows: 3,
        captionLines: ['Tabel 3.2 Rencana Pendanaan Program dan Kegiatan SKPD Tahun 2017 Menurut Sumber Dana'],
      },
    );
    expect(classifyTable(t)).toMatchObject({ kind: 'T41', era: 'pmdn54-2010' });
  });
});

describe('classifyTable: the plan form recognised by its column groups, without a standard caption', () => {
  // Tabel 4.1 of a 2025 Renja: `SUB⏎KEGIATAN` glued by the line join, `PERKIRAAN MAJU` spelling, no `T-C` number.
  const header41 = [
    [
      'No',
      'PROGRAM/KEGIATAN/SUBKEGIATAN',
      'INDIKATOR',
      'RENCANA TAHUN 2025',
      '<',
      '<',
      'CATATANPENTING',
      'PERKIRAAN MAJU TAHUN 2026',
      '<',
      'SUMBERDANA',
    ],
    ['^', '^', '^', 'Lokasi', 'Target', 'Pagu Indikatif', '^', 'Target', 'Pagu Indikatif', '^'],
  ];
  const data41 = [
    ['I', 'PROGRAM PENGARUSUTAMAAN GENDER', 'Jumlah Lembaga', '', '56', '5.368.954.187', '', '59', '6.305.849.606', ''],
    [
      '1',
      'Koordinasi dan Sinkronisasi PUG',
      'Jumlah dokumen',
      'Medan',
      '10',
      '45.635.000',
      '',
      '11',
      '50.000.000',
      'APBD',
    ],
  ];

  it('Tabel 4.1 "Rencana Kerja Organisasi Perangkat Daerah" -> T41, new era, every column mapped', () => {
    const t = makeTable([...header41, ...data41], {
      headerRows: 2,
      captionLines: [
        'Tabel 4.1',
        'Rencana Kerja Organisasi Perangkat Daerah',
        'Dinas Pemberdayaan Perempuan',
        'Tahun 2025',
      ],
    });
    const c = classifyTable(t);
    expect(c).toMatchObject({ kind: 'T41', era: 'pmdn86-2017' });
    const m = mapColumns(t, c.kind);
    expect(m.columns).toMatchObject({
      name: 1,
      indikator: 2,
      lokasi: 3,
      target: 4,
      pagu: 5,
      catatan: 6,
      targetMaju: 7,
      paguMaju: 8,
      sumberDana: 9,
    });
  });

  it('the same form without any caption, or under a caption naming no table, is T-C.33', () => {
    expect(classifyTable(makeTable([...header41, ...data41], { headerRows: 2 })).kind).toBe('TC33');
    const sabil = makeTable(
      [
        [
          'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
          'Indikator Kinerja Program/Kegiatan',
          'Lokasi',
          'Rencana Tahun 2020',
          '<',
          '<',
          '<',
          'Prakiran Maju Rencana Tahun 2021',
          '<',
          'Ket',
        ],
        [
          '^',
          '^',
          '^',
          'Target Capaian Kinerja',
          'Kebutuhan Dana /Pagu Indikatif (Rp)',
          'Sumber Dana',
          'OPD',
          'Target Capaian Kinerja',
          'Kebutuhan Dana / Pagu Indikatif',
          '^',
        ],
        ['(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', ''],
        [
          'Pengelolaan Rumah Tangga PD',
          'Terpenuhinya kebutuhan',
          'Kota Bogor',
          '12 Bulan',
          'Rp\n2.676.141.000',
          'APBD',
          'Disperindag',
          '',
          '',
          '',
        ],
      ],
      {
        headerRows: 3,
        captionLines: ['Rencana Kerja Tahun 2020', 'RENCANA KERJA PERANGKAT DAERAH TAHUN 2020 DINAS PERINDUSTRIAN'],
      },
    );
    const c = classifyTable(sabil);
    expect(c.kind).toBe('TC33');
    expect(mapColumns(sabil, c.kind).columns).toMatchObject({ name: 0, pagu: 4, paguMaju: 8, targetMaju: 7 });
  });

  it('a Renstra table (targets and pagu for five years, no forward estimate) is neither T-C.33 nor Tabel 4.1', () => {
    const renstra = makeTable(
      [
        [
          'Kode',
          'Program dan Kegiatan',
          'Indikator Kinerja',
          'Target Kinerja Program dan Kerangka Pendanaan',
          '<',
          '<',
          '<',
        ],
        ['^', '^', '^', 'Tahun 2022 Target', 'Tahun 2022 Pagu (Rp)', 'Tahun 2023 Target', 'Tahun 2023 Pagu (Rp)'],
        ['1.01', 'Program Penunjang', 'Persentase', '100%', '1.000.000.000', '100%', '1.100.000.000'],
      ],
      { headerRows: 2, captionLines: ['Tabel 4.1', 'Rencana Program, Kegiatan dan Pendanaan'] },
    );
    expect(['TC33', 'T41']).not.toContain(classifyTable(renstra).kind);
  });
});
