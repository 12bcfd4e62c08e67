/**
 * Header matrices copied from the seed Renja (Kecamatan Pasirian 2024, Permendagri 86/2017)
 * and from real Permendagri 54/2010 documents (Jawa Barat). `<` = merged with the cell to the
 * left, `^` = merged with the cell above (see ./tables.ts).
 */

/** Seed T-C.33 (14-column local variant), two title rows + the column-number row. */
export const TC33_SEED_HEADER: string[][] = [
  [
    'Kode',
    'Sasaran program, kegiatan, dan sub kegiatan',
    'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan',
    'Indikator Kinerja Program/Kegiatan/Sub Kegiatan',
    'Formula',
    'Aktivitas',
    'Skala Prioritas',
    'Rencana Tahun 2024 (Tahun Rencana)',
    '<',
    '<',
    '<',
    'Catatan Penting',
    'Prakiraan Maju Rencana Tahun 2025',
    '<',
  ],
  [
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    'Lokasi',
    'Target Capaian Kinerja',
    'Kebutuhan Dana',
    'Sumber Dana',
    '^',
    'Target Capaian Kinerja',
    'Kebutuhan Dana',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'],
];

/** Seed T-C.31: awal and hasil groups, catatan penting. */
export const TC31_SEED_HEADER: string[][] = [
  [
    'Kode',
    'Rancangan Awal RKPD',
    '<',
    '<',
    '<',
    '<',
    'Hasil Analisis Kebutuhan',
    '<',
    '<',
    '<',
    '<',
    'Catatan Penting',
  ],
  [
    '^',
    'Program / Kegiatan / Sub Kegiatan',
    'Lokasi',
    'Indikator',
    'Target',
    'Pagu Indikatif (Rp.)',
    'Program / Kegiatan / Sub Kegiatan',
    'Lokasi',
    'Indikator',
    'Target',
    'Pagu Indikatif (Rp.)',
    '^',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
];

/** Seed Tabel 4.1 (its column numbers are copied from T-C.31's hasil side). */
export const T41_SEED_HEADER: string[][] = [
  ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Lokasi', 'Indikator', 'Target', 'Pagu Indikatif (Rp.)'],
  ['1', '7', '8', '9', '10', '11'],
];

/** Seed T-C.29: `Kode` merged over five code columns; number row with formulas; a `K` unit row. */
export const TC29_SEED_HEADER: string[][] = [
  [
    'Kode',
    '<',
    '<',
    '<',
    '<',
    'Urusan / Bidang Urusan Pemerintahan Daerah Dan Program / Kegiatan / Sub Kegiatan',
    'Indikator Kinerja Program / Kegiatan / Sub Kegiatan',
    'Target Kinerja Program / Kegiatan / Sub Kegiatan pada Akhir Periode (P- Renstra PD)',
    'Realisasi Target Kinerja Program / Kegiatan / Sub Kegiatan s/d Tahun (n-3) - 2021',
    'Target dan Realisasi Kinerja Program/Kegiatan/Sub Kegiatan Tahun Lalu (n-2) - 2022',
    '<',
    '<',
    'Target Kinerja Program/Kegiatan/ Sub Kegiatan tahun (n-1) - 2023 (Renja PD)',
    'Perkiraan Realisasi Capaian Target Renstra Perangkat Daerah s/d tahun 2023',
    '<',
  ],
  [
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    'Target Renja Perangkat Daerah tahun (n-2) - 2022',
    'Realisasi Renja Perangkat Daerah tahun (n- 2) - 2022',
    'Tingkat Realisasi (%)',
    '^',
    'Realisasi Capaian Program / Kegiatan / Sub Kegiatan s/d tahun berjalan (tahun n-1)- 2023',
    'Tingkat Capaian Realisasi Target (%)',
  ],
  ['1', '<', '<', '<', '<', '2', '3', '4', '5', '6', '7', '8=(7/6)', '9', '10=(5+7+9)', '11=(10/4)'],
  ['', '', '', '', '', '', '', 'K', 'K', 'K', 'K', 'K', 'K', 'K', 'K'],
];

/** Seed T-C.30. */
export const TC30_SEED_HEADER: string[][] = [
  [
    'NO',
    'Indikator Tujuan / Sasaran Renstra PD',
    'SPM / standar nasional',
    'IKK',
    'Target Renstra Perangkat Daerah',
    '<',
    '<',
    '<',
    'Realisasi Capaian',
    '<',
    'Proyeksi',
    '<',
    'Catan Analisis',
  ],
  [
    '^',
    '^',
    '^',
    '^',
    'Tahun 2022',
    'Tahun 2023',
    'Tahun 2024',
    'Tahun 2025',
    'Tahun 2022',
    'Tahun 2023',
    'Tahun 2024',
    'Tahun 2025',
    '^',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10 = (9+6)/2', '11', '12', '13'],
];

/** Seed T-C.32 (Tabel 7.6 T.C 32), empty: `NIHIL`. */
export const TC32_SEED: string[][] = [
  ['No', 'Program/Kegiatan/Sub Kegiatan/Aktivitas', 'Lokasi', 'Indikator Kinerja', 'Besaran / Volume', 'Catatan'],
  ['1', '2', '3', '4', '5', '6'],
  ['', 'NIHIL', '', '', '', ''],
];

/** Old era, Tabel 2.3 "Review terhadap Rancangan Awal RKPD Tahun 2017" (BKPP Wilayah I, Jawa Barat). */
export const TC31_OLD_HEADER: string[][] = [
  ['No', 'Rancangan Awal RKPD', '<', '<', '<', '<', 'Hasil Analisis Kebutuhan', '<', '<', '<', '<', 'Catatan Penting'],
  [
    '^',
    'Program / Kegiatan',
    'Lokasi',
    'Indikator Kinerja',
    'Target Capaian',
    'Pagu Indikatif (Rp.)',
    'Program / Kegiatan',
    'Lokasi',
    'Indikator Kinerja',
    'Target Capaian',
    'Kebutuhan Dana (Rp.)',
    '^',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
];

/** Old era, Tabel 3.1 "Rumusan Rencana Program dan Kegiatan Dinas ESDM Tahun 2016" (20 columns, Ribuan). */
export const TC33_OLD_ESDM_HEADER: string[][] = [
  [
    'No',
    'Urusan/Bidang Urusan Pemerintah Daerah dan Program/Kegiatan',
    'Prioritas Daerah',
    'Sasaran Daerah',
    'Lokasi (Kabupaten/Kota/Kecamatan/Desa/Kelurahan)',
    'Indikator Kinerja',
    '<',
    '<',
    '<',
    '<',
    '<',
    'Pagu Indikatif (Ribuan)',
    '<',
    '<',
    '<',
    '<',
    'Prakiraan Maju (Ribuan)',
    'Keterangan',
    '<',
    '<',
  ],
  [
    '^',
    '^',
    '^',
    '^',
    '^',
    'Hasil Program',
    '<',
    'Keluaran Kegiatan',
    '<',
    'Hasil Kegiatan',
    '<',
    'APBD Kab./Kota',
    'APBD Provinsi',
    'APBN / PHLN',
    'Sumber Dana Lainnya',
    'Total',
    '^',
    'OPD Pengusul',
    'Jenis Kegiatan',
    'Kategori Kegiatan',
  ],
  [
    '^',
    '^',
    '^',
    '^',
    '^',
    'Tolok Ukur',
    'Target',
    'Tolok Ukur',
    'Target',
    'Tolok Ukur',
    'Target',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'],
];

/** Old era, Tabel 3.1 DISKOMINFO 2016: `Kode` over five columns (`1.25 | 01 | 02 | 53 | 01`). */
export const TC33_OLD_KOMINFO_HEADER: string[][] = [
  [
    'Kode',
    '<',
    '<',
    '<',
    '<',
    'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan',
    'Indikator Kinerja',
    'Rencana Tahun 2016 (Tahun Rencana)',
    '<',
    '<',
    '<',
    'Catatan Penting',
    'Prakiraan Maju Rencana Tahun 2017',
    '<',
  ],
  [
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    '^',
    'Lokasi',
    'Target Capaian Kinerja',
    'Kebutuhan Dana/Pagu Indikatif (Rp.)',
    'Sumber Dana',
    '^',
    'Target Capaian Kinerja',
    'Kebutuhan Dana/Pagu indikatif (Rp.)',
  ],
];

/**
 * Old era, Tabel 2.11 "Review Terhadap Rancangan Awal RKPD Tahun 2017" (Disnakertrans Jawa Barat), as the
 * engine reads it: `NO.` over a two-column numbering, typo `Program/Kegitatan`, `APBD Provinsi` as the awal
 * money, a bare `Jumlah` after the hasil group, Prakiraan Maju target + dana, and the column numbers printed
 * at staggered heights so they land on two rows.
 */
export const TC31_DISNAKERTRANS_HEADER: string[][] = [
  [
    'NO.',
    '<',
    'RANCANGAN AWAL RKPD',
    '<',
    '<',
    '<',
    '<',
    'HASIL ANALISIS KEBUTUHAN',
    '<',
    '<',
    '<',
    'Jumlah',
    'Prakiraan Maju Rencana Tahun 2018',
    '<',
    'Catatan Penting',
  ],
  [
    '^',
    '^',
    'Urusan/ Bidang Urusan Pemerintah Daerah dan Program/Kegitatan',
    'Indikator Kinerja Program /Kegiatan',
    'Lokasi',
    'target capaian kinerja',
    'APBD Provinsi',
    'Urusan/ Bidang Urusan Pemerintah Daerah dan Program/Kegitatan',
    'Indikator Kinerja Program /Kegiatan',
    'Lokasi',
    'target capaian kinerja',
    '^',
    'Target Capaian Kinerja',
    'Kebutuhan Dana/ pagu indikatif',
    '^',
  ],
  ['(1)', '<', '', '', '', '(5)', '', '', '', '(9)', '', '', '', '', ''],
  ['', '', '(2)', '(3)', '(4)', '', '(6)', '(7)', '(8)', '', '(10)', '(11)', '(12)', '(13)', '(14)'],
];

/**
 * Old era Tabel 3.1 continuation (DLH Jawa Barat 2017, page 109): the sub-titles of `Rencana Tahun 2017`
 * jammed into the group cell over four columns, and `Indikator` cut at the cell edge (`I` / `ndikator`).
 */
export const TC33_DLH_JAMMED_HEADER: string[][] = [
  [
    'No',
    'Urusan/ Bidang Urusan Pemerintahan Daerah dan Program/ Kegiatan I',
    'ndikator Kinerja Program /Kegiata',
    'Rencana Tahun 2017 n Target Kebutuhan Dana/ Pagu Capaian Lokasi Sumber Dana Indikatif Kinerja',
    '<',
    '<',
    '<',
    'Prakiraan Maju Rencana Tahun 2018',
    '<',
  ],
  ['^', '^', '^', '^', '<', '<', '<', 'Target Capaian Kinerja', 'Kebutuhan Dana/ Pagu Indikatif'],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
];

/**
 * Old era Tabel T-III.1 (Disnakertrans 2015): letter-spaced `U R A I A N`, money in thousands as `(000)`, and the
 * Prakiraan Maju title drawn over its first column only.
 */
export const TC33_DISNAKERTRANS_2015_HEADER: string[][] = [
  [
    'NO',
    'U R A I A N',
    'Indikator Kinerja Program/Kegiatan',
    'Rencana Tahun 2015',
    '<',
    '<',
    '<',
    'Catatan Penting',
    'Prakiraan Maju Rencana Tahun 2016',
    '',
  ],
  [
    '^',
    '^',
    '^',
    'LOKASI KEGIATAN',
    'TARGET KINERJA (KUANTITATIF)',
    'Kebutuhan Dana Indikatif (000)',
    'Sumber Dana',
    '^',
    'Target Capaian Kinerja',
    'Kebutuhan Dana Indikatif (000)',
  ],
  ['1', '2', '3', '4', '5', '7', '6', '7', '8', '9'],
];

/** Old era Tabel II-4 (Jawa Barat 2016): typo `Hasil Analisi Kebutuhan`, no catatan column. */
export const TC31_ANALISI_HEADER: string[][] = [
  ['', 'Rancangan Awal RKPD', '<', '<', '<', '<', 'Hasil Analisi Kebutuhan', '<', '<', '<', '<'],
  [
    'No',
    'Program/Kegiatan',
    'Lokasi',
    'Indikator Kinerja',
    'Target Capaian',
    'Pagu Indikatif (Rp.000)',
    'Program/Kegiatan',
    'Lokasi',
    'Indikator Kinerja',
    'Target Capaian',
    'Pagu Indikatif (Rp.000)',
  ],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
];
