import { cleanText, compareText, isNil, looseKey, normalizeName, normalizeText } from '../../src/renja/text.js';

describe('isNil', () => {
  it.each(['', ' ', '-', '–', '—', '−', '--', 'NIHIL', 'Nihil', 'n/a', 'N/A', ' - ', '\u00A0', '\u200B'])(
    '%j is nil',
    (raw) => {
      expect(isNil(raw)).toBe(true);
    },
  );
  it.each(['0', '0,00', '#N/A', '- Laporan', 'x', 'NA tidak', '100 %'])('%j is not nil', (raw) => {
    expect(isNil(raw)).toBe(false);
  });
  it('null and undefined are nil', () => {
    expect(isNil(null)).toBe(true);
    expect(isNil(undefined)).toBe(true);
  });
});

describe('cleanText', () => {
  it('unifies dashes, quotes, invisible characters and spaces but keeps case', () => {
    expect(cleanText('  RPD  Kabupaten\tLumajang Tahun 2024 – 2026 ')).toBe('RPD Kabupaten Lumajang Tahun 2024 - 2026');
    expect(cleanText('\u201CSAKIP\u201D \u2018x\u2019')).toBe('"SAKIP" \'x\'');
    expect(cleanText('Penyu\u00ADsunan\u200B Dokumen\nPerencanaan')).toBe('Penyusunan Dokumen Perencanaan');
  });
});

describe('normalizeText: the same text as printed in different tables', () => {
  it.each([
    ['Koordinasi dan Penyusunan Dokumen RKA - SKPD', 'Koordinasi dan Penyusunan Dokumen RKA-SKPD'], // seed T-C.31 vs T-C.29
    [
      'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/ KOTA',
      'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
    ],
    ['Administrasi Keuangan Perangkat daerah', 'Administrasi Keuangan Perangkat Daerah'],
    ['Penyediaan Gaji dan Tunjangan ASN.', 'Penyediaan Gaji dan Tunjangan ASN'],
    ['Pemeliharaan / Rehabilitasi Gedung Kantor', 'Pemeliharaan/Rehabilitasi Gedung Kantor'],
    ['Penanganan Covid–19 di Tingkat Desa', 'Penanganan Covid-19 di Tingkat Desa'],
    ['Jasa Komunikasi , Sumber Daya Air dan Listrik ;', 'Jasa Komunikasi, Sumber Daya Air dan Listrik'],
    ['Pemberlakuan Pembatasan Kegiatan Masyarakat ( PPKM )', 'Pemberlakuan Pembatasan Kegiatan Masyarakat (PPKM)'],
  ])('%j ~ %j', (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
  });
  it.each([
    ['Koordinasi dan Penyusunan Dokumen Perubahan RKA/SKPD', 'Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD'],
    ['Penyediaan Barang Cetak', 'Penyediaan Barang Cetak dan Penggandaan'],
    ['Persentase Pelayanan Administrasi Kecamatan sesuai SP dan SOP', 'Persentase Pelayanan PATEN sesuai SP dan SOP'], // seed T-C.31 awal vs hasil
  ])('%j differs from %j', (a, b) => {
    expect(normalizeText(a)).not.toBe(normalizeText(b));
  });
  it('gives the expected key', () => {
    expect(normalizeText('  Jumlah Orang/ 12 bulan . ')).toBe('jumlah orang/12 bulan');
  });
});

describe('normalizeName', () => {
  it('drops list markers', () => {
    expect(normalizeName('1. Penyusunan Dokumen Perencanaan')).toBe('penyusunan dokumen perencanaan');
    expect(normalizeName('a. Penyusunan Dokumen')).toBe('penyusunan dokumen');
    expect(normalizeName('- Penyusunan Dokumen')).toBe('penyusunan dokumen');
    expect(normalizeName('❖ BAB I PENDAHULUAN')).toBe('bab i pendahuluan');
  });
  it('drops the level word only when asked (old-era tables print it)', () => {
    expect(normalizeName('Kegiatan Penilaian Dokumen Lingkungan Hidup')).toBe(
      'kegiatan penilaian dokumen lingkungan hidup',
    );
    expect(normalizeName('Kegiatan Penilaian Dokumen Lingkungan Hidup', { stripLevelPrefix: true })).toBe(
      normalizeName('Penilaian Dokumen Lingkungan Hidup'),
    );
    expect(normalizeName('PROGRAM Pengendalian Pencemaran', { stripLevelPrefix: true })).toBe(
      'pengendalian pencemaran',
    );
    expect(normalizeName('Sub Kegiatan: Penyediaan Gaji', { stripLevelPrefix: true })).toBe('penyediaan gaji');
  });
  it('keeps names that merely contain the level word', () => {
    expect(normalizeName('Koordinasi Kegiatan Pemberdayaan Desa', { stripLevelPrefix: true })).toBe(
      'koordinasi kegiatan pemberdayaan desa',
    );
  });
});

describe('looseKey', () => {
  it('matches names broken by cell wrapping', () => {
    expect(looseKey('Penyusunan doku men')).toBe(looseKey('Penyusunan Dokumen'));
    expect(looseKey('Lapo ran')).toBe(looseKey('laporan'));
  });
  it('still tells different names apart', () => {
    expect(looseKey('Penyediaan Barang Cetak')).not.toBe(looseKey('Penyediaan Barang Cetak dan Penggandaan'));
  });
});

describe('compareText: what the value-mismatch rules report', () => {
  it.each([
    ['Jumlah  Dokumen', 'Jumlah Dokumen', 'same'],
    ['Terselenggaranya peren- canaan Bakesbangpol', 'Terselenggaranya perencanaan Bakesbangpol', 'same'],
    ['nasional- isme', 'nasio- nalisme', 'same'],
    ['doku men', 'Dokumen', 'case-or-spacing'],
    [
      'Program Peningkatan Sarana dan Prasarana Aparatur;',
      'Program Peningkatan Sarana Dan Prasarana Aparatur',
      'case-or-spacing',
    ],
    ['Dokumen', 'Laporan', 'different'],
  ])('%j vs %j -> %s', (a, b, expected) => {
    expect(compareText(a, b)).toBe(expected);
  });
});
