import { analyzeHeader, headerWords, mapColumns, readableSides } from '../../src/renja/columns.js';
import { makeTable } from '../helpers/tables.js';
import {
  T41_SEED_HEADER,
  TC29_SEED_HEADER,
  TC31_OLD_HEADER,
  TC31_SEED_HEADER,
  TC33_OLD_ESDM_HEADER,
  TC33_OLD_KOMINFO_HEADER,
  TC33_SEED_HEADER,
  TC31_DISNAKERTRANS_HEADER,
  TC33_DLH_JAMMED_HEADER,
  TC33_DISNAKERTRANS_2015_HEADER,
  TC31_ANALISI_HEADER,
} from '../helpers/renja-headers.js';

const row = (n: number, cells: Record<number, string>): string[] => Array.from({ length: n }, (_, i) => cells[i] ?? '');

describe('mapColumns: Permendagri 86/2017 seed layouts', () => {
  it('T-C.33 (14 columns): every field by header words, number row skipped', () => {
    const t = makeTable([...TC33_SEED_HEADER, row(14, { 0: '7.1.1' })], { headerRows: 3 });
    const h = analyzeHeader(t);
    expect(h.firstDataRow).toBe(3);
    expect(h.numberRow).toBe(2);
    const m = mapColumns(t, 'TC33', h);
    expect(m.columns).toEqual({
      code: 0,
      sasaran: 1,
      name: 2,
      indikator: 3,
      formula: 4,
      aktivitas: 5,
      prioritas: 6,
      lokasi: 7,
      target: 8,
      pagu: 9,
      sumberDana: 10,
      catatan: 11,
      targetMaju: 12,
      paguMaju: 13,
    });
    expect(m.moneyUnit).toBe(1);
    expect(m.codeIsRowNumber).toBe(false);
  });

  it('finds the number row even when the engine counted it as data', () => {
    const t = makeTable([...TC33_SEED_HEADER, row(14, { 0: '7.1.1' })], { headerRows: 2 });
    expect(analyzeHeader(t).firstDataRow).toBe(3);
  });

  it('T-C.31: awal.* and hasil.* from the group titles, shared code and catatan', () => {
    const t = makeTable([...TC31_SEED_HEADER, row(12, { 0: '7.1.1' })], { headerRows: 3 });
    expect(mapColumns(t, 'TC31').columns).toEqual({
      code: 0,
      'awal.name': 1,
      'awal.lokasi': 2,
      'awal.indikator': 3,
      'awal.target': 4,
      'awal.pagu': 5,
      'hasil.name': 6,
      'hasil.lokasi': 7,
      'hasil.indikator': 8,
      'hasil.target': 9,
      'hasil.pagu': 10,
      catatan: 11,
    });
  });

  it('T-C.31 without merged group titles (stream table): repeated titles split into awal/hasil', () => {
    const flat = [
      [
        'Kode',
        'Program / Kegiatan',
        'Lokasi',
        'Indikator',
        'Target',
        'Pagu Indikatif (Rp.)',
        'Program / Kegiatan',
        'Lokasi',
        'Indikator',
        'Target',
        'Pagu Indikatif (Rp.)',
        'Catatan Penting',
      ],
      row(12, { 0: '7.1.1' }),
    ];
    const m = mapColumns(makeTable(flat, { headerRows: 1 }), 'TC31');
    expect(m.columns['awal.pagu']).toBe(5);
    expect(m.columns['hasil.pagu']).toBe(10);
    expect(m.columns['hasil.name']).toBe(6);
    expect(m.reasons).toContain('T-C.31 sides from repeated column titles');
  });

  it('T-C.31 header words unreadable: the standard column numbers fill the map', () => {
    const numbersOnly = [
      row(12, {}),
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
      row(12, { 0: '7.1.1' }),
    ];
    const m = mapColumns(makeTable(numbersOnly, { headerRows: 2 }), 'TC31');
    expect(m.columns).toMatchObject({ code: 0, 'awal.pagu': 5, 'hasil.pagu': 10, catatan: 11 });
    expect(m.reasons).toContain('awal.pagu from column number 6');
  });

  it('Tabel 4.1 with the seed numbering `1 7 8 9 10 11`', () => {
    const t = makeTable([...T41_SEED_HEADER, row(6, { 0: '7.1.1' })], { headerRows: 2 });
    expect(mapColumns(t, 'T41').columns).toEqual({ code: 0, name: 1, lokasi: 2, indikator: 3, target: 4, pagu: 5 });
  });

  it('T-C.29: `Kode` merged over five columns, unit row `K` skipped', () => {
    const t = makeTable([...TC29_SEED_HEADER, row(15, { 0: '7', 1: '01', 2: '01', 3: '201', 4: '03' })], {
      headerRows: 2,
    });
    const h = analyzeHeader(t);
    expect(h.firstDataRow).toBe(4);
    const m = mapColumns(t, 'TC29', h);
    expect(m.columns).toMatchObject({ code: 0, 'code.end': 4, name: 5, indikator: 6, target: 7, realisasi: 8 });
  });

  it('a split code under an unmerged `Kode` title: untitled digit columns join the code', () => {
    const t = makeTable(
      [
        ['Kode', '', '', '', '', 'Program / Kegiatan', 'Indikator'],
        ['7', '01', '01', '201', '03', 'Koordinasi', 'Jumlah Dokumen'],
        ['7', '01', '01', '2.09', '02', 'Penyediaan Jasa', 'Jumlah Kendaraan'],
      ],
      { headerRows: 1 },
    );
    const m = mapColumns(t, 'TC29');
    expect(m.columns).toMatchObject({ code: 0, 'code.end': 4, name: 5, indikator: 6 });
    expect(m.reasons).toContain('code split over columns 0..4');
  });
});

