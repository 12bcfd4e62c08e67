// An old-era (Permendagri 54/2010) Renja of a Jawa Barat dinas, invented but internally
// consistent: kegiatan sum to programs, programs to JUMLAH; money in thousands (Rp. 000).
// Layout follows the Jabar documents of 2016-2017: row-number column centred in tall cells,
// codes printed `1 22 01 109` (or missing), columns numbered (1) (2) ...
import { rng } from './rng.mjs';

const fmt = (n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const URUSAN = { code: '1 22', name: 'Urusan Wajib Pemberdayaan Masyarakat dan Desa' };
const PROGRAMS = [
  [
    '01',
    'Program Pelayanan Administrasi Perkantoran',
    'Persentase terpenuhinya pelayanan administrasi perkantoran',
    [
      ['001', 'Penyediaan Jasa Surat Menyurat', 'Jumlah surat yang terkirim', '12 bulan'],
      [
        '002',
        'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
        'Terbayarnya rekening telepon, air dan listrik',
        '12 bulan',
      ],
      ['008', 'Penyediaan Jasa Kebersihan Kantor', 'Terpeliharanya kebersihan lingkungan kantor', '12 bulan'],
      ['010', 'Penyediaan Alat Tulis Kantor', 'Tersedianya alat tulis kantor', '1 paket'],
      [
        '018',
        'Rapat-rapat Koordinasi dan Konsultasi ke Luar Daerah',
        'Jumlah rapat koordinasi dan konsultasi ke luar daerah',
        '48 kali',
      ],
    ],
  ],
  [
    '02',
    'Program Peningkatan Sarana dan Prasarana Aparatur',
    'Persentase sarana dan prasarana aparatur dalam kondisi baik',
    [
      ['022', 'Pemeliharaan Rutin/Berkala Gedung Kantor', 'Luas gedung kantor yang terpelihara', '2.400 m2'],
      [
        '024',
        'Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional',
        'Jumlah kendaraan dinas yang terpelihara',
        '18 unit',
      ],
      [null, 'Pengadaan Peralatan Gedung Kantor', 'Jumlah peralatan gedung kantor yang diadakan', '35 unit'],
    ],
  ],
  [
    '06',
    'Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan',
    'Persentase laporan kinerja dan keuangan yang tepat waktu',
    [
      [
        '001',
        'Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
        'Jumlah dokumen LAKIP, LKPJ dan LPPD',
        '3 dokumen',
      ],
      [
        '010',
        'Penyusunan Rencana Kerja (Renja) dan Rencana Strategis (Renstra) SKPD',
        'Tersusunnya dokumen Renja dan review Renstra',
        '2 dokumen',
      ],
    ],
  ],
  [
    '15',
    'Program Peningkatan Keberdayaan Masyarakat Perdesaan',
    'Persentase desa dengan status desa berkembang',
    [
      [
        '101',
        'Fasilitasi Bulan Bhakti Gotong Royong Masyarakat (BBGRM)',
        'Jumlah kabupaten yang melaksanakan BBGRM',
        '27 Kab/Kota',
      ],
      ['102', 'Pembinaan Kelembagaan dan Lembaga Kemasyarakatan Desa', 'Jumlah LKD yang dibina', '540 lembaga'],
      [
        '109',
        'Peningkatan Peran Serta Masyarakat dalam Pembangunan Desa (Gerbang Desa)',
        'Jumlah desa sasaran Gerbang Desa',
        '150 desa',
      ],
      [null, 'Pengembangan Teknologi Tepat Guna Perdesaan', 'Jumlah posyantekdes yang difasilitasi', '60 posyantekdes'],
    ],
  ],
  [
    '16',
    'Program Peningkatan Kapasitas Aparatur Pemerintah Desa',
    'Persentase aparatur desa yang terlatih',
    [
      [
        '103',
        'Pelatihan Aparatur Pemerintahan Desa dalam Bidang Manajemen Pemerintahan Desa',
        'Jumlah aparatur desa yang dilatih',
        '1.080 orang',
      ],
      ['105', 'Fasilitasi Penyusunan dan Evaluasi APBDes', 'Jumlah desa yang APBDes-nya dievaluasi', '5.312 desa'],
      [
        '109',
        'Bantuan Keuangan Penguatan Infrastruktur Perdesaan',
        'Jumlah desa penerima bantuan keuangan',
        '1.245 desa',
      ],
    ],
  ],
  [
    '17',
    'Program Pengembangan Lembaga Ekonomi Perdesaan',
    'Jumlah BUMDes yang aktif',
    [
      ['101', 'Pengembangan Badan Usaha Milik Desa (BUMDes)', 'Jumlah BUMDes yang difasilitasi', '270 BUMDes'],
      ['104', 'Fasilitasi Revitalisasi Pasar Desa', 'Jumlah pasar desa yang direvitalisasi', '12 pasar desa'],
    ],
  ],
];

const h = (s, cs = 1, rs = 1) => ({ s, ...(cs > 1 ? { cs } : {}), ...(rs > 1 ? { rs } : {}) });
const c = (s, extra = {}) => ({ s, ...extra });
const numbered = (n) => Array.from({ length: n }, (_, i) => h(`(${i + 1})`));
const body = (s) => ({ t: 'p', style: 'body', runs: [{ s }] });
const bold = (s, style = 'h2') => ({ t: 'p', style, runs: [{ s }] });

export function buildJabarModel() {
  const r = rng(20170315);
  // thousands of rupiah; kegiatan amounts rounded to 5.000 (i.e. Rp 5 juta)
  const amount = (lo, hi) => BigInt(Math.round((lo + r() * (hi - lo)) / 5) * 5);
  const progs = PROGRAMS.map(([pc, pname, pind, kegs], pi) => {
    const ks = kegs.map(([kc, kname, kind, target], ki) => {
      const awal = pi === 4 && ki === 2 ? amount(60000, 90000) : amount(150, pi >= 3 ? 4500 : 1800);
      // hasil analisis kebutuhan: some kegiatan adjusted up or down after the review
      const adj = ki % 3 === 1 ? amount(-120, 180) : 0n;
      const hasil = awal + adj > 0n ? awal + adj : awal;
      const apbn = pi === 3 && ki === 2 ? amount(300, 900) : 0n;
      const lain = pi === 5 && ki === 0 ? amount(100, 400) : 0n;
      const maju = ((hasil * 110n) / 100n / 5n) * 5n;
      return { kc, kname, kind, target, awal, hasil, apbn, lain, maju, lokasi: pi >= 3 ? '27 Kab/Kota' : 'Bandung' };
    });
    const sum = (f) => ks.reduce((a, k) => a + k[f], 0n);
    return {
      pc,
      pname,
      pind,
      ks,
      awal: sum('awal'),
      hasil: sum('hasil'),
      apbn: sum('apbn'),
      lain: sum('lain'),
      maju: sum('maju'),
    };
  });
  const tot = (f) => progs.reduce((a, p) => a + p[f], 0n);
  const letters = 'ABCDEFGH';

  // ---- Tabel 2.3 Review terhadap Rancangan Awal RKPD (12 columns)
  const t23rows = [];
  progs.forEach((p, pi) => {
    t23rows.push({
      role: 'data',
      cells: [
        c(`${letters[pi]}.`),
        c(p.pname, { b: true }),
        c(''),
        c(p.pind),
        c('100%'),
        c(fmt(p.awal)),
        c(p.pname, { b: true }),
        c(''),
        c(p.pind),
        c('100%'),
        c(fmt(p.hasil)),
        c(''),
      ],
    });
    p.ks.forEach((k, ki) => {
      const note = k.hasil !== k.awal ? (k.hasil > k.awal ? 'Penambahan sesuai kebutuhan' : 'Efisiensi') : '';
      t23rows.push({
        role: 'data',
        cells: [
          c(`${ki + 1}.`),
          c(k.kname),
          c(k.lokasi),
          c(k.kind),
          c(k.target),
          c(fmt(k.awal)),
          c(k.kname),
          c(k.lokasi),
          c(k.kind),
          c(k.target),
          c(fmt(k.hasil)),
          c(note),
        ],
      });
    });
  });
  t23rows.push({
    role: 'total',
    cells: [c('JUMLAH', { cs: 5 }), c(fmt(tot('awal'))), c('JUMLAH', { cs: 4 }), c(fmt(tot('hasil'))), c('')],
  });

  // ---- Tabel 3.1 Rumusan Rencana Program dan Kegiatan SKPD (11 columns)
  const t31rows = [];
  t31rows.push({
    role: 'data',
    cells: [c(''), c(URUSAN.code), c(URUSAN.name, { b: true }), c(''), c(''), c(''), c(''), c(''), c(''), c(''), c('')],
  });
  let no = 0;
  progs.forEach((p) => {
    t31rows.push({
      role: 'data',
      cells: [
        c(String(++no)),
        c(`${URUSAN.code} ${p.pc}`),
        c(p.pname, { b: true }),
        c(`Hasil (outcome):\n${p.pind}`),
        c('Jawa Barat'),
        c('100%'),
        c(fmt(p.hasil)),
        c(''),
        c(''),
        c('100%'),
        c(fmt(p.maju)),
      ],
    });
    p.ks.forEach((k, ki) => {
      const src = k.apbn > 0n ? 'APBD, APBN' : k.lain > 0n ? 'APBD, Lainnya' : 'APBD';
      t31rows.push({
        role: 'data',
        cells: [
          c(String(++no)),
          c(k.kc ? `${URUSAN.code} ${p.pc} ${k.kc}` : ''),
          c(k.kname),
          c(
            `Keluaran (output):\n${k.kind}\nHasil (outcome):\n${p.pind.replace(/^Persentase/, 'Meningkatnya persentase')}`,
          ),
          c(k.lokasi),
          c(k.target),
          c(fmt(k.hasil)),
          c(src),
          c(ki === 0 ? 'Prioritas' : ''),
          c(k.target),
          c(fmt(k.maju)),
        ],
      });
    });
  });
  t31rows.push({
    role: 'total',
    cells: [c('JUMLAH', { cs: 6 }), c(fmt(tot('hasil'))), c(''), c(''), c(''), c(fmt(tot('maju')))],
  });

  // ---- Tabel 3.2 Rencana Pendanaan: money split into APBD / APBN / Lainnya
  const t32rows = [];
  progs.forEach((p, pi) => {
    t32rows.push({
      role: 'data',
      cells: [
        c(`${letters[pi]}.`),
        c(p.pname, { b: true }),
        c(fmt(p.hasil)),
        c(p.apbn ? fmt(p.apbn) : '-'),
        c(p.lain ? fmt(p.lain) : '-'),
        c(fmt(p.hasil + p.apbn + p.lain)),
      ],
    });
    p.ks.forEach((k, ki) =>
      t32rows.push({
        role: 'data',
        cells: [
          c(`${ki + 1}.`),
          c(k.kname),
          c(fmt(k.hasil)),
          c(k.apbn ? fmt(k.apbn) : '-'),
          c(k.lain ? fmt(k.lain) : '-'),
          c(fmt(k.hasil + k.apbn + k.lain)),
        ],
      }),
    );
  });
  t32rows.push({
    role: 'total',
    cells: [
      c('JUMLAH', { cs: 2 }),
      c(fmt(tot('hasil'))),
      c(fmt(tot('apbn'))),
      c(fmt(tot('lain'))),
      c(fmt(tot('hasil') + tot('apbn') + tot('lain'))),
    ],
  });

  const dinas = 'Dinas Pemberdayaan Masyarakat dan Desa Provinsi Jawa Barat';
  const table = (o) => ({ t: 'table', orientation: 'landscape', headerShade: '#ffffff', numberShade: '#ffffff', ...o });
  const blocks = [
    { t: 'p', style: 'cover', runs: [{ s: 'RENCANA KERJA (RENJA)', b: true }] },
    { t: 'p', style: 'cover', runs: [{ s: dinas.toUpperCase(), b: true }] },
    { t: 'p', style: 'cover', runs: [{ s: 'TAHUN 2017', b: true }] },
    { t: 'p', style: 'chapter', runs: [{ s: 'BAB II' }], breakBefore: true },
    { t: 'p', style: 'chapterSub', runs: [{ s: 'EVALUASI PELAKSANAAN RENJA SKPD TAHUN LALU' }] },
    bold('2.3. Review terhadap Rancangan Awal RKPD'),
    body(
      'Review terhadap rancangan awal RKPD dimaksud untuk membandingkan antara rumusan hasil identifikasi kebutuhan program dan kegiatan berdasarkan analisis kebutuhan yang telah mempertimbangkan kinerja pencapaian target Renstra SKPD dan tingkat kinerja yang dicapai oleh SKPD, dengan arahan kepala daerah terkait prioritas program, kegiatan dan pagu indikatif yang tercantum dalam rancangan awal RKPD.',
    ),
    body(
      'Hasil review terhadap rancangan awal RKPD Provinsi Jawa Barat Tahun 2017 disajikan pada Tabel 2.3 berikut ini.',
    ),
    table({
      id: 'J2.3',
      kind: 'TC31',
      label: 'Tabel 2.3',
      caption: ['Tabel 2.3', 'Review terhadap Rancangan Awal RKPD Tahun 2017', `${dinas}`],
      repeatHeader: true,
      fontPt: 8,
      widths: [1.0, 3.4, 1.8, 3.2, 1.7, 2.1, 3.4, 1.8, 3.2, 1.7, 2.1, 1.9],
      align: ['c', 'l', 'c', 'l', 'c', 'r', 'l', 'c', 'l', 'c', 'r', 'l'],
      middleCols: [0],
      header: [
        [h('No.', 1, 2), h('Rancangan Awal RKPD', 5), h('Hasil Analisis Kebutuhan', 5), h('Catatan Penting', 1, 2)],
        [
          h('Program/Kegiatan'),
          h('Lokasi'),
          h('Indikator Kinerja'),
          h('Target Capaian'),
          h('Pagu Indikatif (Rp.000)'),
          h('Program/Kegiatan'),
          h('Lokasi'),
          h('Indikator Kinerja'),
          h('Target Capaian'),
          h('Kebutuhan Dana/ Pagu Indikatif (Rp.000)'),
        ],
        numbered(12),
      ],
      numberRow: 2,
      rows: t23rows,
    }),
    { t: 'p', style: 'chapter', runs: [{ s: 'BAB III' }], orientation: 'portrait' },
    { t: 'p', style: 'chapterSub', runs: [{ s: 'TUJUAN, SASARAN, PROGRAM DAN KEGIATAN' }] },
    bold('3.1. Telaahan terhadap Kebijakan Nasional dan Provinsi'),
    body(
      'Rencana program dan kegiatan SKPD Tahun 2017 disusun dengan mengacu pada prioritas pembangunan nasional dan prioritas pembangunan Provinsi Jawa Barat, serta memperhatikan hasil evaluasi pelaksanaan Renja SKPD tahun lalu dan hasil review terhadap rancangan awal RKPD.',
    ),
    bold('3.2. Program dan Kegiatan'),
    body(
      'Rumusan rencana program dan kegiatan SKPD Tahun 2017 dan prakiraan maju Tahun 2018 disajikan pada Tabel 3.1, sedangkan rencana pendanaannya menurut sumber dana disajikan pada Tabel 3.2.',
    ),
    table({
      id: 'J3.1',
      kind: 'TC33',
      label: 'Tabel 3.1',
      caption: [
        'Tabel 3.1',
        'Rumusan Rencana Program dan Kegiatan SKPD Tahun 2017 dan Prakiraan Maju Tahun 2018',
        dinas,
      ],
      repeatHeader: true,
      fontPt: 8,
      widths: [0.9, 2.0, 5.0, 5.6, 2.0, 2.2, 2.5, 1.7, 1.8, 2.2, 2.6],
      align: ['c', 'c', 'l', 'l', 'c', 'c', 'r', 'c', 'l', 'c', 'r'],
      middleCols: [0],
      header: [
        [
          h('No', 1, 2),
          h('Kode', 1, 2),
          h('Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan', 1, 2),
          h('Indikator Kinerja Program/Kegiatan', 1, 2),
          h('Rencana Tahun 2017', 4),
          h('Catatan Penting', 1, 2),
          h('Prakiraan Maju Rencana Tahun 2018', 2),
        ],
        [
          h('Lokasi'),
          h('Target Capaian Kinerja'),
          h('Kebutuhan Dana/ Pagu Indikatif (Rp. 000)'),
          h('Sumber Dana'),
          h('Target Capaian Kinerja'),
          h('Kebutuhan Dana/ Pagu Indikatif (Rp. 000)'),
        ],
        numbered(11),
      ],
      numberRow: 2,
      rows: t31rows,
    }),
    table({
      id: 'J3.2',
      kind: 'T41',
      label: 'Tabel 3.2',
      caption: ['Tabel 3.2', 'Rencana Pendanaan Program dan Kegiatan SKPD Tahun 2017 Menurut Sumber Dana', dinas],
      repeatHeader: false,
      fontPt: 9,
      widths: [1.2, 10.0, 3.6, 3.2, 3.2, 3.8],
      align: ['c', 'l', 'r', 'r', 'r', 'r'],
      middleCols: [0],
      breakBefore: true,
      header: [
        [h('No', 1, 2), h('Program/Kegiatan', 1, 2), h('Pagu Indikatif (Rp. 000)', 4)],
        [h('APBD Provinsi'), h('APBN'), h('Lainnya'), h('Jumlah')],
        numbered(6),
      ],
      numberRow: 2,
      rows: t32rows,
    }),
    { t: 'p', style: 'chapter', runs: [{ s: 'BAB IV' }], orientation: 'portrait' },
    { t: 'p', style: 'chapterSub', runs: [{ s: 'PENUTUP' }] },
    body(
      `Jumlah kebutuhan dana program dan kegiatan ${dinas} Tahun 2017 sebesar Rp. ${fmt(tot('hasil'))} ribu bersumber dari APBD Provinsi Jawa Barat.`,
    ),
  ];
  const totals = {
    moneyUnit: 1000,
    t23JumlahAwal: fmt(tot('awal')),
    t23JumlahHasil: fmt(tot('hasil')),
    t31Jumlah: fmt(tot('hasil')),
    t31JumlahMaju: fmt(tot('maju')),
    t32: {
      apbd: fmt(tot('hasil')),
      apbn: fmt(tot('apbn')),
      lainnya: fmt(tot('lain')),
      jumlah: fmt(tot('hasil') + tot('apbn') + tot('lain')),
    },
    programs: progs.map((p) => ({
      code: `${URUSAN.code} ${p.pc}`,
      name: p.pname,
      awal: fmt(p.awal),
      hasil: fmt(p.hasil),
      maju: fmt(p.maju),
      apbn: fmt(p.apbn),
      lainnya: fmt(p.lain),
    })),
  };
  return {
    doc: 'renja-old-era-jabar',
    title: `Rencana Kerja ${dinas} Tahun 2017`,
    footer: `Renja ${dinas} Tahun 2017`,
    blocks,
    totals,
  };
}
