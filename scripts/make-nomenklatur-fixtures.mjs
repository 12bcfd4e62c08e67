#!/usr/bin/env node
// Generates fixtures/nomenklatur/: a small Renja (Tabel 4.1 of a kabupaten Dinas PPPA, plan year 2025) drawn with
// pdf-lib, whose rows take their codes and names from the official list shipped in data/nomenklatur.json.gz (2023
// amendment, kabupaten/kota), with deliberate faults injected: a typo, another code's name, a punctuation-only
// difference, an unknown kegiatan code, a sub kegiatan under another kegiatan, a provinsi code, a Setda-only
// kegiatan, a target unit other than the official satuan. Writes the PDF and <name>.expected.json: the findings the
// `nomenclature` rule must report, derived from the injections below (never from the audit tool), with the page each
// row was drawn on. The rest of the document is consistent (sums, totals), so no other rule has anything to say.
//
//   node scripts/make-nomenklatur-fixtures.mjs
//
// Reads only data/nomenklatur.json.gz (no ../shared). Deterministic: the same input gives the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(REPO, 'fixtures/nomenklatur');
const NAME = 'dinas-pppa-2025';
const PLAN_YEAR = 2025;

// ------------------------------------------------------------------ the official list (2023, kabupaten/kota)

const data = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(REPO, 'data/nomenklatur.json.gz'))).toString('utf8'));
const v2023 = data.versions.find((v) => v.id === '2023');
/** code -> { name, indikator, satuan }; the generic X.XX.01 rows put in bidang 2.08, as the regulation reads. */
const OFFICIAL = new Map();
for (const [code, name, indikator = '', satuan = ''] of v2023.lists.kabkota.rows) {
  const c = code.startsWith('X.XX.') ? `2.08${code.slice(4)}` : code;
  if (!OFFICIAL.has(c) || code.startsWith('X.XX.')) OFFICIAL.set(c, { name, indikator, satuan });
}
const off = (code) => {
  const e = OFFICIAL.get(code);
  if (!e) throw new Error(`${code}: not in the official list`);
  return e;
};

// ------------------------------------------------------------------ the document model

/**
 * Rows in printed order. `name`/`unit` default to the official ones; `expect` lists the findings an injection
 * causes (the rule's field, severity, what the message must name).
 */
const ROWS = [];
const program = (code, o = {}) => ROWS.push({ level: 'program', code, ...o });
const kegiatan = (code, o = {}) => ROWS.push({ level: 'kegiatan', code, ...o });
const sub = (code, pagu, o = {}) => ROWS.push({ level: 'sub_kegiatan', code, pagu, ...o });

program('2.08.01');
kegiatan('2.08.01.2.01');
sub('2.08.01.2.01.0001', 15_000_000n);
sub('2.08.01.2.01.0006', 7_500_000n, {
  // a typo: one letter dropped
  name: off('2.08.01.2.01.0006').name.replace('Realisasi', 'Realiasi'),
  expect: [{ field: 'name', severity: 'warning', says: [off('2.08.01.2.01.0006').name] }],
});
kegiatan('2.08.01.2.02');
sub('2.08.01.2.02.0001', 1_250_000_000n);
sub('2.08.01.2.02.0005', 4_000_000n, {
  // punctuation and case only: info
  name: 'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun  SKPD.'.replace('Akhir', 'akhir'),
  expect: [{ field: 'name', severity: 'info', says: [off('2.08.01.2.02.0005').name] }],
});
sub('2.08.01.2.05.0002', 22_000_000n, {
  // a sub kegiatan of kegiatan 2.08.01.2.05 printed under kegiatan 2.08.01.2.02
  expect: [{ field: 'parent', severity: 'warning', says: ['2.08.01.2.02', 'induk resminya kegiatan 2.08.01.2.05'] }],
});
kegiatan('2.08.01.2.06');
sub('2.08.01.2.06.0001', 9_000_000n, {
  // another code's name: the name of 2.08.01.2.06.0005
  name: off('2.08.01.2.06.0005').name,
  unit: off('2.08.01.2.06.0005').satuan,
  expect: [{ field: 'name', severity: 'warning', says: [off('2.08.01.2.06.0001').name, '2.08.01.2.06.0005'] }],
});
sub('2.08.01.2.06.0002', 31_000_000n, {
  // a target unit other than the official satuan (Paket)
  unit: 'Unit',
  expect: [{ field: 'target_unit', severity: 'info', says: ['"Unit"', '"Paket"'] }],
});
kegiatan('2.08.01.2.20', {
  // a kegiatan code that does not exist, printed with the name of kegiatan 2.08.01.2.08
  name: off('2.08.01.2.08').name,
  pagu: 12_000_000n,
  expect: [{ field: 'code', severity: 'error', says: ['2.08.01.2.20', 'kegiatan 2.08.01.2.08'] }],
});
kegiatan('2.08.01.1.03', {
  // a provinsi code (kegiatan kind 1) in a kabupaten document
  name: off('2.08.01.2.03').name,
  pagu: 6_000_000n,
  expect: [{ field: 'code', severity: 'error', says: ['daftar provinsi', 'kabupaten/kota'] }],
});
kegiatan('2.08.01.2.12', {
  // Fasilitasi Kerumahtanggaan Sekretariat Daerah: Sekretariat Daerah only
  pagu: 8_000_000n,
  expect: [{ field: 'code', severity: 'error', says: ['Sekretariat Daerah (4.01)'] }],
});
program('2.08.02');
kegiatan('2.08.02.2.01');
sub('2.08.02.2.01.0001', 45_000_000n);
sub('2.08.02.2.01.0004', 38_500_000n);
kegiatan('2.08.02.2.03');
sub('2.08.02.2.03.0001', 27_000_000n);
sub('2.08.02.2.03.0003', 19_750_000n);

