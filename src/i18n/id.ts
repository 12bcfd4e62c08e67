/**
 * Indonesian texts (`--lang id`, the default), worded as an Inspektorat writes its working papers: Temuan, Selisih,
 * Halaman, Kesalahan / Peringatan / Informasi. Domain words (pagu, prakiraan maju, sub kegiatan, terbilang) stay.
 */
import { Decimal } from 'decimal.js';
import type { Catalogue, UiStrings } from './catalogue.js';
import type { DetailParam, Message, ReadingParam, RowDiffParam, TotalParam, UnitConflictKind } from './messages.js';
import { kindIn, levelWords, pageRanges, q, rp as rpOr } from './helpers.js';

const table: Catalogue['table'] = {
  TC29: 'T-C.29',
  TC30: 'T-C.30',
  'TC31.awal': 'T-C.31 (rancangan awal)',
  'TC31.hasil': 'T-C.31 (hasil analisis)',
  TC32: 'T-C.32',
  TC33: 'T-C.33',
  T41: 'Tabel 4.1',
  PROSE: 'uraian (bab 4.2)',
  OTHER: 'tabel tak dikenali',
};

const kind = kindIn(table);
const rp = (v: string | null | Decimal) => rpOr(v, 'kosong');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SOURCE: Record<string, string> = {
  apbdKab: 'APBD Kabupaten/Kota',
  apbdProv: 'APBD Provinsi',
  apbn: 'APBN',
  lainnya: 'sumber lain',
};

const FIELD: Record<string, string> = {
  pagu: 'pagu',
  pagu_maju: 'prakiraan maju',
  paguMaju: 'prakiraan maju',
  'awal.pagu': 'pagu (rancangan awal)',
  'hasil.pagu': 'pagu (hasil analisis)',
  'awal.paguMaju': 'prakiraan maju (rancangan awal)',
  'hasil.paguMaju': 'prakiraan maju (hasil analisis)',
  target: 'target',
  indikator: 'indikator',
  name: 'nama',
  lokasi: 'lokasi',
  sumber_dana: 'sumber dana',
  total: 'total pagu',
  total_pagu_maju: 'total prakiraan maju',
  row: 'baris',
  code: 'kode',
  number: 'nomor baris',
  table: 'tabel',
  cell: 'sel',
  terbilang: 'terbilang',
  allocated_total: 'jumlah anggaran',
  year: 'tahun',
  year_maju: 'tahun prakiraan maju',
};
const field = (f: string) => FIELD[f] ?? f;

function total(t: TotalParam): string {
  return t.source === 'printed'
    ? 'baris jumlah tercetak'
    : `jumlah ${t.rows} baris ${levelWords(t.level)}, tanpa baris jumlah tercetak`;
}

const rounding = (unit: string) => `masih dalam batas pembulatan nilai yang dicetak dalam satuan ${rp(unit)}`;

function detail(d: DetailParam): string {
  switch (d.kind) {
    case 'money':
      return `${rp(d.a)} dan ${rp(d.b)}${d.roundingUnit ? ` (${rounding(d.roundingUnit)})` : ''}`;
    case 'money-source-part':
      return `${rp(d.a)} dan ${rp(d.b)} (sama dengan bagian ${SOURCE[d.source] ?? d.source} dari pagu yang dirinci per sumber dana)`;
    case 'money-implied': {
      const what = ` (jumlah ${d.children} baris ${levelWords(d.childLevel)} di bawahnya)`;
      return (
        `${rp(d.a)}${d.implied === 'a' ? what : ''} dan ${rp(d.b)}${d.implied === 'b' ? what : ''}` +
        (d.roundingUnit ? ` (${rounding(d.roundingUnit)})` : '') +
        ` (baris ${levelWords(d.level)} pada ${table[d.table]} tidak mencantumkan nilai)`
      );
    }
    case 'text':
      return `${q(d.a)} dan ${q(d.b)}${d.caseOnly ? ' (hanya beda huruf besar/kecil, spasi atau penulisan)' : ''}`;
    case 'target':
      return (
        `${d.a || 'kosong'} dan ${d.b || 'kosong'}${d.unitOnly ? ' (angka sama, satuan berbeda)' : ''}` +
        (d.indikator !== null ? ` (indikator ${q(d.indikator)})` : '')
      );
    case 'indicator-missing':
      return `indikator ${q(d.text)} hanya ada di ${table[d.table]}`;
  }
}