describe('mapColumns: Permendagri 54/2010 layouts', () => {
  it('Tabel 2.3 review: `No` column as row number, `Kebutuhan Dana (Rp.)` as hasil pagu', () => {
    const t = makeTable([...TC31_OLD_HEADER, row(12, { 0: 'I' })], { headerRows: 3 });
    const m = mapColumns(t, 'TC31');
    expect(m.codeIsRowNumber).toBe(true);
    expect(m.columns).toMatchObject({
      code: 0,
      'awal.name': 1,
      'awal.target': 4,
      'awal.pagu': 5,
      'hasil.pagu': 10,
      catatan: 11,
    });
  });

  it('ESDM Tabel 3.1: pagu split by fund source, Total, Prakiraan Maju, unit (Ribuan)', () => {
    const t = makeTable([...TC33_OLD_ESDM_HEADER, row(20, { 0: '1' })], { headerRows: 4 });
    const m = mapColumns(t, 'TC33');
    expect(m.columns).toMatchObject({
      code: 0,
      name: 1,
      prioritas: 2,
      sasaran: 3,
      lokasi: 4,
      indikator: 5,
      target: 6,
      'pagu.apbdKab': 11,
      'pagu.apbdProv': 12,
      'pagu.apbn': 13,
      'pagu.lainnya': 14,
      pagu: 15,
      paguMaju: 16,
      catatan: 17,
    });
    expect(m.moneyUnit).toBe(1000);
  });

  it('Kominfo Tabel 3.1: five code columns, Kebutuhan Dana/Pagu Indikatif, no number row', () => {
    const t = makeTable([...TC33_OLD_KOMINFO_HEADER, row(14, { 0: '1.25', 1: '01', 2: '02', 3: '53', 4: '01' })], {
      headerRows: 2,
    });
    expect(mapColumns(t, 'TC33').columns).toEqual({
      code: 0,
      'code.end': 4,
      name: 5,
      indikator: 6,
      lokasi: 7,
      target: 8,
      pagu: 9,
      sumberDana: 10,
      catatan: 11,
      targetMaju: 12,
      paguMaju: 13,
    });
  });

  it('header unit `(Rp. 000)` scales the money columns', () => {
    const t = makeTable(
      [
        ['Kode', 'Program / Kegiatan', 'Lokasi', 'Indikator', 'Target', 'Pagu Indikatif (Rp. 000)'],
        row(6, { 0: '1.16.01' }),
      ],
      { headerRows: 1 },
    );
    expect(mapColumns(t, 'T41').moneyUnit).toBe(1000);
  });

  it('DLH Tabel 2.2 "Review terhadap RKPD": RKPD 2017 vs Hasil Analisis Kebutuhan, Anggaran (Rp.), Keterangan', () => {
    const t = makeTable(
      [
        ['Nomor', 'RKPD 2017', '<', 'Hasil Analisis Kebutuhan', '<', 'Keterangan'],
        ['^', 'Kegiatan (RKPD Online)', 'Anggaran (Rp.)', 'Kegiatan (Usulan bidang)', 'Anggaran (Rp.)', '^'],
        [
          '1',
          'Kegiatan Penilaian Dokumen Lingkungan Hidup',
          '249,451.600,00',
          'Kegiatan Penilaian Dokumen Lingkungan Hidup',
          '250.000.000,00',
          '',
        ],
      ],
      { headerRows: 2 },
    );
    expect(mapColumns(t, 'TC31').columns).toEqual({
      code: 0,
      'awal.name': 1,
      'awal.pagu': 2,
      'hasil.name': 3,
      'hasil.pagu': 4,
      catatan: 5,
    });
  });
});

