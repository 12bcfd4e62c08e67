import { Decimal } from 'decimal.js';
import { classifyTable } from '../../src/renja/classify.js';
import { analyzeHeader, mapColumns } from '../../src/renja/columns.js';
import { buildRecords } from '../../src/renja/records.js';
import { RenjaRecordSchema, type RenjaRecord } from '../../src/renja/schema.js';
import type { Table } from '../../src/tables/model.js';
import { makeTable, COL_WIDTH } from '../helpers/tables.js';
import {
  T41_SEED_HEADER,
  TC29_SEED_HEADER,
  TC31_OLD_HEADER,
  TC31_SEED_HEADER,
  TC32_SEED,
  TC33_OLD_ESDM_HEADER,
  TC33_SEED_HEADER,
  TC31_DISNAKERTRANS_HEADER,
} from '../helpers/renja-headers.js';

function records(t: Table): RenjaRecord[] {
  const header = analyzeHeader(t);
  const classification = classifyTable(t, header);
  const layout = mapColumns(t, classification.kind, header);
  const out = buildRecords(t, { doc: 'seed', classification, layout, header });
  for (const r of out) RenjaRecordSchema.parse(r);
  return out;
}
const money = (r: RenjaRecord | undefined): string | null | undefined =>
  r?.pagu === null ? undefined : r?.pagu.value === null ? null : r?.pagu.value.toFixed();
const kinds = (r: RenjaRecord): string[] => r.warnings.map((w) => w.kind);