function rowDiff(d: RowDiffParam): string {
  switch (d.field) {
    case 'name':
      return `nama ${q(d.a)} / ${q(d.b)}`;
    case 'pagu':
    case 'pagu_maju':
      return `${field(d.field)} ${rp(d.a)} / ${rp(d.b)}`;
    case 'target':
      return `target ${d.a} / ${d.b}`;
    case 'indikator':
      return 'indikator';
  }
}

const pageRange = (pages: number[]) =>
  pages.length === 0
    ? 'halaman ?'
    : pages.length === 1
      ? `halaman ${pages[0]}`
      : `halaman ${pages[0]}-${pages[pages.length - 1]}`;

const unitWords = (u: number): string =>
  u === 1 ? 'Rupiah' : u === 1000 ? 'ribuan (Rp.000)' : u === 1e6 ? 'jutaan' : `satuan ${u}`;

const UNIT_KIND: Record<UnitConflictKind, (header: string, median: string, rows: number) => string> = {
  'header-thousands-cells-rupiah': (h, m) =>
    `judul kolom menyatakan ${h}, tetapi isi selnya Rupiah penuh: bila dikalikan satuan judul, baris tengahnya (median) menjadi ${m}`,
  'cells-too-small': (h, m) =>
    `judul kolom menyatakan ${h}, tetapi isi selnya terlalu kecil untuk satuan itu: baris tengahnya (median) menjadi ${m}`,
  mixed: (_h, _m, rows) =>
    `${rows} sel berbeda 1000 kali dari kolom uang lain pada barisnya, sementara baris lain sesuai: kolom ini mencampur nilai ribuan dan Rupiah penuh`,
};

const ROLE: Record<string, string> = {
  plan: 'tahun rencana',
  maju: 'tahun prakiraan maju',
  rkpd: 'tahun RKPD yang direviu',
  relative: 'tahun relatif terhadap tahun rencana',
  berjalan: 'tahun berjalan',
  lalu: 'tahun lalu',
  until: 'tahun terakhir yang dievaluasi',
};
const WHERE: Record<string, string> = {
  caption: 'judul tabel',
  column: 'judul kelompok kolom',
  'running-head': 'kepala halaman',
};

function expected(e: { min: number | null; max: number | null } | null): string {
  if (!e) return '';
  if (e.min !== null && e.min === e.max) return String(e.min);
  if (e.min === null) return `${e.max} atau sebelumnya`;
  if (e.max === null) return `${e.min} atau sesudahnya`;
  return `${e.min}–${e.max}`;
}

const EMPTY_COLUMN: Record<string, string> = {
  paguMaju: 'prakiraan maju (pagu)',
  'awal.paguMaju': 'prakiraan maju (rancangan awal)',
  'hasil.paguMaju': 'prakiraan maju (hasil analisis)',
};

/** The extractor's warning kinds that invalid-value reports (src/reconcile/rules/invalid-value.ts). */
const WARNING_KIND: Record<string, string> = {
  'money-unparseable': 'nilai uang tidak dapat dibaca',
  'money-spreadsheet-error': 'sel berisi kesalahan lembar kerja (spreadsheet)',
  'money-unit-conflict': 'nilai tidak sesuai dengan satuan kolomnya',
  'money-odd-format':
    'penulisan angka tidak lazim (titik dan koma bercampur sebagai pemisah ribuan), dibaca dengan satu-satunya kemungkinan',
  'money-ambiguous':
    'nilai uang tidak dapat dibaca dengan pasti (terpotong oleh selnya, atau titik sebelum dua-tiga angka terakhir yang bisa berarti sen)',
  'money-negative': 'nilai uang negatif, padahal pagu tidak mungkin di bawah nol',
  'money-implausible': 'nilai uang terlalu besar untuk sebuah Renja (di atas Rp 10^15)',
  'code-unparsed': 'kode tidak dapat dibaca',
  'target-unparsed': 'target tidak dapat dibaca',
};