describe('mapColumns: real Permendagri 54/2010 headers (Jawa Barat corpus)', () => {
  it('`Target Kinerja dan Anggaran ... / K | Rp.`: K is the target, Rp. the pagu (renja2024 Tabel 1)', () => {
    const t = makeTable(
      [
        ['No', 'Program / Kegiatan / Sub Kegiatan', 'Target Kinerja dan Anggaran Renja Tahun 2024', '<'],
        ['^', '^', 'K', 'Rp.'],
        ['I', 'PROGRAM PENUNJANG URUSAN', '100%', 'Rp16.366.486.793'],
      ],
      { headerRows: 2 },
    );
    const m = mapColumns(t, 'TC29', analyzeHeader(t));
    expect(m.columns.target).toBe(2);
    expect(m.columns.pagu).toBe(3);
  });

  it('a `Kodering` title merged over four columns (urusan | bidang | program | kegiatan) is one split code', () => {
    const t = makeTable(
      [
        ['Kodering', '<', '<', '<', 'Program/Kegiatan', 'Indikator Kinerja', 'Kebutuhan Dana (Rp. 000)'],
        row(7, { 0: '1', 1: '6', 2: '29', 4: 'Program Perencanaan Pembangunan' }),
        row(7, { 3: '01', 4: 'Rapat Koordinasi', 5: 'Jumlah rapat', 6: '187,200' }),
      ],
      { headerRows: 1 },
    );
    const m = mapColumns(t, 'TC33', analyzeHeader(t));
    expect(m.columns.code).toBe(0);
    expect(m.columns['code.end']).toBe(3);
  });
  it('Disnakertrans T-C.31: staggered number rows, `Kegitatan`, `APBD Provinsi`, `Jumlah` after hasil, maju on the hasil side', () => {
    const t = makeTable(
      [
        ...TC31_DISNAKERTRANS_HEADER,
        row(15, { 0: '29', 2: 'Program Perencanaan', 7: 'Program Perencanaan' }),
        row(15, {
          1: '1',
          2: 'Forum OPD',
          4: 'Bandung',
          5: '1 Kegiatan',
          6: '200.000.000',
          7: 'Forum OPD',
          9: 'Bandung',
          10: '1 Kegiatan',
          11: '150.000.000',
          12: '1 Kegiatan',
          13: '165.000.000',
        }),
      ],
      { headerRows: 4 },
    );
    const h = analyzeHeader(t);
    expect(h.firstDataRow).toBe(4);
    expect(h.numbers).toEqual([
      '(1)',
      null,
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '(7)',
      '(8)',
      '(9)',
      '(10)',
      '(11)',
      '(12)',
      '(13)',
      '(14)',
    ]);
    // No column number is taken for a title.
    expect(h.parts[10]).toEqual(['hasil analisis kebutuhan', 'target capaian kinerja']);
    const m = mapColumns(t, 'TC31', h);
    expect(m.columns).toEqual({
      code: 0,
      'code.end': 1,
      'awal.name': 2,
      'awal.indikator': 3,
      'awal.lokasi': 4,
      'awal.target': 5,
      'awal.pagu.apbdProv': 6,
      'hasil.name': 7,
      'hasil.indikator': 8,
      'hasil.lokasi': 9,
      'hasil.target': 10,
      'hasil.pagu': 11,
      'hasil.targetMaju': 12,
      'hasil.paguMaju': 13,
      catatan: 14,
    });
    expect(m.codeIsRowNumber).toBe(true);
  });

  it('Tabel II-4: `Hasil Analisi Kebutuhan` (typo) still names the hasil side; `(Rp.000)` unit', () => {
    const t = makeTable(
      [
        ...TC31_ANALISI_HEADER,
        row(11, { 0: '1', 1: 'Perencanaan Teknis', 5: '6.008.850,000', 6: 'Perencanaan Teknis', 10: '5.370.000,00' }),
      ],
      { headerRows: 3 },
    );
    const m = mapColumns(t, 'TC31');
    expect(m.columns['hasil.name']).toBe(6);
    expect(m.columns['hasil.pagu']).toBe(10);
    expect(m.columns.name).toBeUndefined();
    expect(m.moneyUnit).toBe(1000);
  });

  it('DLH Tabel 3.1 continuation: sub-titles jammed into one spanning cell are told apart by the data', () => {
    const data = [
      [
        '1',
        'Penilaian Dokumen Lingkungan Hidup',
        'Pencapaian status mutu',
        '15 dokumen',
        'Jawa Barat',
        '250.000.000',
        'APBD',
        '15 dokumen',
        '275.000.000',
      ],
      [
        '2',
        'Pembinaan Teknis',
        'Pencapaian status mutu',
        'nilai > 70',
        'Jawa Barat',
        '150.000.000',
        'APBD',
        'nilai > 70',
        '165.000.000',
      ],
      [
        '3',
        'Pemantauan Izin Lingkungan',
        'Pencapaian status mutu',
        '1 laporan',
        'Jawa Barat',
        '250.000.000',
        'APBD',
        '1 laporan',
        '275.000.000',
      ],
      [
        '4',
        'Penyusunan KLHS',
        'Pencapaian status mutu',
        '1 Dokumen',
        'Kabupaten Sukabumi',
        '600.000.000',
        'APBD',
        '1 Dokumen',
        '660.000.000',
      ],
    ];
    const t = makeTable([...TC33_DLH_JAMMED_HEADER, ...data], { headerRows: 3 });
    const h = analyzeHeader(t);
    expect(h.leafSpans?.[4]).toEqual([3, 6]);
    const m = mapColumns(t, 'TC33', h);
    expect(m.columns).toMatchObject({ target: 3, lokasi: 4, pagu: 5, sumberDana: 6, targetMaju: 7, paguMaju: 8 });
  });

  it('Disnakertrans T-III.1: `U R A I A N` is the name, `(000)` the unit, the second dana column beside Prakiraan Maju is paguMaju', () => {
    const t = makeTable(
      [
        ...TC33_DISNAKERTRANS_2015_HEADER,
        row(10, { 0: '1.12.39.', 1: 'Program Peningkatan Kualitas', 5: '22.113.140', 9: '24324453' }),
      ],
      { headerRows: 3 },
    );
    const m = mapColumns(t, 'TC33');
    expect(m.columns).toMatchObject({
      code: 0,
      name: 1,
      indikator: 2,
      lokasi: 3,
      target: 4,
      pagu: 5,
      sumberDana: 6,
      catatan: 7,
      targetMaju: 8,
      paguMaju: 9,
    });
    expect(m.moneyUnit).toBe(1000);
  });

  it('precision guard: a pagu column holding no amounts is dropped, and said so', () => {
    const header = [
      ['No', 'Program/Kegiatan', 'Indikator Kinerja', 'Target', 'Pagu Indikatif (Rp.)'],
      ['1', '2', '3', '4', '5'],
    ];
    const names = ['Evaluasi Pelaksanaan Renstra', 'Fasilitasi Forum OPD', 'Kordinasi Rapat Teknis'];
    const t = makeTable([...header, ...names.map((n, i) => [String(i + 1), n, 'Persentase', '1 dokumen', n])], {
      headerRows: 2,
    });
    const m = mapColumns(t, 'T41');
    expect(m.columns.pagu).toBeUndefined();
    expect(m.reasons.some((r) => /pagu dropped: col 4 holds text/.test(r))).toBe(true);
  });

  it('headerWords repairs typos and letter-spaced titles', () => {
    expect(headerWords('Program/Kegitatan')).toBe('program/kegiatan');
    expect(headerWords('APDB Provinsi')).toBe('apbd provinsi');
    expect(headerWords('U R A I A N')).toBe('uraian');
    expect(headerWords('Hasil Analisi Kebutuhan')).toBe('hasil analisis kebutuhan');
    // words a line break glued together, and the other spellings of prakiraan maju
    expect(headerWords('PROGRAM/KEGIATAN/SUBKEGIATAN')).toBe('program/kegiatan/sub kegiatan');
    expect(headerWords('CATATANPENTING')).toBe('catatan penting');
    expect(headerWords('PERKIRAAN MAJU TAHUN 2026')).toBe('prakiraan maju tahun 2026');
    expect(headerWords('Prakiran Maju Rencana Tahun 2021')).toBe('prakiraan maju rencana tahun 2021');
    expect(headerWords('PerkiraanMaju')).toBe('prakiraan maju');
    expect(headerWords('Perkiraan Realisasi Capaian')).toBe('perkiraan realisasi capaian');
  });
});