// pagu of kegiatan and programs: the sum of the rows printed under them
for (let i = ROWS.length - 1; i >= 0; i--) {
  const r = ROWS[i];
  if (r.level === 'sub_kegiatan' || r.pagu !== undefined) continue;
  const rank = r.level === 'program' ? 2 : 3;
  let sum = 0n;
  for (let j = i + 1; j < ROWS.length; j++) {
    const c = ROWS[j];
    const cr = c.level === 'program' ? 2 : c.level === 'kegiatan' ? 3 : 4;
    if (cr <= rank) break;
    if (cr === rank + 1) sum += c.pagu;
  }
  r.pagu = sum;
}
const TOTAL = ROWS.filter((r) => r.level === 'program').reduce((a, r) => a + r.pagu, 0n);

const rupiah = (n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function cells(r) {
  const o = OFFICIAL.get(r.code);
  const name = r.name ?? o.name;
  if (r.level === 'sub_kegiatan') {
    const unit = r.unit ?? o.satuan;
    return [r.code, name, 'Kabupaten Contoh', o.indikator, `1 ${unit}`, rupiah(r.pagu)];
  }
  const ind = r.level === 'program' ? 'Persentase capaian program' : 'Persentase capaian kegiatan';
  return [r.code, name, 'Kabupaten Contoh', ind, '100 %', rupiah(r.pagu)];
}

// ------------------------------------------------------------------ drawing

const HEADER = ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Lokasi', 'Indikator', 'Target', 'Pagu Indikatif (Rp.)'];
const NUMBERS = ['1', '2', '3', '4', '5', '6'];
const WIDTHS = [90, 230, 80, 230, 60, 90];
const PAGE = [841.89, 595.28];
const X0 = 30;
const SIZE = 7.5;
const LINE = 9;
const PAD = 3;
const TOP = 520;
const BOTTOM = 40;
const RUNNING_HEAD = `Rencana Kerja Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Contoh Tahun ${PLAN_YEAR}`;
const CAPTION = [
  'Tabel 4.1',
  `Program Utama, Indikator Kinerja dan Pagu Indikatif Tahun ${PLAN_YEAR}`,
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Contoh',
];

async function build() {
  const doc = await PDFDocument.create();
  doc.setTitle(`Renja Dinas PPPA Kabupaten Contoh ${PLAN_YEAR}`);
  doc.setCreationDate(new Date('2026-11-29T00:00:00Z'));
  doc.setModificationDate(new Date('2026-11-29T00:00:00Z'));
  doc.setProducer('scripts/make-nomenklatur-fixtures.mjs');
  doc.setCreator('pdf-lib');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const black = rgb(0, 0, 0);
  const wrap = (text, width, f) => {
    const lines = [];
    let cur = '';
    for (const w of text.split(/\s+/)) {
      const t = cur ? `${cur} ${w}` : w;
      if (f.widthOfTextAtSize(t, SIZE) <= width - 2 * PAD || !cur) cur = t;
      else {
        lines.push(cur);
        cur = w;
      }
    }
    if (cur) lines.push(cur);
    return lines;
  };

  const pages = [];
  let page = null;
  let y = 0;
  const newPage = (first) => {
    page = doc.addPage(PAGE);
    pages.push(page);
    page.drawText(RUNNING_HEAD, { x: X0, y: PAGE[1] - 25, size: 8, font });
    page.drawText(`IV - ${pages.length}`, { x: PAGE[0] - 60, y: 20, size: 8, font });
    y = TOP + 40;
    if (first) {
      CAPTION.forEach((line, i) => {
        const w = bold.widthOfTextAtSize(line, 10);
        page.drawText(line, { x: (PAGE[0] - w) / 2, y: TOP + 40 - i * 13, size: 10, font: bold });
      });
      y = TOP;
    }
    drawRow(HEADER, bold, true);
    drawRow(NUMBERS, font, true);
  };
  const rowHeight = (texts, f) => Math.max(...texts.map((t, c) => wrap(t, WIDTHS[c], f).length)) * LINE + 2 * PAD;
  const drawRow = (texts, f, centred = false) => {
    const h = rowHeight(texts, f);
    let x = X0;
    texts.forEach((t, c) => {
      wrap(t, WIDTHS[c], f).forEach((line, li) => {
        const w = f.widthOfTextAtSize(line, SIZE);
        const tx = centred ? x + (WIDTHS[c] - w) / 2 : c === 5 ? x + WIDTHS[c] - PAD - w : x + PAD;
        page.drawText(line, { x: tx, y: y - PAD - SIZE - li * LINE + 1.5, size: SIZE, font: f, color: black });
      });
      x += WIDTHS[c];
    });
    // the cell borders: top, bottom and every column rule
    const right = X0 + WIDTHS.reduce((a, b) => a + b, 0);
    page.drawLine({ start: { x: X0, y }, end: { x: right, y }, thickness: 0.5, color: black });
    page.drawLine({ start: { x: X0, y: y - h }, end: { x: right, y: y - h }, thickness: 0.5, color: black });
    let cx = X0;
    for (let c = 0; c <= WIDTHS.length; c++) {
      page.drawLine({ start: { x: cx, y }, end: { x: cx, y: y - h }, thickness: 0.5, color: black });
      cx += WIDTHS[c] ?? 0;
    }
    y -= h;
  };

  newPage(true);
  const where = [];
  for (const r of ROWS) {
    const texts = cells(r);
    const f = r.level === 'sub_kegiatan' ? font : bold;
    if (y - rowHeight(texts, f) < BOTTOM) newPage(false);
    drawRow(texts, f);
    where.push(pages.length);
  }
  const total = ['', 'JUMLAH', '', '', '', rupiah(TOTAL)];
  if (y - rowHeight(total, bold) < BOTTOM) newPage(false);
  drawRow(total, bold);
  if (pages.length < 2) throw new Error('the running head needs two pages to count as one (src/renja/years.ts)');
  return { bytes: await doc.save({ useObjectStreams: false }), where, pages: pages.length };
}

async function main() {
  const { bytes, where, pages } = await build();
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, `${NAME}.pdf`), bytes);
  const findings = ROWS.flatMap((r, i) =>
    (r.expect ?? []).map((e) => ({
      rule: 'nomenclature',
      severity: e.severity,
      code: r.code,
      field: e.field,
      table: 'T41',
      page: where[i],
      says: e.says,
    })),
  );
  const expected = {
    by: 'scripts/make-nomenklatur-fixtures.mjs',
    nomenklatur: `data/nomenklatur.json.gz, version 2023 (made ${data.made}), kabupaten/kota`,
    planYear: PLAN_YEAR,
    pages,
    rows: ROWS.length,
    total: TOTAL.toString(),
    findings,
  };
  fs.writeFileSync(path.join(OUT, `${NAME}.expected.json`), JSON.stringify(expected, null, 1) + '\n');
  console.log(`fixtures/nomenklatur/${NAME}.pdf: ${pages} pages, ${ROWS.length} rows, ${findings.length} findings`);
}

await main();