describe('Tabel 4.1 (seed rows)', () => {
  const lokasi = 'Kecamatan Pasirian';
  const t = makeTable(
    [
      ...T41_SEED_HEADER,
      [
        '7.1.3',
        'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
        lokasi,
        'Rata-rata persentase fasilitasi pemberdayaan masyarakat',
        '100%',
        '615.113.750',
      ],
      [
        '7.01.03.2.01',
        'Koordinasi Kegiatan Pemberdayaan Desa',
        lokasi,
        'Persentase fasilitasi kegiatan pemberdayaan masyarakat desa',
        '100%',
        '132.166.250',
      ],
      [
        '7.01.03.2.01.01',
        'Peningkatan Partisipasi Masyarakat Dalam Forum Musyawarah Perencanaan Pembangunan di Desa',
        lokasi,
        'Jumlah Lembaga Masyarakat yang Berpartisipasi',
        '7 Lembaga Masyarakat',
        '1.650.000',
      ],
      [
        '7.01.03.2.01.02',
        'Sinkronisasi Program Kerja dan Kegiatan Pemberdayaan Masyarakat',
        lokasi,
        'Jumlah Dokumen Sinkronisasi Program Kerja',
        '1 dokumen',
        '7.358.750',
      ],
      [
        '7.01.03.2.01.02',
        'Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan',
        lokasi,
        'Jumlah Laporan Peningkatan Efektivitas',
        '7 Laporan',
        '123.157.500',
      ],
      [
        '7.01.06',
        'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
        lokasi,
        'Persentase Desa yang menetapkan RKPDes Tepat Waktu',
        '100%',
        '40.950.000',
      ],
      ['', '', '', 'Persentase Desa yang menetapkan APBDes Tepat Waktu', '54,55 %', ''],
      ['', '', '', 'Persentase Desa yang menetapkan LPPDes Tepat Waktu', '100,0 0%', ''],
      [
        '7.01.05.2.01.08',
        'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan',
        lokasi,
        'Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan',
        '12 doku men',
        '7.200.000',
      ],
      ['TOTAL', '<', '<', '<', '<', '2.830.445.095'],
    ],
    { headerRows: 2, page: 90, rowsPerPage: 6, captionLines: ['Tabel 4.1', 'Indikator Kinerja dan Anggaran'] },
  );
  const rs = records(t);

  it('reads codes, levels and Decimal pagu', () => {
    expect(rs.map((r) => [r.code, r.level, money(r)])).toEqual([
      ['7.01.03', 'program', '615113750'],
      ['7.01.03.2.01', 'kegiatan', '132166250'],
      ['7.01.03.2.01.0001', 'sub_kegiatan', '1650000'],
      ['7.01.03.2.01.0002', 'sub_kegiatan', '7358750'],
      ['7.01.03.2.01.0002', 'sub_kegiatan', '123157500'], // the seed's duplicate code: kept, not merged
      ['7.01.06', 'program', '40950000'],
      [null, 'indicator', null],
      [null, 'indicator', null],
      ['7.01.05.2.01.0008', 'sub_kegiatan', '7200000'],
      [null, 'total', '2830445095'],
    ]);
    expect(rs[0].pagu?.value).toBeInstanceOf(Decimal);
    expect(rs.every((r) => r.table === 'T41' && r.side === null)).toBe(true);
  });

  it('keeps the printed code and the fields', () => {
    expect(rs[0]).toMatchObject({ codePrinted: '7.1.3', lokasi, target: { qty: new Decimal(100), percent: true } });
    expect(rs[2].target).toMatchObject({ raw: '7 Lembaga Masyarakat', unit: 'Lembaga Masyarakat' });
    expect(rs[2].target?.qty?.toFixed()).toBe('7');
  });

  it('indicator continuation rows belong to the program above', () => {
    expect(rs[6]).toMatchObject({
      parentCode: '7.01.06',
      indikator: 'Persentase Desa yang menetapkan APBDes Tepat Waktu',
      name: '',
    });
    expect(rs[6].target?.qty?.toFixed()).toBe('54.55');
    expect(rs[7].parentCode).toBe('7.01.06');
    expect(rs[5].parentCode).toBeNull();
  });

  it('records page and cell box of each value, across pages', () => {
    expect(rs[0].page).toBe(90);
    expect(rs[8].page).toBe(91);
    expect(rs[8].refs.pagu).toEqual({ page: 91, bbox: expect.objectContaining({ x0: 30 + 5 * COL_WIDTH }) as unknown });
    expect(Object.keys(rs[0].refs).sort()).toEqual(['code', 'indikator', 'lokasi', 'name', 'pagu', 'target']);
    expect(rs[0].pages).toEqual([90, 91]);
    expect(rs.map((r) => r.rowIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('T-C.33 (seed 14-column variant)', () => {
  const L = 'Kecamatan Pasirian';
  const r14 = (cells: Record<number, string>): string[] => Array.from({ length: 14 }, (_, i) => cells[i] ?? '');
  const t = makeTable(
    [
      ...TC33_SEED_HEADER,
      r14({
        0: '7.01.01.2.01.0001',
        1: 'Tersusunnya Dokumen Perencanaan Perangkat Daerah',
        2: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
        3: 'Jumlah dokumen perencanaan perangkat daerah',
        4: 'Jumlah Dokumen Perencanaan Perangkat Daerah',
        8: '2 dokumen',
        9: '2.412.000',
        10: 'DAU',
        12: '2 dokumen',
        13: '2.653.200',
      }),
      r14({ 5: 'Penyusunan Dokumen Renstra 2026-2031', 6: '-', 7: L, 8: '-', 13: '2.486.000' }),
      r14({ 5: 'Penyusunan Dokumen Renja PD', 6: '1', 7: L, 9: '1.362.000', 13: '1.498.200' }),
      r14({
        0: '7.01.06',
        1: 'Terpenuhinya Program Pembinaan Dan Pengawasan Pemerintahan Desa',
        2: 'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
        3: 'Persentase Desa yang menetapkan RKPDes Tepat Waktu',
        6: '1',
        7: L,
        8: '100%',
        9: '40.950.000',
        10: 'DAU',
        12: '95%',
        13: '45.045.000',
      }),
      r14({
        3: 'Persentase Desa yang menetapkan APBDes Tepat Waktu',
        4: 'Jumlah desa yang menetapkan APBDes tepat waktu dibagi Jumlah desa x 100',
        8: '54,55%',
        12: '63,64%',
      }),
      r14({
        0: '7.01.06.2.01.0001',
        1: 'Terlaksananya Penyusunan Peraturan Desa dan Peraturan Kepala Desa',
        2: 'Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa',
        3: 'Jumlah Dokumen yang Difasilitasi',
        8: '11 dokumen',
        12: '11 dokumen',
      }),
      r14({ 5: 'Pendampingan penyusunan RKP Des', 6: '1', 7: L, 9: '1.800.000', 13: '1.980.000' }),
      r14({ 0: 'JUMLAH', 9: '2.630.445.095', 13: '2.893.489.605' }),
    ],
    { headerRows: 3, page: 70, captionLines: ['Tabel 3.3 T.C 33'] },
  );
  const rs = records(t);

  it('levels: sub kegiatan, aktivitas under it, program, indicator row, total', () => {
    expect(rs.map((r) => [r.level, r.code, r.parentCode])).toEqual([
      ['sub_kegiatan', '7.01.01.2.01.0001', null],
      ['aktivitas', null, '7.01.01.2.01.0001'],
      ['aktivitas', null, '7.01.01.2.01.0001'],
      ['program', '7.01.06', null],
      ['indicator', null, '7.01.06'],
      ['sub_kegiatan', '7.01.06.2.01.0001', null],
      ['aktivitas', null, '7.01.06.2.01.0001'],
      ['total', null, null],
    ]);
  });

  it('money now and prakiraan maju, sumber dana, blank pagu kept as null', () => {
    expect(rs[0]).toMatchObject({ name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', sumberDana: 'DAU' });
    expect(money(rs[0])).toBe('2412000');
    expect(rs[0].paguMaju?.value?.toFixed()).toBe('2653200');
    expect(rs[0].targetMaju?.raw).toBe('2 dokumen');
    // aktivitas printed with no pagu this year, only the prakiraan maju
    expect(rs[1]).toMatchObject({
      name: 'Penyusunan Dokumen Renstra 2026-2031',
      lokasi: L,
      pagu: { value: null, raw: '' },
    });
    expect(rs[1].paguMaju?.value?.toFixed()).toBe('2486000');
    expect(money(rs[2])).toBe('1362000');
    // 7.01.06.2.01.0001: the seed leaves its pagu blank although its aktivitas has 1.800.000
    expect(rs[5].pagu).toEqual({ value: null, raw: '' });
    expect(money(rs[6])).toBe('1800000');
    expect(money(rs[7])).toBe('2630445095');
    expect(rs[7].paguMaju?.value?.toFixed()).toBe('2893489605');
    expect(rs[4].target?.qty?.toFixed()).toBe('54.55');
  });

  it('has no warnings on clean rows', () => {
    expect(rs[0].warnings).toEqual([]);
    expect(rs[1].warnings).toEqual([]);
  });
});

describe('T-C.31 (seed rows): two records per row', () => {
  const L = 'Kecamatan Pasirian';
  const t = makeTable(
    [
      ...TC31_SEED_HEADER,
      [
        '7.01.01.2.05',
        'Administrasi Kepegawaian Perangkat Daerah',
        '',
        'Persentase Fasilitas Administrasi Kepegawaian Perangkat Daerah',
        '100%',
        '-',
        'Administrasi Kepegawaian Perangkat Daerah',
        L,
        'Persentase Fasilitas Administrasi Kepegawaian Perangkat Daerah',
        '100%',
        '7.000.000',
        '',
      ],
      [
        '7.01.01.2.01.0 3',
        'Koordinasi dan Penyusunan Dokumen Perubahan RKA/SKPD',
        L,
        'Jumlah Dokumen Perubahan RKA-SKPD',
        '2 Dokumen',
        '1.730.000',
        'Koordinasi dan Penyusunan Dokumen Perubahan RKA/SKPD',
        L,
        'Jumlah Dokumen Perubahan RKA-SKPD',
        '2 Dokumen',
        '1.730.000',
        '',
      ],
      [
        '7.01.06',
        'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
        L,
        'Persentase Desa yang menetapkan RKPDes Tepat Waktu',
        '100%',
        '81.241.300',
        'PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA',
        L,
        'Persentase Desa yang menetapkan RKPDes Tepat Waktu',
        '100%',
        '85.381.300',
        '',
      ],
      [
        '',
        '',
        '',
        'Persentase Desa yang menetapkan APBDes Tepat Waktu',
        '54,55%',
        '',
        '',
        '',
        'Persentase Desa yang menetapkan APBDes Tepat Waktu',
        '54,55%',
        '',
        '',
      ],
      ['TOTAL', '', '', '', '', '3.041.763.122', 'TOTAL', '', '', '', '2.590.652.870', ''],
    ],
    {
      headerRows: 3,
      page: 40,
      captionLines: ['Tabel 2.6 T-C 31', 'Review terhadap Rancangan Awal RKPD Tahun 2024 Kabupaten Lumajang'],
    },
  );
  const rs = records(t);

  it('gives awal and hasil records with their table ids', () => {
    expect(rs.map((r) => [r.table, r.side, r.level, r.code, money(r)])).toEqual([
      ['TC31.awal', 'awal', 'kegiatan', '7.01.01.2.05', null],
      ['TC31.hasil', 'hasil', 'kegiatan', '7.01.01.2.05', '7000000'],
      ['TC31.awal', 'awal', 'sub_kegiatan', '7.01.01.2.01.0003', '1730000'],
      ['TC31.hasil', 'hasil', 'sub_kegiatan', '7.01.01.2.01.0003', '1730000'],
      ['TC31.awal', 'awal', 'program', '7.01.06', '81241300'],
      ['TC31.hasil', 'hasil', 'program', '7.01.06', '85381300'],
      ['TC31.awal', 'awal', 'indicator', null, null],
      ['TC31.hasil', 'hasil', 'indicator', null, null],
      ['TC31.awal', 'awal', 'total', null, '3041763122'],
      ['TC31.hasil', 'hasil', 'total', null, '2590652870'],
    ]);
  });

  it('keeps the dash as printed, the empty awal lokasi, and the wrapped-code warning', () => {
    expect(rs[0].pagu).toEqual({ value: null, raw: '-' });
    expect(rs[0].lokasi).toBe('');
    expect(rs[1].lokasi).toBe(L);
    expect(rs[2].codePrinted).toBe('7.01.01.2.01.0 3');
    expect(kinds(rs[2])).toContain('code-wrapped');
    expect(rs[6].parentCode).toBe('7.01.06');
    expect(rs[1].refs.pagu.bbox.x0).toBe(30 + 10 * COL_WIDTH);
    expect(rs[0].refs.pagu.bbox.x0).toBe(30 + 5 * COL_WIDTH);
  });
});

describe('T-C.29 (seed): code split over five columns', () => {
  const r15 = (cells: Record<number, string>): string[] => Array.from({ length: 15 }, (_, i) => cells[i] ?? '');
  const t = makeTable(
    [
      ...TC29_SEED_HEADER,
      r15({
        0: '7',
        1: '1',
        2: '2',
        5: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
        6: 'Persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP',
        7: '95 %',
      }),
      r15({
        0: '7',
        1: '01',
        2: '01',
        3: '201',
        4: '03',
        5: 'Koordinasi dan Penyusunan Dokumen Perubahan RKA- SKPD',
        6: 'Jumlah Dokumen Perubahan RKA-SKPD',
        7: '4 dokumen',
      }),
      r15({
        0: '7',
        1: '01',
        2: '01',
        3: '2.09',
        4: '02',
        5: 'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas',
        6: 'Jumlah Kendaraan Dinas',
        7: '7 unit',
      }),
      r15({
        0: '7',
        1: '01',
        2: '01',
        3: '201',
        5: 'Administrasi Keuangan Perangkat daerah',
        6: 'Persentase fasilitasi Administrasi Keuangan',
        7: '100 %',
      }),
    ],
    { headerRows: 2, captionLines: ['Tabel 2.1 TC.29'] },
  );
  const rs = records(t);

  it('joins the code columns and flags `2.09`', () => {
    expect(rs.map((r) => [r.code, r.level, r.codePrinted])).toEqual([
      ['7.01.02', 'program', '7 1 2'],
      ['7.01.01.2.01.0003', 'sub_kegiatan', '7 01 01 201 03'],
      ['7.01.01.2.09.0002', 'sub_kegiatan', '7 01 01 2.09 02'],
      ['7.01.01.2.01', 'kegiatan', '7 01 01 201'],
    ]);
    expect(kinds(rs[2])).toContain('code-odd-format');
    expect(rs[2].warnings.every((w) => w.field === 'code')).toBe(true);
    expect(rs[1].target?.raw).toBe('4 dokumen');
    expect(rs.every((r) => r.pagu === null)).toBe(true);
  });
});

describe('T-C.32 NIHIL gives no records', () => {
  it('skips the NIHIL row', () => {
    const t = makeTable(TC32_SEED, { headerRows: 2, captionLines: ['Tabel 7.6 T.C 32'] });
    expect(records(t)).toEqual([]);
  });
});

describe('T-C.32 proposals are a flat list', () => {
  it('upper-case proposal names are not programs (BAB II Renja 2016: PEMBINAAN SENI BUDAYA, GELAR SENI)', () => {
    const header = [
      ['No', 'Pengusul', 'Program/Kegiatan', 'Lokasi', 'Total (Rp)'],
      ['1', '2', '3', '4', '5'],
    ];
    const t = makeTable(
      [
        ...header,
        // unnumbered, as printed there: only letter case could make a heading of a row
        ['', 'DPRD', 'PEMBINAAN SENI BUDAYA SUNDA', 'Kab. Garut', '150.000.000'],
        ['', 'DPRD', 'Bantuan sarana sanggar seni', 'Kab. Garut', '50.000.000'],
        ['', 'Masyarakat', 'GELAR SENI DAN BUDAYA V', 'Kota Bandung', '100.000.000'],
      ],
      { headerRows: 2, captionLines: ['Tabel 2.7 Usulan Program dan Kegiatan dari Para Pemangku Kepentingan'] },
    );
    const rs = records(t);
    expect(rs.map((r) => r.tableKind)).toEqual(['TC32', 'TC32', 'TC32']);
    expect(rs.map((r) => r.level)).toEqual(['kegiatan', 'kegiatan', 'kegiatan']);
  });
});

describe('Permendagri 54/2010 rows without codes', () => {
  it('Tabel 2.3 review: roman-numbered programs, numbered kegiatan, `,00` cents', () => {
    const t = makeTable(
      [
        ...TC31_OLD_HEADER,
        [
          'I',
          'Program Perencanaan Pengendalian dan Evaluasi Pembangunan Daerah',
          'Wilayah I',
          '',
          '',
          '',
          'Program Perencanaan Pengendalian dan Evaluasi Pembangunan Daerah',
          'Wilayah I',
          '',
          '',
          '',
          '',
        ],
        [
          '1',
          'Forum BKPP Tahun 2017',
          'Kab./Kota di Wilayah I',
          'Tingkat Kesesuaian Antara Perencanaan dengan Implementasi',
          '95%',
          '100.000.000,00',
          'Forum BKPP Tahun 2017',
          'Kab./Kota di Wilayah I',
          'Tingkat Kesesuaian Antara Perencanaan dengan Implementasi',
          '95%',
          '200.000.000,00',
          '',
        ],
        [
          '25',
          'Jabar Tolak Kekerasan',
          'Kab./Kota di Wilayah I',
          '',
          '',
          '200.000.000',
          'Jabar Tolak Kekerasan',
          'Kab./Kota di Wilayah I',
          '',
          '',
          '',
          '',
        ],
      ],
      { headerRows: 3, captionLines: ['Tabel 2.3', 'Review terhadap Rancangan Awal RKPD Tahun 2017'] },
    );
    const rs = records(t);
    expect(rs.map((r) => [r.side, r.level, r.code, r.codePrinted, money(r)])).toEqual([
      ['awal', 'program', null, 'I', null],
      ['hasil', 'program', null, 'I', null],
      ['awal', 'kegiatan', null, '1', '100000000'],
      ['hasil', 'kegiatan', null, '1', '200000000'],
      ['awal', 'kegiatan', null, '25', '200000000'],
      ['hasil', 'kegiatan', null, '25', null],
    ]);
    expect(rs.every((r) => kinds(r).includes('level-guessed'))).toBe(true);
  });

  it('ESDM Tabel 3.1: Total column in thousands, fund-source parts kept as refs', () => {
    const r20 = (cells: Record<number, string>): string[] => Array.from({ length: 20 }, (_, i) => cells[i] ?? '');
    const t = makeTable(
      [
        ...TC33_OLD_ESDM_HEADER,
        r20({ 1: 'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah' }),
        r20({
          0: '1',
          1: 'Sinergitas Perencanaan Pembangunan Sektor Energi dan Sumber Daya Mineral Jawa Barat',
          4: 'DKI Jakarta; Kab. Bandung',
          5: 'Tingkat Kesesuaian antara Perencanaan dengan Implementasi',
          6: '95.00 persen',
          11: '0',
          12: '380.000',
          13: '0',
          14: '0',
          15: '380.000',
          16: '418.000',
          17: 'Dinas Energi dan Sumber Daya Mineral',
        }),
      ],
      {
        headerRows: 4,
        captionLines: [
          'TABEL 3.1',
          'Rumusan Rencana Program dan Kegiatan Dinas ESDM Tahun 2016 dan Prakiraan Maju Tahun 2017',
        ],
      },
    );
    const rs = records(t);
    expect(rs.map((r) => [r.level, r.codePrinted, money(r)])).toEqual([
      ['program', '', null],
      ['kegiatan', '1', '380000000'],
    ]);
    expect(rs[1].paguMaju?.value?.toFixed()).toBe('418000000');
    expect(rs[1].catatan).toBe('Dinas Energi dan Sumber Daya Mineral');
    expect(Object.keys(rs[1].refs)).toEqual(expect.arrayContaining(['pagu', 'pagu.apbdProv', 'paguMaju']));
  });

  it('BKP 2016 Tabel 3.1: uncoded rows under a program named by its words are kegiatan, not programs', () => {
    const r20 = (cells: Record<number, string>): string[] => Array.from({ length: 20 }, (_, i) => cells[i] ?? '');
    const t = makeTable(
      [
        ...TC33_OLD_ESDM_HEADER,
        r20({ 0: '1.13', 1: 'Ketahanan Pangan' }),
        r20({ 1: 'Program Peningkatan Ketahanan Pangan' }),
        r20({ 1: 'Lingkungan bebas rawan pangan', 15: '2.484.750' }),
        r20({ 1: 'Percepatan Penganekaragaman Konsumsi Pangan (P2KP)', 15: '1.715.000' }),
        r20({ 1: 'Program Pelayanan Administrasi Perkantoran' }),
        r20({ 1: 'Penyelenggaraan administrasi perkantoran BKPD', 15: '1.500.000' }),
      ],
      { headerRows: 4, captionLines: ['TABEL 3.1', 'Rumusan Rencana Program dan Kegiatan Tahun 2016'] },
    );
    expect(records(t).map((r) => r.level)).toEqual([
      'bidang',
      'program',
      'kegiatan',
      'kegiatan',
      'program',
      'kegiatan',
    ]);
  });

  it('BKP-style pagu split with no Total column: the parts are summed', () => {
    const t = makeTable(
      [
        [
          'Kode',
          'Urusan/Bidang Urusan Pemerintahan Daerah Dan Program/Kegiatan',
          'Indikator Kinerja Program /Kegiatan',
          'Lokasi',
          'Target Capaian Kinerja',
          'Kebutuhan Dana/ Pagu Indikatif',
          '<',
          '<',
          'Prakiraan Maju Rencana Tahun 2017',
          '<',
        ],
        [
          '^',
          '^',
          '^',
          '^',
          '^',
          'APBD Provinsi',
          'APBN',
          'Dana Lainnya',
          'Target Capaian Kinerja',
          'Kebutuhan Dana/Pagu Indikatif',
        ],
        [
          '01',
          'Penguatan Peran dan Fungsi Forum-forum Mitra Strategis',
          'Meningkatnya koordinasi',
          'Kab/Kota di Jawa Barat',
          '100%',
          '369.200.000',
          '-',
          '1.000.000',
          '100%',
          '400.000.000',
        ],
        ['', 'Bidang Kesatuan Bangsa dan Politik Dalam Negeri', '', '', '', '', '', '', '', ''],
      ],
      {
        headerRows: 2,
        captionLines: ['Tabel 3.1', 'RUMUSAN RENCANA PROGRAM DAN KEGIATAN TAHUN 2016 DAN PRAKIRAAN MAJU TAHUN 2017'],
      },
    );
    const [r, heading] = records(t);
    expect(r.pagu).toEqual({ value: new Decimal(370200000), raw: '369.200.000 + - + 1.000.000' });
    expect(r.level).toBe('kegiatan');
    expect(heading).toMatchObject({ level: 'bidang', pagu: { value: null, raw: '' } });
  });
});

describe('bad values are kept with warnings', () => {
  it('a spreadsheet error in pagu and a row joined across pages', () => {
    const t = makeTable(
      [...T41_SEED_HEADER, ['7.01.01.2.01', 'Perencanaan', 'Kecamatan Pasirian', 'Persentase', '100%', '#REF!']],
      { headerRows: 2, captionLines: ['Tabel 4.1 Indikator Kinerja dan Anggaran'] },
    );
    t.cells.find((c) => c.row === 2 && c.col === 1)!.continued = true;
    const [r] = records(t);
    expect(r.pagu).toMatchObject({ value: null, raw: '#REF!' });
    expect(r.pagu?.invalid).toBeTruthy();
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'money-spreadsheet-error', field: 'pagu' }),
        expect.objectContaining({ kind: 'row-joined-across-pages' }),
      ]),
    );
  });
});

describe('rows the engine may leave in a stitched table', () => {
  it('skips a repeated title row and a repeated column-number row on the next page', () => {
    const t = makeTable(
      [
        ...T41_SEED_HEADER,
        [
          '7.01.01.2.01',
          'Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat daerah',
          'Kecamatan Pasirian',
          'Persentase fasilitasi',
          '100%',
          '14.464.000',
        ],
        ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Lokasi', 'Indikator', 'Target', 'Pagu Indikatif (Rp.)'],
        ['1', '7', '8', '9', '10', '11'],
        [
          '7.01.01.2.01.01',
          'Penyusunan Dokumen Perencanaan Perangkat Daerah',
          'Kecamatan Pasirian',
          'Jumlah dokumen',
          '2 dokumen',
          '2.412.000',
        ],
      ],
      { headerRows: 2, rowsPerPage: 1, captionLines: ['Tabel 4.1 Indikator Kinerja dan Anggaran'] },
    );
    const rs = records(t);
    expect(rs.map((r) => [r.code, r.page, r.rowIndex])).toEqual([
      ['7.01.01.2.01', 1, 0],
      ['7.01.01.2.01.0001', 4, 3],
    ]);
  });

  it('old-era name carrying its number (`01 Penguatan ...`) is a kegiatan, guessed', () => {
    const t = makeTable(
      [
        ...T41_SEED_HEADER,
        [
          '',
          '01 Penguatan Peran dan Fungsi Forum-forum Mitra Strategis',
          'Kab/Kota di Jawa Barat',
          'Meningkatnya koordinasi',
          '100%',
          '369.200.000',
        ],
      ],
      { headerRows: 2 },
    );
    const [r] = records(t);
    expect(r.level).toBe('kegiatan');
    expect(kinds(r)).toContain('level-guessed');
  });
});

describe('page-break tails, old-era code depth, blank codes', () => {
  it('joins the first row of a page part that has no code and no values into the row above', () => {
    const t = makeTable(
      [
        ...T41_SEED_HEADER,
        [
          '7.01.02.2.04.03',
          'Pelaksanaan Urusan Pemerintahan yang Terkait Dengan Kewenangan Lain yang',
          'Kecamatan Pasirian',
          'Jumlah laporan',
          '12 laporan',
          '12.026.000',
        ],
        ['', 'Dilimpahkan', '', '', '', ''],
        [
          '7.1.3',
          'PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN',
          'Kecamatan Pasirian',
          'Rata-rata',
          '100%',
          '615.113.750',
        ],
      ],
      { headerRows: 2, page: 57, rowsPerPage: 1 },
    );
    const rs = records(t);
    expect(rs.map((r) => r.code)).toEqual(['7.01.02.2.04.0003', '7.01.03']);
    expect(rs[0].name).toBe('Pelaksanaan Urusan Pemerintahan yang Terkait Dengan Kewenangan Lain yang Dilimpahkan');
    expect(kinds(rs[0])).toContain('row-joined-across-pages');
  });

  it('an ambiguous old-era code takes the level below its parent; a blank code is a sibling', () => {
    const r11 = (cells: Record<number, string>): string[] => Array.from({ length: 11 }, (_, i) => cells[i] ?? '');
    const t = makeTable(
      [
        [
          'No',
          'Kode',
          'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
          'Indikator Kinerja Program/Kegiatan',
          'Rencana Tahun 2017',
          '<',
          '<',
          '<',
          'Catatan Penting',
          'Prakiraan Maju Rencana Tahun 2018',
          '<',
        ],
        [
          '^',
          '^',
          '^',
          '^',
          'Lokasi',
          'Target Capaian Kinerja',
          'Kebutuhan Dana/ Pagu Indikatif (Rp. 000)',
          'Sumber Dana',
          '^',
          'Target Capaian Kinerja',
          'Kebutuhan Dana/ Pagu Indikatif (Rp. 000)',
        ],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
        r11({ 1: '1 22 02', 2: 'Program Peningkatan Sarana dan Prasarana Aparatur', 6: '3.345', 10: '3.675' }),
        r11({
          0: '8',
          1: '1 22 02 022',
          2: 'Pemeliharaan Rutin/Berkala Gedung Kantor',
          6: '1.620',
          7: 'APBD',
          10: '1.780',
        }),
        r11({ 0: '10', 2: 'Pengadaan Peralatan Gedung Kantor', 6: '975', 7: 'APBD', 10: '1.070' }),
      ],
      { headerRows: 3, captionLines: ['Tabel 3.1 Rumusan Rencana Program dan Kegiatan SKPD Tahun 2017'] },
    );
    const rs = records(t);
    expect(rs.map((r) => [r.code, r.level, money(r)])).toEqual([
      ['1.22.02', 'program', '3345000'],
      ['1.22.02.22', 'kegiatan', '1620000'],
      [null, 'kegiatan', '975000'],
    ]);
    expect(kinds(rs[2])).toContain('level-guessed');
  });
});

describe('old-era review with two numbering columns (Disnakertrans 2017 Tabel 2.11)', () => {
  const row = (cells: Record<number, string>): string[] => Array.from({ length: 15 }, (_, i) => cells[i] ?? '');
  const t = makeTable(
    [
      ...TC31_DISNAKERTRANS_HEADER,
      row({
        0: '29',
        2: 'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
        7: 'Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah',
      }),
      row({
        1: '4',
        2: 'Forum OPD',
        3: 'Tingkat kesesuaian',
        4: 'Bandung',
        5: '1 Kegiatan',
        6: '200.000.000',
        7: 'Forum OPD',
        8: 'Tingkat kesesuaian',
        9: 'Bandung',
        10: '1 Kegiatan',
        11: '150.000.000',
        12: '1 Kegiatan',
        13: '165.000.000',
      }),
      row({
        1: '5',
        2: 'Monitoring dan Evaluasi RTKP',
        6: '100.000.000',
        7: 'Monitoring dan Evaluasi RTKP',
        11: '100.000.000',
        13: '110.000.000',
      }),
    ],
    { headerRows: 4, captionLines: ['Tabel 2.11', 'Review Terhadap Rancangan Awal RKPD Tahun 2017'] },
  );
  const recs = records(t);
  const awal = recs.filter((r) => r.side === 'awal');
  const hasil = recs.filter((r) => r.side === 'hasil');

  it('the number in the first sub-column is a program number, not an unreadable code', () => {
    expect(awal.map((r) => [r.level, r.code, r.codePrinted])).toEqual([
      ['program', null, '29'],
      ['kegiatan', null, '4'],
      ['kegiatan', null, '5'],
    ]);
    expect(recs.flatMap(kinds)).not.toContain('code-unparsed');
  });

  it('awal money from `APBD Provinsi`, hasil money from `Jumlah`, prakiraan maju on the hasil side', () => {
    expect(awal.map(money)).toEqual([null, '200000000', '100000000']);
    expect(hasil.map(money)).toEqual([null, '150000000', '100000000']);
    expect(hasil.map((r) => r.paguMaju?.value?.toFixed() ?? null)).toEqual([null, '165000000', '110000000']);
    expect(hasil[1].target?.raw).toBe('1 Kegiatan');
  });
});

describe('joinTailAcrossTables', () => {
  it('appends the rest of a row cut by a page break, opening the next table of the same form, and drops it', async () => {
    const { joinTailAcrossTables } = await import('../../src/renja/records.js');
    const { TableBuilder } = await import('../helpers/records.js');
    // Renja 2016 T-C.33: "Program Pemeliharaan Sarana" at the foot of p40, "dan Prasarana Aparatur" atop p41
    const p40 = new TableBuilder('TC33', { page: 40, tableRef: 't1' }).row('program', null, {
      name: 'Program Pemeliharaan Sarana',
      indikator: 'Terpeliharanya sarana dan',
      pagu: '933.508.000',
    });
    const p41 = new TableBuilder('TC33', { page: 41, tableRef: 't2' })
      .row('unknown', null, { name: 'dan Prasarana Aparatur', indikator: 'prasarana kantor', pagu: null })
      .row('kegiatan', null, { name: '22 Pemeliharaan Sarana dan Prasarana Kantor', pagu: '933.508.000' });
    const kept = joinTailAcrossTables(p40.records, p41.records);
    expect(kept.map((r) => r.name)).toEqual(['22 Pemeliharaan Sarana dan Prasarana Kantor']);
    expect(p40.records[0].name).toBe('Program Pemeliharaan Sarana dan Prasarana Aparatur');
    expect(p40.records[0].indikator).toBe('Terpeliharanya sarana dan prasarana kantor');
  });

  it('keeps a first row that has an amount or a number of its own', async () => {
    const { joinTailAcrossTables } = await import('../../src/renja/records.js');
    const { TableBuilder } = await import('../helpers/records.js');
    const p1 = new TableBuilder('TC33', { tableRef: 't1' }).row('kegiatan', null, { name: 'Kegiatan A', pagu: '10' });
    const p2 = new TableBuilder('TC33', { tableRef: 't2' }).row('kegiatan', null, { name: 'Kegiatan B', pagu: '20' });
    expect(joinTailAcrossTables(p1.records, p2.records)).toHaveLength(1);
    expect(p1.records[0].name).toBe('Kegiatan A');
  });
});