describe('readableSides (precision guard)', () => {
  it('reads only the T-C.31 sides that have a name column', () => {
    expect(readableSides('TC31', { code: 0, 'awal.name': 1, 'awal.pagu': 2, 'hasil.pagu': 4 })).toEqual({
      sides: ['awal'],
      reasons: ['precision guard: no hasil.name column, no records read from the hasil side'],
    });
  });
  it('a compared table without a name column gives no records; T-C.30 (indicators only) is not held to it', () => {
    expect(readableSides('TC33', { code: 0, pagu: 3 }).sides).toEqual([]);
    expect(readableSides('TC30', { code: 0, indikator: 1 }).sides).toEqual(['']);
  });
});

describe('precision guard on target columns', () => {
  it('drops a target column that holds sentences (Disnakertrans 2015 T-III.1), keeps one of quantities', () => {
    const sentences = [
      'Terlaksananya Temu Konsolidasi',
      '- Rapat stake holder - Rapat Koordinasi',
      'Tersusunnya laporan pelatihan',
    ];
    const t = makeTable(
      [
        ...TC33_DISNAKERTRANS_2015_HEADER,
        ...sentences.map((x, i) =>
          row(10, { 0: String(i + 1), 1: `Kegiatan ${i}`, 4: x, 5: '93.959', 8: '1 Dokumen' }),
        ),
      ],
      { headerRows: 3 },
    );
    const m = mapColumns(t, 'TC33');
    expect(m.columns.target).toBeUndefined();
    expect(m.columns.targetMaju).toBe(8);
    expect(m.reasons).toContain('target dropped: col 4 holds sentences, not targets');
  });
});