const UI_ID: UiStrings = {
  brand: 'renja-audit · Laporan pemeriksaan konsistensi Renja PD',
  titlePrefix: 'Pemeriksaan Renja',
  file: 'Berkas',
  pagesCount: '{n} halaman',
  generated: 'dibuat {date}',
  tablesRead: 'Tabel terbaca',
  records: 'Baris terbaca',
  howToRead:
    'Setiap temuan membandingkan nilai A dengan nilai B (selisih = B − A) dan menyebut tabel serta halaman ' +
    'masing-masing. Buka "Lihat halaman" untuk melihat sel-selnya di dokumen. Dahulukan Kesalahan: nilai ' +
    'uang atau target berubah.',
  tableTotals: 'Total per tabel',
  noTables: 'Tidak ada tabel Renja yang terbaca.',
  colTable: 'Tabel',
  colPages: 'Halaman',
  colRecords: 'Baris',
  colTotalPagu: 'Total pagu',
  colVsT41: 'Selisih Tabel 4.1 dikurangi tabel ini',
  colTotalMaju: 'Total prakiraan maju',
  printedTotal: 'baris jumlah tercetak',
  sumOfRows: 'jumlah baris {level}',
  findingsPerRule: 'Temuan per aturan',
  colRule: 'Aturan',
  colRuleId: 'Kode aturan',
  total: 'Jumlah',
  findings: 'Temuan',
  causesTitle: 'Temuan menurut penyebab',
  causesLead:
    '{causes} penyebab di balik {findings} temuan. Setiap penyebab ditampilkan dengan temuan yang mewakilinya; temuan ' +
    'yang dijelaskannya (selisih yang sama terbawa ke baris induk atau total, sel yang sama dilihat dari tabel lain) ' +
    'dilipat di bawahnya.',
  cause: 'Penyebab {n}',
  atStake: 'nilai temuan {amount}',
  causeFindings: '{n} temuan, {echoes} di antaranya selisih yang sama terbawa ke baris induk atau total',
  causeFindingsPlain: '{n} temuan',
  moreFindings: '{n} temuan lain dari penyebab ini',
  kind_cell: 'satu sel',
  kind_row: 'satu baris',
  kind_total: 'total',
  kind_pattern: 'pola perubahan',
  kind_repeat: 'perbedaan berulang',
  kind_finding: 'temuan tunggal',
  patternExceptions: '; kecuali {codes}',
  pagePrinted: 'hlm. {n} (tercetak {p})',
  noFindings: 'Tidak ada selisih: tabel-tabel saling sesuai.',
  colSeverity: 'Tingkat',
  colRow: 'Kode dan nama',
  colField: 'Kolom',
  colValueA: 'Nilai A',
  colValueB: 'Nilai B',
  colDiff: 'Selisih (B − A)',
  colMessage: 'Uraian temuan',
  explanation: 'Asal selisih: {a} → {b}',
  rows: '{n} baris',
  absent: 'tidak ada',
  computed: 'hasil hitungan',
  blank: 'kosong',
  pageShort: 'hlm. {n}',
  pdfPage: 'halaman PDF {n}',
  printedPage: 'halaman tercetak {n}',
  showPage: 'Lihat halaman',
  pageNote: 'Digambar dari sel yang terbaca pada halaman itu; sel bergaris tebal adalah nilai temuan ini.',
  search: 'Cari kode, nama, teks…',
  allSeverities: 'Semua tingkat',
  allRules: 'Semua aturan',
  allTables: 'Semua tabel',
  allPrograms: 'Semua program',
  shown: '{n} dari {total} penyebab ditampilkan',
  reset: 'Atur ulang',
  footer:
    'Nilai dalam Rupiah. Selisih = nilai B dikurangi nilai A. "hlm." adalah nomor halaman berkas PDF; nomor halaman ' +
    'tercetak, bila halaman mencetaknya, ditulis di sampingnya.',
  termTotal: 'total',
  termSumOfRows: '(jumlah baris)',
  termReports: 'laporan: {dir}/',
  termPages: 'hlm. {pages}',
  causePattern: 'pola: hasil analisis = rancangan awal {percent} % pada {rows} baris T-C.31',
  andMore: ' dan {n} lainnya',
  causeMissing: '{row}: tidak ada di {missing} (ada di {present})',
  causeRepeat: '{field} "{from}" di {a} tertulis "{to}" di {b} pada {rows} baris',
  causeAwalHasil: '{field} {row}: rancangan awal {a}, hasil analisis {b} (tanpa catatan)',
  alsoSeen: 'juga terlihat pada {list}',
  check_totals: 'total antartabel',
  check_rows: 'baris per baris',
  'check_awal-vs-hasil': 'rancangan awal dan hasil analisis',
  check_rollup: 'induk = jumlah rinciannya',
  'check_declared-total': 'baris JUMLAH = jumlah program',
  check_terbilang: 'terbilang dan jumlah dalam uraian',
  'skip_table-missing': '{table} tidak ditemukan',
  'skip_no-money-column': 'kolom pagu {table} tidak terbaca',
  'skip_no-total': 'total {table} tidak dapat dihitung (ada nilai yang tidak terbaca)',
  'skip_no-prose-amount': 'tidak ada jumlah anggaran yang ditulis dalam uraian',
  'sanity_negative-total': 'total pagu {table} negatif ({value}): mungkin baris nomor kolom terbaca sebagai data',
  'sanity_zero-total': 'total pagu {table} nol',
  'sanity_tiny-total': 'total pagu {table} hanya {value}: tidak wajar untuk sebuah Renja, periksa pembacaan tabel',
  'sanity_total-unreadable': 'total pagu {table} tidak dihitung: {n} nilai tidak terbaca',
  termHeadCauses:
    '{doc}: {pages} halaman, {records} baris terbaca; {causes} penyebab dari {findings} temuan ({errors} kesalahan, {warnings} peringatan, {infos} informasi)',
  termAtStake: '; nilai temuan {amount}',
  termPdfPages: 'hlm. PDF {pages}',
  termChecked: 'diperiksa: {ran} dari {n} pemeriksaan',
  termNotRun: 'tidak dijalankan: {check} ({why})',
  termCausesHead: 'penyebab, terbesar dahulu:',
  termMoreCauses: '… dan {n} penyebab lainnya (report.html)',
  sheet_documents: 'Dokumen',
  sheet_causes: 'Penyebab',
  sheet_findings: 'Temuan',
  sheet_records: 'Baris data',
  sheet_tables: 'Tabel',
  sheet_checks: 'Pemeriksaan',
  batchTitle: 'Ikhtisar pemeriksaan',
  batchLead:
    '{n} dokumen. Total per tabel berdampingan (total yang berbeda dengan Tabel 4.1 dokumen yang sama ditandai), ' +
    'penyebab menurut tingkat dan nilai temuan penyebab berkategori Kesalahan; buka laporan dokumen untuk temuannya.',
  batchSearch: 'Cari dokumen, status…',
  colDoc: 'Dokumen',
  colStatus: 'Status',
  colAtStake: 'Nilai temuan',
  status_ok: 'terbaca',
  status_failed: 'gagal',
  status_duplicate: 'duplikat',
  'status_no-renja-tables': 'tanpa tabel Renja',
};

