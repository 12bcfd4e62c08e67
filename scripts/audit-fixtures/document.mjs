// Truth -> document model (blocks as scripts/renja-fixtures/odt.mjs renders them): a short
// 2017+ Renja with T-C.31 (both sides), T-C.33 (aktivitas rows, prakiraan maju), Tabel 4.1 and
// the 4.2 sentence stating the allocation in figures and words. Every table agrees with every other.
import { fmtRp } from '../renja-fixtures/expected.mjs';
import { keepBreaks, terbilang, walk } from './truth.mjs';

const P = (style, s, extra = {}) => ({ t: 'p', style, runs: [{ s }], ...extra });
const rp = (n) => fmtRp(n);
// the chapters holding the wide tables are printed on landscape pages, as Renja typists do
const L = (style, s, extra = {}) => P(style, s, { orientation: 'landscape', ...extra });

function seedTableDef(seedModel, id) {
  const t = seedModel.blocks.find((b) => b.t === 'table' && b.id === id);
  // caption, widths, header, alignment and font as the seed prints this table
  const { rows: _rows, ...def } = t;
  return structuredClone(def);
}

/** Code as each table prints it: T-C.33 4-digit sub kegiatan, the others 2-digit; programs as in the seed. */
function printedCode(node, table) {
  if (node.level !== 'sub_kegiatan') return node.printed;
  if (table === 'TC33') return node.code;
  const p = node.code.split('.');
  p[5] = p[5].slice(2);
  return p.join('.');
}

const c = (s) => ({ s });

function t41Rows(truth) {
  const rows = [];
  for (const n of walk(truth.programs)) {
    const seed = n.seed.t41;
    rows.push({
      role: 'data',
      cells: [
        c(printedCode(n, 'T41')),
        c(keepBreaks(seed[1], n.name)),
        c(n.lokasi),
        c(n.indikator),
        // targets fit their column here: a forced break inside `100,00%` would be unreadable, so none
        c(n.target),
        c(rp(n.pagu)),
      ],
    });
    for (const ind of n.indicators ?? []) {
      rows.push({ role: 'indicator', cells: [c(''), c(''), c(''), c(ind.indikator), c(ind.target), c('')] });
    }
  }
  rows.push({ role: 'total', cells: [{ s: 'TOTAL', cs: 5 }, c(rp(truth.total))] });
  return rows;
}

function tc33Rows(truth) {
  const rows = [];
  for (const n of walk(truth.programs)) {
    const lead = n.level !== 'sub_kegiatan';
    rows.push({
      role: 'data',
      cells: [
        c(printedCode(n, 'TC33')),
        c(n.sasaran),
        c(n.name),
        c(n.indikator),
        c(n.formula),
        c(''),
        c(lead ? '1' : ''),
        c(n.lokasi),
        c(n.target),
        c(rp(n.pagu)),
        c('DAU'),
        c(''),
        c(n.target),
        c(rp(n.maju)),
      ],
    });
    for (const ind of n.indicators ?? []) {
      rows.push({
        role: 'indicator',
        cells: [
          c(''),
          c(''),
          c(''),
          c(ind.indikator),
          c(ind.formula),
          c(''),
          c(''),
          c(''),
          c(ind.target),
          c(''),
          c(''),
          c(''),
          c(ind.target),
          c(''),
        ],
      });
    }
    for (const a of n.aktivitas ?? []) {
      rows.push({
        role: 'aktivitas',
        cells: [
          c(''),
          c(''),
          c(''),
          c(''),
          c(''),
          c(a.name),
          c(a.prio),
          c(n.lokasi),
          c(''),
          c(rp(a.pagu)),
          c(''),
          c(''),
          c(''),
          c(rp(a.maju)),
        ],
      });
    }
  }
  rows.push({
    role: 'total',
    cells: [{ s: 'JUMLAH', cs: 9 }, c(rp(truth.total)), c(''), c(''), c(''), c(rp(truth.totalMaju))],
  });
  return rows;
}

