import { bareName, cleanText, compareText, isNil, normalizeText, placeKey } from '../../src/renja/text.js';

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

describe('bareName: the key rows are paired by when codes do not pair them', () => {
  it('drops list markers', () => {
    expect(bareName('1. Penyusunan Dokumen Perencanaan')).toBe(bareName('Penyusunan Dokumen Perencanaan'));
    expect(bareName('a. Penyusunan Dokumen')).toBe(bareName('penyusunan dokumen'));
    expect(bareName('- Penyusunan Dokumen')).toBe(bareName('penyusunan dokumen'));
    expect(bareName('❖ BAB I PENDAHULUAN')).toBe(bareName('bab i pendahuluan'));
    expect(bareName('-')).toBe('-'); // a dropped row stays a dash
  });
  it('drops the level word old-era tables print', () => {
    expect(bareName('Kegiatan Penilaian Dokumen Lingkungan Hidup')).toBe(
      bareName('Penilaian Dokumen Lingkungan Hidup'),
    );
    expect(bareName('PROGRAM Pengendalian Pencemaran')).toBe(bareName('pengendalian pencemaran'));
    expect(bareName('Sub Kegiatan: Penyediaan Gaji')).toBe(bareName('penyediaan gaji'));
  });
  it('keeps names that merely contain the level word', () => {
    expect(bareName('Koordinasi Kegiatan Pemberdayaan Desa')).toBe('koordinasikegiatanpemberdayaandesa');
  });
  it('matches names broken by cell wrapping, and still tells different names apart', () => {
    expect(bareName('Penyusunan doku men')).toBe(bareName('Penyusunan Dokumen'));
    expect(bareName('Lapo ran')).toBe(bareName('laporan'));
    expect(bareName('Penyediaan Barang Cetak')).not.toBe(bareName('Penyediaan Barang Cetak dan Penggandaan'));
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

describe('placeKey: the same lokasi written two ways', () => {
  it.each([
    ['Kab./Kota Seluruh Jawa Barat;', 'Kab/Kota Se-Jawa Barat'],
    ['Kab/Kota di Jabar', 'Kab/Kota di Jawa Barat'],
    ['Provinsi Sumatera Utara', 'Prov. Sumut'],
  ])('%j = %j', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
  });
  it.each([
    ['Kota Bandung', 'Kabupaten Bandung'],
    ['Jawa Barat', 'Jawa Tengah'],
    ['26 Kab/Kota', 'Kab/Kota Seluruh Jawa Barat'],
  ])('%j differs from %j', (a, b) => {
    expect(placeKey(a)).not.toBe(placeKey(b));
  });
});