const danList = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} dan ${xs[xs.length - 1]}`;
const ocrNote = (c: number | null) => (c === null ? '' : ` (OCR, keyakinan ${c}%)`);

const rowWords = (r: ReadingParam) =>
  [r.rows > 0 ? String(r.rows) : '', 'baris', levelWords(r.level)].filter(Boolean).join(' ');

/** Letak suatu cetakan angka, tanpa nilainya (nilainya baru saja disebut). */
function printing(r: ReadingParam): string {
  const what =
    r.kind === 'cell'
      ? r.total
        ? `baris jumlah ${table[r.table]}`
        : table[r.table]
      : r.total
        ? `jumlah ${rowWords(r)} ${table[r.table]}`
        : `jumlah ${rowWords(r)} di bawahnya pada ${table[r.table]}`;
  return what + ocrNote(r.confidence);
}

/** Suatu cetakan angka beserta nilainya. */
function reading(r: ReadingParam): string {
  if (r.kind === 'cell')
    return `${r.total ? `baris jumlah ${table[r.table]}` : table[r.table]} ${rp(r.value)}${ocrNote(r.confidence)}`;
  return `${printing({ ...r, confidence: null })} (${rp(r.value)}${r.confidence === null ? '' : `; OCR, keyakinan ${r.confidence}%`})`;
}

/** The finding an OCR note wraps, in Indonesian. */
const base = (m: Message | null, text: string): string =>
  m ? (id.messages[m.key] as (p: Message['params']) => string)(m.params) : text;

export const id: Catalogue = {
  lang: 'id',
  locale: 'id-ID',
  ui: UI_ID,
  table,
  rule: {
    'total-mismatch': 'Total antartabel berbeda',
    'value-mismatch': 'Baris sama, nilai berbeda',
    'missing-row': 'Baris tidak ada di salah satu tabel',
    'awal-vs-hasil': 'Perubahan rancangan awal ke hasil analisis (T-C.31)',
    'rollup-mismatch': 'Nilai induk tidak sama dengan jumlah rinciannya',
    'declared-total-mismatch': 'Jumlah tercetak tidak sama dengan jumlah barisnya',
    'duplicate-code': 'Kode tercetak dua kali',
    'terbilang-mismatch': 'Terbilang atau uraian tidak sesuai dengan angka',
    'invalid-value': 'Nilai tidak terbaca',
    'empty-column': 'Kolom uang kosong di semua baris',
    'unread-table': 'Halaman tabel tidak terbaca',
    'year-label': 'Keterangan tahun bertentangan dengan tahun rencana',
    'unit-conflict': 'Satuan uang pada judul kolom tidak sesuai dengan isi sel',
    nomenclature: 'Kode atau nama tidak sesuai nomenklatur resmi',
    'ocr-uncertain': 'Selisih yang dapat dijelaskan satu angka salah baca (OCR)',
  },
  ruleHelp: {
    'total-mismatch': 'total dua tabel berbeda',
    'value-mismatch': 'kode yang sama berbeda pagu, target, indikator, nama, lokasi atau sumber dananya antartabel',
    'missing-row': 'baris yang ada di satu tabel tetapi tidak ada di tabel lain',
    'awal-vs-hasil': 'perubahan dari rancangan awal ke hasil analisis pada T-C.31, dengan atau tanpa catatan',
    'rollup-mismatch': 'baris induk yang nilainya tidak sama dengan jumlah rinciannya',
    'declared-total-mismatch': 'baris JUMLAH/TOTAL tercetak yang tidak sama dengan jumlah baris program',
    'duplicate-code': 'kode yang tercetak dua kali dalam satu tabel',
    'terbilang-mismatch': 'terbilang yang berbeda dengan angkanya atau dengan total tabel',
    'invalid-value': 'nilai yang tidak dapat dibaca (#REF!, angka rusak)',
    'empty-column': 'kolom uang yang dicetak formulir tetapi kosong di semua baris',
    'unread-table': 'halaman tabel bernilai uang yang tidak menghasilkan baris',
    'year-label': 'tahun pada judul tabel, judul kolom atau kepala halaman yang bertentangan dengan tahun rencana',
    'unit-conflict': 'kolom uang yang satuan judulnya bertentangan dengan isi selnya',
    nomenclature: 'kode atau nama yang berbeda dengan nomenklatur resmi (Kepmendagri)',
    'ocr-uncertain':
      'selisih uang pada teks hasil OCR yang dapat dijelaskan oleh satu angka atau pemisah yang salah baca, dan tidak ditunjukkan oleh cetakan lain angka itu dalam dokumen (tabel lain, jumlah baris rinciannya) sebagai angka yang memang tercetak; kedua bacaan dan cetakan pendukungnya disebutkan',
  },
  severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Informasi' },
  severityPlural: { error: 'kesalahan', warning: 'peringatan', info: 'informasi' },
  field: FIELD,
  messages: {
    'total-mismatch': (p) =>
      `${p.field === 'pagu' ? 'Total pagu' : 'Total prakiraan maju'} berbeda: ${table[p.tableA]} ${rp(p.valueA)} ` +
      `(${total(p.totalA)}) dan ${table[p.tableB]} ${rp(p.valueB)} (${total(p.totalB)}), selisih ${rp(p.difference)}` +
      (p.sourcePart
        ? `; sama dengan bagian ${SOURCE[p.sourcePart] ?? p.sourcePart} dari total yang dirinci per sumber dana`
        : ''),
    'value-mismatch': (p) =>
      `${cap(field(p.field))} ${p.row} berbeda antara ${table[p.tableA]} dan ${table[p.tableB]}: ${detail(p.detail)}`,
    'missing-row': (p) =>
      `${cap(levelWords(p.level))} ${p.row}${p.pagu !== null ? ` (pagu ${rp(p.pagu)})` : ''} tercantum di ` +
      `${table[p.from]} tetapi tidak ada di ${table[p.other]}${p.under ? ` (beserta ${p.under} baris di bawahnya)` : ''}`,
    'awal-vs-hasil': (p) =>
      `${cap(field(p.field))} ${p.row} berubah dari rancangan awal ke hasil analisis: ${detail(p.detail)}; ` +
      (p.catatan !== null ? `catatan: ${q(p.catatan)}` : 'tidak ada catatan penting yang menjelaskannya'),
    'rollup-mismatch': (p) =>
      `${table[p.table]}: ${field(p.field)} ${levelWords(p.level)} ${p.row} tercatat ${rp(p.value)}, sedangkan ` +
      `jumlah ${p.children} baris ${levelWords(p.childLevel)} di bawahnya ${rp(p.sum)} (selisih ${rp(p.difference)})` +
      (p.roundingUnit
        ? `; ${rounding(p.roundingUnit)}`
        : p.repeats.length
          ? `; sesuai hanya bila baris berulang ${p.repeats.join(', ')} dihitung sekali`
          : p.duplicates.length
            ? `; jumlah itu menghitung setiap baris berkode ganda ${p.duplicates.join(', ')}`
            : ''),
    'declared-total-mismatch': (p) =>
      `Jumlah ${field(p.field)} yang tercetak pada ${table[p.table]}, ${rp(p.printed)}, tidak sama dengan jumlah ` +
      `${p.rows} baris ${levelWords(p.level)} (${p.unreadable ? 'paling sedikit ' : ''}${rp(p.sum)}), selisih ${rp(p.difference)}` +
      (p.unreadable ? `; ${p.unreadable} baris yang nilainya tidak terbaca tidak ikut dijumlah` : '') +
      (p.roundingUnit ? `; ${rounding(p.roundingUnit)}` : ''),
    'duplicate-reprint': (p) =>
      `${table[p.table]} dicetak ulang pada ${pageRange(p.pages)} (${p.repeated} dari ${p.rows} barisnya berulang ` +
      `dengan nilai yang sama seperti baris pada ${pageRange(p.originalPages)}); hanya cetakan pertama yang diperiksa`,
    'duplicate-number': (p) =>
      `${table[p.table]} memberi nomor ${p.number} kepada ${p.count} baris ${levelWords(p.level)} yang berbeda ` +
      `(halaman ${p.pages.join(', ')}): ${p.names.map(q).join(', ')}`,
    'duplicate-code': (p) =>
      `${table[p.table]} mencantumkan kode ${levelWords(p.level)} ${p.code} dua kali (halaman ${p.pageA} dan ` +
      `${p.pageB}): ` +
      (p.diffs.length
        ? `berbeda pada ${p.diffs.map(rowDiff).join('; ')}`
        : 'barisnya identik (terulang, mungkin di pergantian halaman)'),
    'terbilang-words': (p) =>
      `Angka ${p.figureRaw} (${rp(p.figure)}) tidak sesuai dengan terbilangnya ${q(p.words)} (${rp(p.wordsValue)})`,
    'terbilang-allocation': (p) =>
      `Jumlah anggaran yang dinyatakan dalam uraian (${rp(p.stated)}) berbeda dengan total ${table[p.table]} ` +
      `${rp(p.total)} (${total(p.totalHow)}), selisih ${rp(p.difference)}`,
    'invalid-record': (p) =>
      `${table[p.table]} ${p.row}: ${WARNING_KIND[p.kind] ?? p.kind}${p.raw !== null ? ` ${q(p.raw)}` : ''}`,
    'invalid-cell': (p) =>
      `Kesalahan lembar kerja (spreadsheet) tercetak pada sel ${p.tableKind === 'OTHER' ? 'sebuah tabel' : kind(p.tableKind)} ` +
      `(baris ${p.row}, kolom ${p.col}) halaman ${p.page}: ${q(p.text)}`,
    'empty-column': (p) =>
      `Kolom ${EMPTY_COLUMN[p.column] ?? p.column} pada ${kind(p.tableKind)} (halaman ${pageRanges(p.pages)}) kosong di ` +
      'semua baris, padahal pagunya terisi',
    'unread-table': (p) =>
      `Tabel${p.caption ? ` ${q(p.caption)}` : ''} pada halaman ${pageRanges(p.pages)} memuat nilai uang tetapi tidak ` +
      'terbaca: ' +
      (p.why === 'not-recognised'
        ? 'tidak dikenali sebagai tabel Renja'
        : `dikenali sebagai ${kind(p.tableKind)}, tetapi halaman ini tidak menghasilkan baris`) +
      '; periksa halaman tersebut secara manual',
    'year-label': (p) =>
      `${cap(WHERE[p.where])} ${q(p.match)} pada halaman ${p.page}: ` +
      (p.impossible
        ? `tahun ${p.year} tidak mungkin`
        : `${ROLE[p.role] ?? p.role} ${p.year}, seharusnya ${expected(p.expected)} untuk tahun rencana ${p.plan}`) +
      (p.against ? `; ${WHERE[p.against.where]} pada halaman yang sama menyebut ${q(p.against.match)}` : ''),
    'unit-conflict': (p) => {
      const s = p.sample;
      const sample = s
        ? `, misalnya ${q(s.raw)} (hlm. ${s.page}, ${s.row}${s.otherRaw !== null ? `, di samping ${s.otherColumn} ${q(s.otherRaw)}` : ''})`
        : '';
      const read = p.kind === 'cells-too-small' ? '' : `; dibaca dalam ${unitWords(p.readUnit)}`;
      return (
        `${table[p.table]} kolom ${p.column} (halaman ${pageRanges(p.pages)}): ` +
        `${UNIT_KIND[p.kind](unitWords(p.headerUnit), p.median !== null ? rp(p.median) : '', p.rows)}${sample}${read}`
      );
    },
    'note-covered': (p) =>
      p.full
        ? `terjelaskan seluruhnya: baris di bawah ini menjelaskan seluruh selisih ${rp(p.gap)}`
        : `terjelaskan sebagian: baris di bawah ini menjelaskan ${rp(p.covered)} dari selisih ${rp(p.gap)}; sisanya ada ` +
          (p.ofTotal
            ? 'pada angka total itu sendiri (lihat declared-total-mismatch)'
            : 'pada angka baris ini sendiri (lihat rollup-mismatch)'),
    'note-own-figure': (p) =>
      `tidak ada baris di bawahnya yang berbeda: selisih ${rp(p.gap)} ada pada angka baris ini sendiri (lihat rollup-mismatch)`,
    'note-total-own-figure': () =>
      'tidak ada baris program yang berbeda: selisihnya ada pada angka total itu sendiri (lihat declared-total-mismatch)',
    'note-missing': (p) => `tidak ada di ${table[p.from]}`,
    'note-values': (p) => `${table[p.tableA]} ${rp(p.valueA)}, ${table[p.tableB]} ${rp(p.valueB)}`,
    'ocr-uncertain': (p) => {
      const s = p.suspect === 'a' ? p.a : p.suspect === 'b' ? p.b : null;
      const other = p.suspect === 'a' ? p.b : p.a;
      const why = s
        ? `yang kemungkinan salah baca adalah ${reading(s)}, karena ${rp(other.value)} didukung oleh ` +
          danList(p.witnesses.map(printing))
        : p.witnesses.length
          ? `cetakan lain angka ini dalam dokumen (${danList(p.witnesses.map(reading))}) tidak mendukung salah satunya`
          : 'tidak ada cetakan lain angka ini dalam dokumen yang mendukung salah satunya';
      return (
        `${base(p.base, p.baseText)}; dibaca dengan OCR: ${reading(p.a)} dan ${reading(p.b)} hanya berbeda satu ` +
        `angka atau tanda pemisah, yang dapat terjadi karena salah baca; ${why}; periksa hasil pindaian ` +
        `(${p.rule} bila cetakannya memang demikian)`
      );
    },
    'ocr-read': (p) =>
      `${base(p.base, p.baseText)} (dibaca dengan OCR, keyakinan ${p.confidence.join('/')}%` +
      p.confirmed.map((c) => `; ${reading(c.reading)} didukung oleh ${danList(c.by.map(printing))}`).join('') +
      ')',
  },
};