function tc31Rows(truth) {
  const rows = [];
  for (const n of walk(truth.programs)) {
    const seedCode = n.seed.tc31?.[0];
    const code = keepBreaks(seedCode, printedCode(n, 'TC31'));
    const side = [c(n.name), c(n.lokasi), c(n.indikator), c(n.target), c(rp(n.pagu))];
    rows.push({ role: 'data', cells: [c(code), ...side, ...structuredClone(side), c('')] });
    for (const ind of n.indicators ?? []) {
      const s = [c(''), c(''), c(ind.indikator), c(ind.target), c('')];
      rows.push({ role: 'indicator', cells: [c(''), ...s, ...structuredClone(s), c('')] });
    }
  }
  rows.push({
    role: 'total',
    cells: [{ s: 'TOTAL', cs: 5 }, c(rp(truth.total)), { s: 'TOTAL', cs: 4 }, c(rp(truth.total)), c('')],
  });
  return rows;
}

/** The allocation sentence of section 4.2: figure and words, both the grand total. */
export function allocationRuns(figure, words) {
  return [
    {
      s: 'Jumlah anggaran yang dialokasikan untuk mendukung pelaksanaan Program dan Kegiatan Kantor Kecamatan Pasirian Tahun Anggaran 2024 yaitu sebesar ',
    },
    { s: `Rp. ${rp(figure)},-`, b: true },
    { s: ' (' },
    { s: words, i: true },
    { s: ').' },
  ];
}

/** The clean document model. */
export function buildDocument(truth, seedModel) {
  const tc31 = { ...seedTableDef(seedModel, 'TC31'), rows: tc31Rows(truth) };
  const tc33 = { ...seedTableDef(seedModel, 'TC33'), rows: tc33Rows(truth) };
  const t41 = { ...seedTableDef(seedModel, 'T41'), rows: t41Rows(truth) };
  const blocks = [
    P('cover', 'RENCANA KERJA'),
    P('cover', 'PERANGKAT DAERAH'),
    P('cover', '(RENJA PD) TAHUN 2024'),
    P('cover', 'KECAMATAN PASIRIAN'),
    L('chapter', 'BAB II'),
    L('chapterSub', 'HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN 2022'),
    L('h2', '2.4 REVIEW TERHADAP RANCANGAN AWAL RKPD'),
    L(
      'body',
      'Review terhadap rancangan awal RKPD menjelaskan temuan-temuan setelah proses tersebut dan catatan penting terhadap perbedaan dengan rancangan awal RKPD (Tabel 2.6 T-C.31).',
    ),
    tc31,
    L('chapter', 'BAB III', { breakBefore: true }),
    L('chapterSub', 'TUJUAN DAN SASARAN PERANGKAT DAERAH'),
    L('h2', '3.3 PROGRAM DAN KEGIATAN'),
    L(
      'body',
      'Program dan kegiatan Kecamatan Pasirian Tahun 2024 beserta prakiraan maju Tahun 2025 disajikan pada Tabel 3.3 T-C.33 berikut.',
    ),
    tc33,
    L('chapter', 'BAB IV', { breakBefore: true }),
    L('chapterSub', 'RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH'),
    L('h2', 'IV.1 PROGRAM UTAMA, INDIKATOR KINERJA & ANGGARAN'),
    L(
      'body',
      'Penyusunan Rencana Kerja Perangkat Daerah Kecamatan Pasirian Tahun 2024 dituangkan pada beberapa program utama sebagaimana terurai dibawah ini :',
    ),
    t41,
    L('h2', 'A. JUMLAH ANGGARAN YANG DIALOKASIKAN'),
    { t: 'p', style: 'body', orientation: 'landscape', runs: allocationRuns(truth.total, terbilang(truth.total)) },
    P('chapter', 'BAB V', { breakBefore: true }),
    P('chapterSub', 'PENUTUP'),
    P(
      'body',
      'Rencana Kerja Kecamatan Pasirian merupakan suatu produk perencanaan yang memberikan arah dan pedoman bagi penyelenggaraan pembangunan di Kecamatan Pasirian dalam kurun waktu 1 (satu) tahun ke depan.',
    ),
  ];
  return { blocks };
}

/** Table block of a document model by id. */
export function tableOf(doc, id) {
  const t = doc.blocks.find((b) => b.t === 'table' && b.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}