describe('mapColumns: a one-sided review table captioned as the review result', () => {
  it('reads it as the hasil side (2. RENJA 2016 Tabel 2.5, Disbun 2016 Tabel 2.16)', () => {
    const header = [
      ['No', 'Program/Kegiatan', 'Indikator Kinerja', 'Lokasi', 'Target Capaian', 'Kebutuhan Dana (Rp. 000)'],
    ];
    const t = makeTable([...header, row(6, { 0: '1', 1: 'Program Kewirausahaan', 5: '9.000.000' })], {
      headerRows: 1,
      captionLines: [
        'Tabel 2.5 Rumusan Kebutuhan Program dan Kegiatan Tahun 2016 Hasil Review terhadap Rancangan Awal RKPD',
      ],
    });
    const m = mapColumns(t, 'TC31', analyzeHeader(t));
    expect(m.columns['hasil.name']).toBe(1);
    expect(m.columns['hasil.pagu']).toBe(5);
    expect(m.columns['awal.pagu']).toBeUndefined();
  });
  it('keeps a one-sided table without such a caption on the awal side', () => {
    const header = [['No', 'Program/Kegiatan', 'Indikator Kinerja', 'Lokasi', 'Target Capaian', 'Pagu Indikatif']];
    const t = makeTable([...header, row(6, { 0: '1', 1: 'Program X', 5: '9.000.000' })], {
      headerRows: 1,
      captionLines: ['Tabel 2.4 Review terhadap Rancangan Awal RKPD Tahun 2016'],
    });
    expect(mapColumns(t, 'TC31', analyzeHeader(t)).columns['awal.pagu']).toBe(5);
  });
});
