#!/usr/bin/env node
/**
 * Generates the table-engine fixtures: small PDFs that each reproduce one hard case a PDF table extractor
 * meets in Renja documents, plus `<name>.expected.json` beside each.
 *
 * The expected output is derived from this script's own source model of each table (the rows it writes into
 * the document), never from running the extractor. Tables are made the way Word/LibreOffice make them: Flat ODT
 * documents with real tables, converted by LibreOffice; a few cases are post-processed with pdf-lib or qpdf.
 *
 *   node scripts/make-engine-fixtures.mjs            # regenerate fixtures/engine and fixtures/bad
 *
 * Needs: soffice (LibreOffice 7.x), qpdf, poppler-utils (pdftotext, pdftoppm, pdfinfo) and the pdf-lib
 * devDependency. Tests only read the committed PDFs and JSON files, so they need none of these tools.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, StandardFonts, decodePDFRawStream, degrees, rgb } from 'pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_ENGINE = path.join(ROOT, 'fixtures/engine');
const OUT_BAD = path.join(ROOT, 'fixtures/bad');
const WORK = '/tmp/renja-engine-fixtures';
// A private LibreOffice profile: another soffice may be running with the default one.
const LO_PROFILE = 'file:///tmp/lo-engine-profile';
const USER_PASSWORD = 'rahasia';
const OWNER_PASSWORD = 'pemilik-dokumen';

// ---------------------------------------------------------------------------------------------------------------
// Source data: Renja-like sub-kegiatan (names and indicators follow the seed Renja of Kecamatan Pasirian).
// ---------------------------------------------------------------------------------------------------------------

/** [name, indicator, target amount, satuan, pagu in rupiah (BigInt so totals are exact)] */
const SUB_KEGIATAN = [
  [
    'Penyusunan Dokumen Perencanaan Perangkat Daerah',
    'Jumlah Dokumen Perencanaan Perangkat Daerah',
    '2',
    'dokumen',
    2_412_000n,
  ],
  [
    'Koordinasi dan Penyusunan Dokumen RKA-SKPD',
    'Jumlah Dokumen RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen RKA-SKPD',
    '1',
    'dokumen',
    7_922_000n,
  ],
  [
    'Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD',
    'Jumlah Dokumen Perubahan RKA-SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen Perubahan RKA-SKPD',
    '2',
    'dokumen',
    1_730_000n,
  ],
  [
    'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
    'Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
    '1',
    'laporan',
    1_200_000n,
  ],
  ['Evaluasi Kinerja Perangkat Daerah', 'Jumlah Laporan Evaluasi Kinerja Perangkat Daerah', '4', 'laporan', 1_200_000n],
  [
    'Penyediaan Gaji dan Tunjangan ASN',
    'Jumlah Orang yang Menerima Gaji dan Tunjangan ASN',
    '12',
    'orang',
    1_472_358_762n,
  ],
  [
    'Penyediaan Administrasi Pelaksanaan Tugas ASN',
    'Jumlah Dokumen Hasil Penyediaan Administrasi Pelaksanaan Tugas ASN',
    '12',
    'dokumen',
    29_712_000n,
  ],
  [
    'Koordinasi dan Pelaksanaan Akuntansi SKPD',
    'Jumlah Dokumen Koordinasi dan Pelaksanaan Akuntansi SKPD',
    '12',
    'dokumen',
    2_000_000n,
  ],
  [
    'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
    'Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Keuangan Akhir Tahun SKPD',
    '1',
    'laporan',
    1_800_000n,
  ],
  [
    'Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD',
    'Jumlah Laporan Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD',
    '12',
    'laporan',
    1_800_000n,
  ],
  [
    'Penatausahaan Barang Milik Daerah pada SKPD',
    'Jumlah Laporan Penatausahaan Barang Milik Daerah pada SKPD',
    '12',
    'laporan',
    772_000n,
  ],
  [
    'Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya',
    'Jumlah Paket Pakaian Dinas beserta Atribut Kelengkapan',
    '1',
    'paket',
    7_000_000n,
  ],
  [
    'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
    'Jumlah Paket Komponen Instalasi Listrik/Penerangan Bangunan Kantor yang Disediakan',
    '3',
    'paket',
    2_000_000n,
  ],
  ['Penyediaan Bahan Logistik Kantor', 'Jumlah Paket Bahan Logistik Kantor yang Disediakan', '3', 'paket', 30_590_368n],
  [
    'Penyediaan Barang Cetakan dan Penggandaan',
    'Jumlah Paket Barang Cetakan dan Penggandaan yang Disediakan',
    '2',
    'paket',
    12_480_000n,
  ],
  ['Penyediaan Bahan/Material', 'Jumlah Paket Bahan/Material yang Disediakan', '2', 'paket', 4_150_000n],
  [
    'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
    'Jumlah Laporan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
    '12',
    'laporan',
    36_000_000n,
  ],
  [
    'Pengadaan Peralatan dan Mesin Lainnya',
    'Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan',
    '7',
    'unit',
    18_375_000n,
  ],
  ['Penyediaan Jasa Surat Menyurat', 'Jumlah Laporan Penyediaan Jasa Surat Menyurat', '12', 'laporan', 3_600_000n],
  [
    'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
    'Jumlah Laporan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik yang Disediakan',
    '12',
    'laporan',
    48_000_000n,
  ],
  [
    'Penyediaan Jasa Pelayanan Umum Kantor',
    'Jumlah Laporan Penyediaan Jasa Pelayanan Umum Kantor yang Disediakan',
    '12',
    'laporan',
    96_571_200n,
  ],
  [
    'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
    'Jumlah Kendaraan Dinas Operasional atau Lapangan yang Dipelihara dan dibayarkan Pajak dan Perizinannya',
    '7',
    'unit',
    41_930_000n,
  ],
  [
    'Pemeliharaan Peralatan dan Mesin Lainnya',
    'Jumlah Peralatan dan Mesin Lainnya yang Dipelihara',
    '22',
    'unit',
    9_900_000n,
  ],
  [
    'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
    'Jumlah Gedung Kantor dan Bangunan Lainnya yang Dipelihara/Direhabilitasi',
    '1',
    'unit',
    25_000_000n,
  ],
  [
    'Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa',
    'Jumlah Dokumen yang Difasilitasi dalam rangka Penyusunan Peraturan Desa dan Peraturan Kepala Desa',
    '11',
    'dokumen',
    1_800_000n,
  ],
  [
    'Fasilitasi Administrasi Tata Pemerintahan Desa',
    'Jumlah Dokumen yang Difasilitasi dalam rangka Administrasi Tata Pemerintahan Desa',
    '11',
    'dokumen',
    27_000_000n,
  ],
  [
    'Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa',
    'Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa',
    '11',
    'dokumen',
    9_900_000n,
  ],
  [
    'Rekomendasi Pengangkatan dan Pemberhentian Perangkat Desa',
    'Jumlah Dokumen Rekomendasi Pengangkatan dan Pemberhentian Perangkat Desa',
    '11',
    'dokumen',
    2_250_000n,
  ],
  [
    'Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan',
    'Jumlah Laporan Hasil Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal',
    '12',
    'laporan',
    24_598_500n,
  ],
  [
    'Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat',
    'Jumlah Laporan Pelaksanaan Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat',
    '1',
    'laporan',
    3_420_000n,
  ],
  [
    'Pelaksanaan Tugas Forum Koordinasi Pimpinan di Kecamatan',
    'Jumlah Dokumen Tugas Forum Koordinasi Pimpinan di Kecamatan',
    '12',
    'dokumen',
    7_200_000n,
  ],
  [
    'Penyelenggaraan Musyawarah Perencanaan Pembangunan Kecamatan',
    'Jumlah Dokumen Hasil Musrenbang Kecamatan',
    '1',
    'dokumen',
    15_640_000n,
  ],
];

/** The kegiatan the sub-kegiatan are grouped under (code suffix, name, indicator). */
const KEGIATAN = [
  [
    '2.01',
    'Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah',
    'Persentase fasilitasi dokumen Perencanaan, Penganggaran dan Evaluasi Kinerja',
  ],
  ['2.02', 'Administrasi Keuangan Perangkat Daerah', 'Persentase fasilitasi Administrasi Keuangan Perangkat Daerah'],
  [
    '2.03',
    'Administrasi Barang Milik Daerah pada Perangkat Daerah',
    'Persentase fasilitas Administrasi Barang Milik Daerah Perangkat Daerah',
  ],
  ['2.06', 'Administrasi Umum Perangkat Daerah', 'Persentase pemenuhan fasilitas administrasi umum Perangkat Daerah'],
  [
    '2.08',
    'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
    'Persentase fasilitas penyediaan jasa penunjang operasional kantor',
  ],
  [
    '2.09',
    'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
    'Persentase fasilitas pemeliharaan Barang Milik Daerah',
  ],
];

/** Indonesian money format: 2.630.445.095 */
function rupiah(n) {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Renja rows in document order: a kegiatan row (5-part code) followed by its sub-kegiatan (6-part code).
 * `subDigits` is 2 (`7.01.01.2.01.03`) or 4 (`7.01.01.2.01.0003`), both seen in real Renja.
 */
function renjaRows(count, { subDigits = 2, start = 0, kegStart = 0 } = {}) {
  const rows = [];
  let s = start;
  let k = kegStart;
  while (rows.length < count) {
    if (count - rows.length === 1 && rows.length) {
      // No room for another kegiatan with sub-kegiatan: the last kegiatan gets one more sub-kegiatan instead,
      // so every kegiatan's pagu is the sum of the sub-kegiatan listed under it.
      const keg = rows.findLast((r) => r.kind === 'kegiatan');
      const last = rows[rows.length - 1];
      const [name, indicator, amount, satuan, pagu] = SUB_KEGIATAN[s++ % SUB_KEGIATAN.length];
      const num = String(Number(last.code.split('.').pop()) + 1).padStart(subDigits, '0');
      rows.push({
        kind: 'sub',
        code: `${keg.code}.${num}`,
        name,
        indicator,
        amount,
        satuan,
        target: `${amount} ${satuan}`,
        pagu,
      });
      keg.pagu += pagu;
      break;
    }
    const [kc, kname, kind] = KEGIATAN[k % KEGIATAN.length];
    const kegCode = `7.01.0${1 + Math.floor(k / KEGIATAN.length)}.${kc}`;
    const subs = [];
    for (let i = 0; i < 4 && rows.length + 1 + subs.length < count; i++, s++) {
      const [name, indicator, amount, satuan, pagu] = SUB_KEGIATAN[s % SUB_KEGIATAN.length];
      const num = String(i + 1 + (k % 3) * 2).padStart(subDigits, '0');
      subs.push({
        kind: 'sub',
        code: `${kegCode}.${num}`,
        name,
        indicator,
        amount,
        satuan,
        target: `${amount} ${satuan}`,
        pagu,
      });
    }
    const pagu = subs.reduce((a, r) => a + r.pagu, 0n);
    rows.push({
      kind: 'kegiatan',
      code: kegCode,
      name: kname,
      indicator: kind,
      amount: '100',
      satuan: '%',
      target: '100 %',
      pagu,
    });
    rows.push(...subs);
    k++;
  }
  return rows.slice(0, count);
}

const sumPagu = (rows) => rows.reduce((a, r) => a + r.pagu, 0n);

// ---------------------------------------------------------------------------------------------------------------
// Table model -> Flat ODT, and table model -> expected logical rows
// ---------------------------------------------------------------------------------------------------------------

/**
 * A table model:
 *   columns: [{ width (cm), align: 'left'|'center'|'right' }]
 *   header: rows; body: rows. A row is an array of cells; a cell is a string or
 *           { text, colSpan, rowSpan, align, bold }. Slots covered by a span are NOT listed in later rows.
 *   repeat: which header rows repeat on every page: 'all' | 'none' | 'last' (only the last header row).
 *   borders (default true), padding (cm), fontSize/headerFontSize (pt), valign ('top'|'middle'),
 *   rowsMayBreak (a row may be split by a page break; default false, like "keep row together"),
 *   caption: paragraphs written above the table (kept in expected JSON as `caption`).
 */
function normCell(c) {
  return typeof c === 'string' ? { text: c } : c;
}

/** Places cells on the grid honouring spans; returns per row a list of {slot, cell|covered}. */
function layoutGrid(rows, ncols) {
  const covered = new Set(); // "r,c" covered by an earlier row's rowSpan
  const out = [];
  rows.forEach((row, r) => {
    const slots = [];
    let c = 0;
    for (const raw of row) {
      while (covered.has(`${r},${c}`)) {
        slots.push({ col: c, covered: true });
        c++;
      }
      const cell = normCell(raw);
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      slots.push({ col: c, cell });
      for (let dc = 0; dc < cs; dc++) {
        for (let dr = 0; dr < rs; dr++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
      }
      for (let dc = 1; dc < cs; dc++) slots.push({ col: c + dc, covered: true });
      c += cs;
    }
    while (c < ncols) {
      if (!covered.has(`${r},${c}`)) throw new Error(`row ${r} has ${c} of ${ncols} columns: ${JSON.stringify(row)}`);
      slots.push({ col: c, covered: true });
      c++;
    }
    if (c !== ncols) throw new Error(`row ${r} overflows ${ncols} columns`);
    out.push(slots);
  });
  return out;
}

/** Expected logical rows: merged cell text in its top-left slot, "" in the slots it covers. */
function expectedRows(table) {
  const all = [...table.header, ...table.body];
  return layoutGrid(all, table.columns.length).map((slots) => slots.map((s) => (s.covered ? '' : s.cell.text)));
}

function expectedTable(table, pages) {
  const t = { pages, headerRows: table.header.length, rows: expectedRows(table) };
  if (table.caption?.length) t.caption = table.caption.join(' ');
  return t;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text with runs of spaces kept (ODF collapses them otherwise). */
function odtText(s) {
  return esc(s).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
}

const PAGE = {
  portrait: { w: 21, h: 29.7, margin: 2, orientation: 'portrait' },
  landscape: { w: 29.7, h: 21, margin: 1.5, orientation: 'landscape' },
};

/**
 * Builds a Flat ODT document. `blocks` are {p: text, style?} paragraphs or {table} tables.
 * Table-specific styles are generated per table so each can have its own widths/borders.
 */
function fodt({ page = PAGE.portrait, blocks, footer = false }) {
  const styles = [];
  const body = [];
  let tno = 0;
  for (const b of blocks) {
    if (b.p !== undefined) {
      body.push(`<text:p text:style-name="${b.style ?? 'Body'}">${odtText(b.p)}</text:p>`);
      continue;
    }
    if (b.pageBreak) {
      body.push('<text:p text:style-name="PageBreak"/>');
      continue;
    }
    const t = b.table;
    tno++;
    const T = `Tbl${tno}`;
    for (const line of t.caption ?? []) body.push(`<text:p text:style-name="Caption">${odtText(line)}</text:p>`);
    const totalW = t.columns.reduce((a, c) => a + c.width, 0);
    const border = t.borders === false ? 'none' : '0.5pt solid #000000';
    const pad = t.padding ?? 0.05;
    const valign = t.valign ?? 'top';
    styles.push(
      `<style:style style:name="${T}" style:family="table"><style:table-properties style:width="${totalW.toFixed(3)}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="${t.repeat === 'last' ? 0 : 0.3}cm" style:may-break-between-rows="true"/></style:style>`,
      `<style:style style:name="${T}.R" style:family="table-row"><style:table-row-properties fo:keep-together="${t.rowsMayBreak ? 'auto' : 'always'}"/></style:style>`,
      `<style:style style:name="${T}.C" style:family="table-cell"><style:table-cell-properties style:vertical-align="${valign}" fo:padding="${pad}cm" fo:border="${border}"/></style:style>`,
      `<style:style style:name="${T}p" style:family="table"><style:table-properties style:width="${totalW.toFixed(3)}cm" table:align="left" fo:break-before="page" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/></style:style>`,
      // Title part of a split header: the main table's top rule closes it, so no bottom border of its own.
      `<style:style style:name="${T}b" style:family="table"><style:table-properties style:width="${totalW.toFixed(3)}cm" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/></style:style>`,
      `<style:style style:name="${T}.HT" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="${pad}cm" fo:border-top="${border}" fo:border-left="${border}" fo:border-right="${border}" fo:border-bottom="none"/></style:style>`,
      `<style:style style:name="${T}.H" style:family="table-cell"><style:table-cell-properties style:vertical-align="middle" fo:padding="${pad}cm" fo:border="${border}"/></style:style>`,
    );
    if (t.moneyPadding !== undefined) {
      styles.push(
        `<style:style style:name="${T}.M" style:family="table-cell"><style:table-cell-properties style:vertical-align="${valign}" fo:padding-top="${pad}cm" fo:padding-bottom="${pad}cm" fo:padding-left="${t.moneyPadding}cm" fo:padding-right="${t.moneyPadding}cm" fo:border="${border}"/></style:style>`,
      );
    }
    const fs = t.fontSize ?? 9;
    const hfs = t.headerFontSize ?? fs;
    for (const al of ['left', 'center', 'right']) {
      const foAlign = al === 'left' ? 'start' : al === 'right' ? 'end' : 'center';
      styles.push(
        `<style:style style:name="${T}.P${al}" style:family="paragraph" style:parent-style-name="Table_Contents"><style:paragraph-properties fo:text-align="${foAlign}"/><style:text-properties fo:font-size="${fs}pt"/></style:style>`,
        `<style:style style:name="${T}.B${al}" style:family="paragraph" style:parent-style-name="Table_Contents"><style:paragraph-properties fo:text-align="${foAlign}"/><style:text-properties fo:font-size="${hfs}pt" fo:font-weight="bold"/></style:style>`,
      );
    }
    const ncols = t.columns.length;
    const xml = [`<table:table table:name="${T}" table:style-name="${T}">`];
    t.columns.forEach((c, i) => {
      styles.push(
        `<style:style style:name="${T}.c${i}" style:family="table-column"><style:table-column-properties style:column-width="${c.width}cm"/></style:style>`,
      );
      xml.push(`<table:table-column table:style-name="${T}.c${i}"/>`);
    });
    const all = [...t.header, ...t.body];
    const grid = layoutGrid(all, ncols);
    const rowXml = (r, titleOnly = false) => {
      const isHeader = r < t.header.length;
      const cells = grid[r].map((s) => {
        if (s.covered) return '<table:covered-table-cell/>';
        const c = s.cell;
        const al = c.align ?? (isHeader ? 'center' : (t.columns[s.col].align ?? 'left'));
        const bold = c.bold ?? isHeader;
        const pstyle = `${T}.${bold ? 'B' : 'P'}${al}`;
        const cstyle = titleOnly
          ? `${T}.HT`
          : isHeader
            ? `${T}.H`
            : c.money && t.moneyPadding !== undefined
              ? `${T}.M`
              : `${T}.C`;
        const span = `${c.colSpan > 1 ? ` table:number-columns-spanned="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` table:number-rows-spanned="${c.rowSpan}"` : ''}`;
        // A cell may hold several paragraphs (`paras`); the logical text joins them with a space.
        const paras = c.paras ?? [c.text];
        const ps = paras.map((p) => `<text:p text:style-name="${pstyle}">${odtText(p)}</text:p>`).join('');
        return `<table:table-cell table:style-name="${cstyle}" office:value-type="string"${span}>${ps}</table:table-cell>`;
      });
      return `<table:table-row table:style-name="${T}.R">${cells.join('')}</table:table-row>`;
    };
    const h = t.header.length;
    const repeat = t.repeat ?? 'all';
    // ODF allows plain rows before <table:table-header-rows>; Writer then repeats only those header rows.
    if (repeat === 'all' && h) {
      xml.push('<table:table-header-rows>');
      for (let r = 0; r < h; r++) xml.push(rowXml(r));
      xml.push('</table:table-header-rows>');
    } else if (repeat === 'last' && h) {
      // Writer repeats only leading rows (plain rows before <table:table-header-rows> are ignored), so the
      // title rows go into a table of their own that sits flush on the main table, whose repeated header is
      // the column-number row: on page 1 it reads as one table, as in Word documents built this way.
      for (let r = 0; r < h - 1; r++) xml.push(rowXml(r, true));
      xml.push('</table:table>', `<table:table table:name="${T}b" table:style-name="${T}b">`);
      t.columns.forEach((c, i) => xml.push(`<table:table-column table:style-name="${T}.c${i}"/>`));
      xml.push('<table:table-header-rows>', rowXml(h - 1), '</table:table-header-rows>');
    } else {
      for (let r = 0; r < h; r++) xml.push(rowXml(r));
    }
    for (let r = h; r < all.length; r++) {
      if (r - h === t.pageBreakBeforeBodyRow) {
        xml.push('</table:table>', `<table:table table:name="${T}p" table:style-name="${T}p">`);
        t.columns.forEach((c, i) => xml.push(`<table:table-column table:style-name="${T}.c${i}"/>`));
        if (repeat === 'all')
          xml.push('<table:table-header-rows>', ...range(h).map((k) => rowXml(k - 1)), '</table:table-header-rows>');
      }
      xml.push(rowXml(r));
    }
    xml.push('</table:table>');
    body.push(xml.join('\n'));
    for (const line of t.after ?? []) body.push(`<text:p text:style-name="Body">${odtText(line)}</text:p>`);
  }
  const m = page.margin;
  const footerXml = footer
    ? '<style:footer><text:p text:style-name="Footer">Renja Kecamatan Pasirian Tahun 2024 - <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>'
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><meta:generator>renja-audit scripts/make-engine-fixtures.mjs</meta:generator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="id" fo:country="ID" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Table_Contents" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt"/></style:style>
  <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="${page.w}cm" fo:page-height="${page.h}cm" style:print-orientation="${page.orientation}" fo:margin-top="${m}cm" fo:margin-bottom="${m}cm" fo:margin-left="${m}cm" fo:margin-right="${m}cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
  ${styles.join('\n  ')}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">${footerXml}</style:master-page>
 </office:master-styles>
 <office:body><office:text>
${body.join('\n')}
 </office:text></office:body>
</office:document>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Tool wrappers
// ---------------------------------------------------------------------------------------------------------------

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, {
    encoding: opts.encoding ?? 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
    ...opts,
  });
}

/** Converts .fodt files (same folder) to PDF in one soffice run. */
function sofficeToPdf(fodtPaths) {
  run('soffice', [
    `-env:UserInstallation=${LO_PROFILE}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    WORK,
    ...fodtPaths,
  ]);
  return fodtPaths.map((p) => {
    const pdf = p.replace(/\.fodt$/, '.pdf');
    if (!existsSync(pdf)) throw new Error(`soffice did not produce ${pdf}`);
    return pdf;
  });
}

function buildFodt(name, doc) {
  const p = path.join(WORK, `${name}.fodt`);
  writeFileSync(p, fodt(doc));
  return p;
}

function numPages(pdf) {
  const m = /Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]));
  return Number(m[1]);
}

/** Page texts via pdftotext (-layout keeps the lines of each cell apart). */
function pageTexts(pdf, extra = []) {
  return run('pdftotext', ['-layout', ...extra, pdf, '-'])
    .split('\f')
    .slice(0, numPages(pdf));
}

function check(cond, msg) {
  if (!cond) throw new Error(`fixture check failed: ${msg}`);
}

const range = (n) => Array.from({ length: n }, (_, i) => i + 1);

function writeExpected(dir, name, obj) {
  writeFileSync(path.join(dir, `${name}.expected.json`), `${JSON.stringify(obj, null, 2)}\n`);
}

/** Strips the producer timestamps/ids so regenerating gives byte-stable files where the tools allow it. */
async function finishPdf(bytes, title) {
  // (Encrypted fixtures still differ per run: qpdf draws a fresh salt and /ID for every encryption.)
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(title);
  doc.setProducer('renja-audit make-engine-fixtures (LibreOffice + pdf-lib)');
  doc.setCreationDate(new Date('2024-01-15T08:00:00Z'));
  doc.setModificationDate(new Date('2024-01-15T08:00:00Z'));
  // LibreOffice writes a random /ID; a fixed one derived from the name keeps regenerated files byte-identical.
  const id = PDFHexString.of(createHash('md5').update(title).digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// Fixture models
// ---------------------------------------------------------------------------------------------------------------

const H = (text, extra = {}) => ({ text, ...extra });

/** Standard Renja columns: No | Kode | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Target | Pagu Indikatif */
function renjaTable(rows, opts = {}) {
  const columns = opts.columns ?? [
    { width: 0.8, align: 'center' },
    { width: 2.9, align: 'left' },
    { width: 4.6, align: 'left' },
    { width: 4.6, align: 'left' },
    { width: 1.7, align: 'center' },
    { width: 2.4, align: 'right' },
  ];
  const header = opts.header ?? [
    ['No', 'Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Pagu Indikatif (Rp)'],
  ];
  const body = rows.map((r, i) => [
    String(i + 1),
    r.code,
    r.name,
    r.indicator,
    r.target,
    { text: rupiah(r.pagu), money: true },
  ]);
  return { columns, header, body, ...opts.table };
}

const CAPTION_REVIEW = ['Tabel 3.3', 'Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2024 Kecamatan Pasirian'];

/** 1. Narrow Kode and Satuan columns: codes wrap mid-code, `dokumen` wraps mid-word; names wrap at spaces. */
function fxWrappedCodeCell() {
  // Both code styles of real Renja: 2-digit sub-kegiatan (`7.01.01.2.01.03` wraps as `7.01.01.2.01.0` / `3`)
  // and 4-digit (`7.01.01.2.06.0003` wraps as `7.01.01.2.06.0` / `003`).
  const rows = [...renjaRows(6, { subDigits: 2 }), ...renjaRows(6, { subDigits: 4, start: 12, kegStart: 3 })];
  // Kode content width 60 pt: `7.01.01.2.01.0` (57.5 pt at 9 pt Liberation Sans) fits, `7.01.01.2.01.03` (62.5) does not.
  // Satuan content width 24.7 pt: `doku` (19.5 pt) fits, `dokum` (27 pt) does not; `Satuan` bold 7 pt (23.3) fits.
  const table = {
    caption: ['Tabel 2.1', 'Target Kinerja Sub Kegiatan Tahun 2024'],
    columns: [
      { width: 0.8, align: 'center' },
      { width: 2.217, align: 'left' },
      { width: 4.9, align: 'left' },
      { width: 4.9, align: 'left' },
      { width: 1.0, align: 'center' },
      { width: 0.971, align: 'left' },
      { width: 2.2, align: 'right' },
    ],
    padding: 0.05,
    headerFontSize: 7,
    header: [['No', 'Kode', 'Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Satuan', 'Pagu (Rp)']],
    body: rows.map((r, i) => [String(i + 1), r.code, r.name, r.indicator, r.amount, r.satuan, rupiah(r.pagu)]),
  };
  return { page: PAGE.portrait, blocks: [{ table }], tables: [table], expectPages: 1 };
}

/** 2-4. A table over 3 pages; `repeat` picks which header rows Writer repeats. */
function fxContinues(repeat, twoRowHeader) {
  const rows = renjaRows(43, { subDigits: 2 });
  const header = twoRowHeader
    ? [
        ['No', 'Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Pagu Indikatif (Rp)'],
        ['1', '2', '3', '4', '5', '6'],
      ]
    : undefined;
  const table = renjaTable(rows, { header, table: { caption: CAPTION_REVIEW, repeat } });
  return { page: PAGE.portrait, footer: true, blocks: [{ table }], tables: [table], expectPages: 3 };
}

/** 5. Landscape table page (later stored rotated with /Rotate 90 or 270). */
function fxLandscape() {
  const rows = renjaRows(9, { subDigits: 2, start: 4 });
  const table = {
    caption: ['Tabel 4.1', 'Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pagu Indikatif Tahun 2024'],
    columns: [
      { width: 0.9, align: 'center' },
      { width: 3.0, align: 'left' },
      { width: 6.4, align: 'left' },
      { width: 6.4, align: 'left' },
      { width: 2.2, align: 'center' },
      { width: 3.2, align: 'left' },
      { width: 3.0, align: 'right' },
    ],
    header: [
      ['No', 'Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Lokasi', 'Pagu Indikatif (Rp)'],
    ],
    body: rows.map((r, i) => [
      String(i + 1),
      r.code,
      r.name,
      r.indicator,
      r.target,
      'Kecamatan Pasirian',
      rupiah(r.pagu),
    ]),
  };
  return { page: PAGE.landscape, blocks: [{ table }], tables: [table], expectPages: 1 };
}

/** 6. T-C.31 two-level header with spans, plus the column-number row. */
function fxMergedHeader() {
  const rows = renjaRows(7, { subDigits: 2 });
  const w = [2.6, 3.2, 1.6, 3.0, 1.2, 1.9, 3.2, 1.6, 3.0, 1.2, 1.9, 2.3];
  const table = {
    caption: ['Tabel 2.6 T-C.31', 'Review terhadap Rancangan Awal RKPD Tahun 2024 Kabupaten Lumajang'],
    columns: w.map((width, i) => ({
      width,
      align: [4, 9].includes(i) ? 'center' : [5, 10].includes(i) ? 'right' : 'left',
    })),
    fontSize: 7,
    headerFontSize: 7,
    header: [
      [
        H('Kode', { rowSpan: 2 }),
        H('Rancangan Awal RKPD', { colSpan: 5 }),
        H('Hasil Analisis Kebutuhan', { colSpan: 5 }),
        H('Catatan Penting', { rowSpan: 2 }),
      ],
      [
        'Program/Kegiatan/Sub Kegiatan',
        'Lokasi',
        'Indikator',
        'Target',
        'Pagu Indikatif (Rp.)',
        'Program/Kegiatan/Sub Kegiatan',
        'Lokasi',
        'Indikator',
        'Target',
        'Pagu Indikatif (Rp.)',
      ],
      range(12).map(String),
    ],
    body: rows.map((r, i) => {
      const changed = i === 3;
      const pagu2 = changed ? r.pagu + 580_000n : r.pagu;
      return [
        r.code,
        r.name,
        'Kecamatan Pasirian',
        r.indicator,
        r.target,
        rupiah(r.pagu),
        r.name,
        'Kecamatan Pasirian',
        r.indicator,
        r.target,
        rupiah(pagu2),
        changed ? 'Penyesuaian harga satuan' : '',
      ];
    }),
  };
  return { page: PAGE.landscape, blocks: [{ table }], tables: [table], expectPages: 1 };
}

/** 7. One row whose indicator text is taller than what is left of page 1: Writer splits the row. */
function fxTallRowSplit() {
  const rows = renjaRows(17, { subDigits: 2 });
  const longIndicator =
    'Jumlah Dokumen yang Difasilitasi dalam rangka Penyusunan Peraturan Desa dan Peraturan Kepala Desa, ' +
    'meliputi Peraturan Desa tentang Rencana Pembangunan Jangka Menengah Desa, Rencana Kerja Pemerintah Desa, ' +
    'Anggaran Pendapatan dan Belanja Desa, Perubahan Anggaran Pendapatan dan Belanja Desa, Pertanggungjawaban ' +
    'Realisasi Pelaksanaan Anggaran Pendapatan dan Belanja Desa, Pungutan Desa, Kewenangan Desa berdasarkan Hak ' +
    'Asal Usul dan Kewenangan Lokal Berskala Desa, Tata Ruang Desa, Pembentukan Badan Usaha Milik Desa, ' +
    'Kerja Sama Desa, Pengelolaan Aset Desa, serta Peraturan Kepala Desa tentang Penjabaran Anggaran ' +
    'Pendapatan dan Belanja Desa, Penjabaran Perubahan Anggaran Pendapatan dan Belanja Desa, Daftar ' +
    'Kegiatan dan Anggaran Desa, Standar Harga Satuan Desa, Kewenangan Perangkat Desa, Tata Kerja Pemerintah ' +
    'Desa, Struktur Organisasi dan Tata Kerja Pemerintah Desa, Penghasilan Tetap dan Tunjangan Kepala Desa ' +
    'dan Perangkat Desa, Pedoman Pengelolaan Barang Milik Desa, Pedoman Pengadaan Barang dan Jasa di Desa, ' +
    'Penetapan Prioritas Penggunaan Dana Desa, Pelaksanaan Padat Karya Tunai Desa, Penanganan Kemiskinan ' +
    'Ekstrem di Desa, Percepatan Penurunan Stunting di Desa, Pengelolaan Sampah Rumah Tangga di Desa, ' +
    'Penyelenggaraan Ketenteraman dan Ketertiban Umum di Desa, serta Pembinaan Lembaga Kemasyarakatan Desa ' +
    'yang telah diverifikasi oleh Tim Fasilitasi Kecamatan dan diberikan rekomendasi tertulis kepada Pemerintah ' +
    'Desa sebelum ditetapkan, dibuktikan dengan Berita Acara Hasil Fasilitasi dan Lembar Asistensi yang ' +
    'ditandatangani oleh Camat atau pejabat yang ditunjuk pada setiap tahapan fasilitasi.';
  const tall = rows[14];
  tall.indicator = longIndicator;
  const table = renjaTable(rows, { table: { caption: CAPTION_REVIEW, repeat: 'none', rowsMayBreak: true } });
  return { page: PAGE.portrait, footer: true, blocks: [{ table }], tables: [table], expectPages: 2, tallRow: tall };
}

/** 8. The last page holds only the JUMLAH row (under the repeated header). `n` is tuned to the layout. */
function fxJumlahOnly() {
  const n = 34;
  const rows = renjaRows(n, { subDigits: 2 });
  const subs = rows.filter((r) => r.kind === 'sub');
  // Writer never leaves a table's last row alone on a page (it drags the previous row, or part of it, along),
  // so the page break before JUMLAH is explicit: the table is closed and reopened on the next page with its
  // header repeated, which renders exactly like Word's header repetition.
  const table = renjaTable(rows, { table: { caption: CAPTION_REVIEW, repeat: 'all', pageBreakBeforeBodyRow: n } });
  table.body.push([
    H('JUMLAH', { colSpan: 5, align: 'center', bold: true }),
    H(rupiah(sumPagu(subs)), { bold: true, money: true }),
  ]);
  return { page: PAGE.portrait, footer: true, blocks: [{ table }], tables: [table] };
}

/** 9. Tall rows with No/Kode/Target centred vertically beside multi-line text. */
function fxVerticallyCentred() {
  const rows = renjaRows(8, { subDigits: 2, start: 20 });
  const table = renjaTable(rows, {
    columns: [
      { width: 0.8, align: 'center' },
      { width: 2.9, align: 'center' },
      { width: 3.6, align: 'left' },
      { width: 3.6, align: 'left' },
      { width: 1.9, align: 'center' },
      { width: 2.6, align: 'right' },
    ],
    table: { caption: CAPTION_REVIEW, valign: 'middle' },
  });
  return { page: PAGE.portrait, blocks: [{ table }], tables: [table], expectPages: 1 };
}

/** 10. Narrow right-aligned money columns whose widest values touch the cell rule (no padding). */
function fxMoneyRightAligned() {
  const rows = renjaRows(10, { subDigits: 2 });
  // `1.472.358.762` at 8 pt is 51.2 pt wide; the money columns are 1.82 cm (51.6 pt) with zero padding.
  const table = {
    caption: ['Tabel 2.2', 'Pagu Indikatif Tahun 2023 dan Tahun 2024'],
    columns: [
      { width: 2.8, align: 'left' },
      { width: 6.2, align: 'left' },
      { width: 1.82, align: 'right' },
      { width: 1.82, align: 'right' },
      { width: 1.82, align: 'right' },
      { width: 1.4, align: 'center' },
    ],
    fontSize: 8,
    headerFontSize: 7,
    moneyPadding: 0,
    header: [['Kode', 'Kegiatan/Sub Kegiatan', 'Pagu 2023 (Rp)', 'Pagu 2024 (Rp)', 'Selisih (Rp)', 'Sumber Dana']],
    body: rows.map((r, i) => {
      const p2024 = (r.pagu * BigInt(110 + (i % 3))) / 100n;
      return [
        r.code,
        r.name,
        { text: rupiah(r.pagu), money: true },
        { text: rupiah(p2024), money: true },
        { text: rupiah(p2024 - r.pagu), money: true },
        'DAU',
      ];
    }),
  };
  const subs = rows.filter((r) => r.kind === 'sub');
  const tot23 = sumPagu(subs);
  const tot24 = subs.reduce((a, r) => a + (r.pagu * BigInt(110 + (rows.indexOf(r) % 3))) / 100n, 0n);
  table.body.push([
    H('JUMLAH', { colSpan: 2, align: 'center', bold: true }),
    H(rupiah(tot23), { money: true, bold: true }),
    H(rupiah(tot24), { money: true, bold: true }),
    H(rupiah(tot24 - tot23), { money: true, bold: true }),
    '',
  ]);
  return { page: PAGE.portrait, blocks: [{ table }], tables: [table], expectPages: 1 };
}

/** 11. A table with no rules at all; wrapped name cells leave the key column empty on continuation lines. */
function fxBorderless() {
  const rows = renjaRows(10, { subDigits: 2, start: 8 });
  const table = renjaTable(rows, {
    table: { caption: ['Tabel 3.2', 'Rencana Kegiatan dan Pendanaan Tahun 2024'], borders: false, padding: 0.08 },
  });
  return { page: PAGE.portrait, blocks: [{ table }], tables: [table], expectPages: 1 };
}

/** 13. Two separate ruled tables on one page, each under its caption paragraph. */
function fxTwoTables() {
  const t1 = {
    caption: ['Tabel 2.3', 'Capaian Kinerja Pelayanan Kecamatan Pasirian'],
    columns: [
      { width: 0.9, align: 'center' },
      { width: 7.0, align: 'left' },
      { width: 2.2, align: 'center' },
      { width: 2.2, align: 'center' },
      { width: 2.2, align: 'center' },
    ],
    header: [['No', 'Indikator', 'Target 2022', 'Realisasi 2022', 'Capaian']],
    body: [
      ['1', 'Persentase Desa yang menetapkan RKPDes Tepat Waktu', '100 %', '100 %', '100 %'],
      ['2', 'Persentase Desa yang menetapkan APBDes Tepat Waktu', '100 %', '54,55 %', '54,55 %'],
      ['3', 'Persentase Desa yang menetapkan LPPDes Tepat Waktu', '100 %', '100 %', '100 %'],
      ['4', 'Indeks Kepuasan Masyarakat terhadap Pelayanan Kecamatan', '80', '82,45', '103,06 %'],
    ],
  };
  const t2 = {
    caption: ['Tabel 2.4', 'Sumber Daya Aparatur Kecamatan Pasirian'],
    columns: [
      { width: 0.9, align: 'center' },
      { width: 6.0, align: 'left' },
      { width: 2.5, align: 'center' },
      { width: 2.5, align: 'center' },
    ],
    header: [['No', 'Golongan', 'Jumlah (orang)', 'Keterangan']],
    body: [
      ['1', 'Golongan IV', '3', 'PNS'],
      ['2', 'Golongan III', '9', 'PNS'],
      ['3', 'Golongan II', '2', 'PNS'],
      ['4', 'Tenaga Harian Lepas', '6', 'Non ASN'],
    ],
  };
  const blocks = [
    { p: '2.2 Analisis Kinerja Pelayanan Perangkat Daerah', style: 'Title' },
    {
      p: 'Kinerja pelayanan Kecamatan Pasirian diukur dengan indikator yang ditetapkan dalam Renstra. Capaian tahun 2022 disajikan pada tabel berikut.',
    },
    { table: t1 },
    { p: 'Pelaksanaan tugas dan fungsi kecamatan didukung oleh aparatur sebagaimana tersaji pada tabel berikut.' },
    { table: t2 },
    {
      p: 'Jumlah aparatur tersebut masih kurang dibandingkan beban kerja pelayanan administrasi kependudukan dan perizinan.',
    },
  ];
  return { page: PAGE.portrait, blocks, tables: [t1, t2], expectPages: 1 };
}

/** not-renja (bad input): a letter with a small unrelated table. */
function fxNotRenja() {
  const table = {
    columns: [
      { width: 0.9, align: 'center' },
      { width: 3.0, align: 'left' },
      { width: 6.5, align: 'left' },
      { width: 4.5, align: 'left' },
    ],
    header: [['No', 'Waktu', 'Acara', 'Tempat']],
    body: [
      ['1', '08.00 - 08.30', 'Registrasi peserta', 'Pendopo Kecamatan'],
      ['2', '08.30 - 09.00', 'Pembukaan dan sambutan Camat Pasirian', 'Pendopo Kecamatan'],
      ['3', '09.00 - 11.30', 'Sosialisasi pencegahan demam berdarah', 'Pendopo Kecamatan'],
      ['4', '11.30 - 12.00', 'Penutupan dan doa', 'Pendopo Kecamatan'],
    ],
  };
  const blocks = [
    { p: 'PEMERINTAH KABUPATEN LUMAJANG', style: 'Title' },
    { p: 'KECAMATAN PASIRIAN', style: 'Title' },
    { p: 'Jln. Raya Pasirian No. 142 Telp. (0334) 571003' },
    { p: 'Pasirian, 12 Februari 2024' },
    { p: 'Nomor        : 005/117/427.95/2024' },
    { p: 'Perihal      : Undangan Sosialisasi' },
    { p: 'Kepada Yth. Kepala Desa se-Kecamatan Pasirian di tempat.' },
    {
      p:
        'Dalam rangka meningkatkan kewaspadaan masyarakat terhadap penyakit demam berdarah menjelang musim hujan, ' +
        'bersama ini kami mengundang Saudara beserta satu orang kader kesehatan desa untuk hadir pada kegiatan sosialisasi ' +
        'yang akan dilaksanakan pada hari Kamis, 15 Februari 2024, dengan susunan acara sebagai berikut:',
    },
    { table },
    {
      p:
        'Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara tepat pada waktunya. Demikian atas perhatian ' +
        'dan kerja samanya disampaikan terima kasih.',
    },
    { p: 'CAMAT PASIRIAN' },
    { p: 'TRIKONDO CAHYONO, S.Sos' },
  ];
  return { page: PAGE.portrait, blocks, tables: [table], expectPages: 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// pdf-lib fixture: fake bold by doubled glyphs, rulings from filled rectangles, decoys
// ---------------------------------------------------------------------------------------------------------------

/** 12. Drawn directly: text twice with a small offset, thin filled rectangles as rules, a white box and a curve. */
async function fxFakeBold() {
  const header = ['No', 'Kode', 'Sub Kegiatan', 'Target', 'Pagu (Rp)'];
  const rows = renjaRows(6, { subDigits: 2, start: 12 });
  const widths = [30, 90, 215, 70, 90];
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  const x0 = 50;
  const top = 740;
  const size = 8;
  const lineH = 10;
  const pad = 4;
  const RULE = 0.6; // rule thickness (pt), drawn as a filled rectangle
  // Offsets of the second copy of bold text: producers that fake bold shift by a fraction of a point.
  const FAKE_BOLD_OFFSETS = [
    [0.3, 0],
    [0.4, 0.2],
    [0.25, -0.25],
  ];

  const black = rgb(0, 0, 0);
  const drawTextBold = (text, x, y, k) => {
    const [dx, dy] = FAKE_BOLD_OFFSETS[k % FAKE_BOLD_OFFSETS.length];
    page.drawText(text, { x, y, size, font, color: black });
    page.drawText(text, { x: x + dx, y: y + dy, size, font, color: black });
  };
  const wrap = (text, width) => {
    const words = text.split(' ');
    const lines = [];
    let cur = '';
    for (const w of words) {
      const t = cur ? `${cur} ${w}` : w;
      if (font.widthOfTextAtSize(t, size) <= width - 2 * pad) cur = t;
      else {
        lines.push(cur);
        cur = w;
      }
    }
    if (cur) lines.push(cur);
    return lines;
  };

  // Title, drawn fake-bold, with a decorative curve under it (must not become a ruling).
  const title = 'RENCANA KERJA KECAMATAN PASIRIAN TAHUN 2024';
  const tw = font.widthOfTextAtSize(title, 11);
  page.drawText(title, { x: (595.28 - tw) / 2, y: 790, size: 11, font });
  page.drawText(title, { x: (595.28 - tw) / 2 + 0.35, y: 790, size: 11, font });
  page.drawSvgPath('M 0 0 C 60 -14 120 14 180 0 S 300 -14 360 0', {
    x: 118,
    y: 778,
    borderColor: black,
    borderWidth: 0.8,
  });
  // A white filled rectangle (a "mask" many producers paint) overlapping the table area: not a ruling.
  page.drawRectangle({ x: x0 + 20, y: top - 60, width: 300, height: 40, color: rgb(1, 1, 1) });

  const model = [header, ...rows.map((r, i) => [String(i + 1), r.code, r.name, r.target, rupiah(r.pagu)])];
  const boldRow = (ri) => ri === 0 || rows[ri - 1]?.kind === 'kegiatan';
  const cellLines = model.map((row) => row.map((t, c) => (c === 2 ? wrap(t, widths[c]) : [t])));
  const rowHeights = cellLines.map((cells) => Math.max(...cells.map((l) => l.length)) * lineH + 2 * pad);
  const totalW = widths.reduce((a, b) => a + b, 0);
  const totalH = rowHeights.reduce((a, b) => a + b, 0);

  let y = top;
  let k = 0;
  cellLines.forEach((cells, ri) => {
    let x = x0;
    cells.forEach((lines, c) => {
      lines.forEach((line, li) => {
        const ty = y - pad - size - li * lineH + 1;
        const w = font.widthOfTextAtSize(line, size);
        const tx = c === 4 ? x + widths[c] - pad - w : c === 0 || c === 3 ? x + (widths[c] - w) / 2 : x + pad;
        if (boldRow(ri)) drawTextBold(line, tx, ty, k++);
        else page.drawText(line, { x: tx, y: ty, size, font, color: black });
      });
      x += widths[c];
    });
    y -= rowHeights[ri];
  });
  // Rules: thin filled rectangles (no stroked paths), as some PDF producers draw table borders.
  let ry = top;
  for (let ri = 0; ri <= rowHeights.length; ri++) {
    page.drawRectangle({ x: x0 - RULE / 2, y: ry - RULE / 2, width: totalW + RULE, height: RULE, color: black });
    ry -= rowHeights[ri] ?? 0;
  }
  let rx = x0;
  for (let c = 0; c <= widths.length; c++) {
    page.drawRectangle({
      x: rx - RULE / 2,
      y: top - totalH - RULE / 2,
      width: RULE,
      height: totalH + RULE,
      color: black,
    });
    rx += widths[c] ?? 0;
  }
  page.drawText('Sumber: Renja Kecamatan Pasirian Tahun 2024', { x: x0, y: top - totalH - 18, size: 8, font });

  const expected = { tables: [{ pages: [1], headerRows: 1, rows: model.map((r) => r.map((t) => t)) }] };
  return { bytes: await doc.save({ useObjectStreams: false }), expected };
}

// ---------------------------------------------------------------------------------------------------------------
// Split row: open bottom on page 1
// ---------------------------------------------------------------------------------------------------------------

/** Horizontal `x1 y m x2 y l S` segments, as LibreOffice writes cell borders. */
const H_RULE = /(-?[\d.]+) (-?[\d.]+) m\s+(-?[\d.]+) \2 l S\s*/g;

/**
 * Writer closes a row that is split by a page break with a rule on page 1; Word and many real Renja PDFs leave
 * it open. This deletes the lowest horizontal rule of the table on the given page, so the first part of the
 * split row has no rule beneath it. Returns the new PDF bytes and the removed rule's y.
 */
async function removeLowestRule(bytes, pageIndex) {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(pageIndex);
  const ref = page.node.get(PDFName.of('Contents'));
  const stream = doc.context.lookup(ref);
  const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  const ys = [...text.matchAll(H_RULE)].map((m) => Number(m[2]));
  const lowest = Math.min(...ys);
  const out = text.replace(H_RULE, (m, _x, y) => (Number(y) === lowest ? '' : m));
  check(out !== text, 'no horizontal rule found to remove');
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(Buffer.from(out, 'latin1'))));
  return { bytes: await doc.save({ useObjectStreams: false }), y: lowest };
}

// ---------------------------------------------------------------------------------------------------------------
// Rotation: a landscape page stored portrait with /Rotate
// ---------------------------------------------------------------------------------------------------------------

/**
 * Embeds the landscape page as a form XObject drawn rotated on a portrait page, then sets /Rotate so a reader
 * shows it upright. rotate 90: content turned 90 degrees counter-clockwise; the viewer turns it back clockwise.
 */
async function rotatedCopy(landscapeBytes, rotation) {
  const src = await PDFDocument.load(landscapeBytes);
  const out = await PDFDocument.create();
  const [emb] = await out.embedPdf(src, [0]);
  const W = emb.width; // landscape width (842)
  const Hh = emb.height; // landscape height (595)
  const page = out.addPage([Hh, W]);
  if (rotation === 90) page.drawPage(emb, { x: Hh, y: 0, rotate: degrees(90) });
  else page.drawPage(emb, { x: 0, y: W, rotate: degrees(-90) });
  page.setRotation(degrees(rotation));
  return out.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  mkdirSync(OUT_ENGINE, { recursive: true });
  mkdirSync(OUT_BAD, { recursive: true });

  const lo = {
    'wrapped-code-cell': fxWrappedCodeCell(),
    'table-continues-with-repeated-header': fxContinues('all', false),
    'table-continues-without-header': fxContinues('none', false),
    'table-continues-with-column-number-row': fxContinues('last', true),
    'landscape-source': fxLandscape(),
    'merged-header-cells': fxMergedHeader(),
    'tall-row-split-across-pages': fxTallRowSplit(),
    'jumlah-only-last-page': fxJumlahOnly(),
    'vertically-centred-text': fxVerticallyCentred(),
    'money-right-aligned': fxMoneyRightAligned(),
    'borderless-stream-table': fxBorderless(),
    'two-tables-one-page': fxTwoTables(),
    'not-renja': fxNotRenja(),
  };
  const pdfs = sofficeToPdf(Object.entries(lo).map(([name, fx]) => buildFodt(name, fx)));
  const pdfOf = Object.fromEntries(Object.keys(lo).map((n, i) => [n, pdfs[i]]));

  const writeEngine = async (name, srcPdf, expected) => {
    const bytes = await finishPdf(readFileSync(srcPdf), name);
    writeFileSync(path.join(OUT_ENGINE, `${name}.pdf`), bytes);
    writeExpected(OUT_ENGINE, name, expected);
  };

  // Plain LibreOffice fixtures: one table spanning all pages of the document (two-tables: both on page 1).
  for (const [name, fx] of Object.entries(lo)) {
    if (['landscape-source', 'not-renja', 'jumlah-only-last-page', 'tall-row-split-across-pages'].includes(name))
      continue;
    const n = numPages(pdfOf[name]);
    if (fx.expectPages !== undefined) check(n === fx.expectPages, `${name}: ${n} pages, expected ${fx.expectPages}`);
    const pages = range(n);
    await writeEngine(name, pdfOf[name], { tables: fx.tables.map((t) => expectedTable(t, pages)) });
  }

  // Layout checks that the hard case really is in the PDF.
  {
    const t = pageTexts(pdfOf['wrapped-code-cell']).join('\n');
    check(
      /^\s*\d+\s+7\.01\.01\.2\.01\.0\s/m.test(t) && /\bdoku\b/.test(t) && /\bmen\b/.test(t),
      'wrapped-code-cell: codes/dokumen do not wrap',
    );
  }
  {
    const pages = pageTexts(pdfOf['table-continues-with-column-number-row']);
    check(
      !/Indikator Kinerja/.test(pages[1]) && /^\s*1\s+2\s+3\s+4\s+5\s+6\s*$/m.test(pages[1]),
      'column-number row not (only) repeated on page 2',
    );
    const rep = pageTexts(pdfOf['table-continues-with-repeated-header']);
    check(
      rep.every((p) => /Indikator Kinerja/.test(p)),
      'header not repeated on every page',
    );
    const none = pageTexts(pdfOf['table-continues-without-header']);
    check(
      none.slice(1).every((p) => !/Indikator Kinerja/.test(p)),
      'header repeated although it should not be',
    );
  }
  {
    const fx = lo['tall-row-split-across-pages'];
    const [p1, p2] = pageTexts(pdfOf['tall-row-split-across-pages']);
    check(
      p1.includes(fx.tallRow.code) && /ditandatangani/.test(p2) && !p2.includes(fx.tallRow.code),
      'tall row is not split across pages',
    );
    check(numPages(pdfOf['tall-row-split-across-pages']) === fx.expectPages, 'tall-row: page count');
    const { bytes } = await removeLowestRule(readFileSync(pdfOf['tall-row-split-across-pages']), 0);
    const tmp = path.join(WORK, 'tall-row-open.pdf');
    writeFileSync(tmp, bytes);
    await writeEngine('tall-row-split-across-pages', tmp, { tables: fx.tables.map((t) => expectedTable(t, [1, 2])) });
  }

  // 5. Rotated landscape pages.
  {
    const fx = lo['landscape-source'];
    for (const rot of [90, 270]) {
      const name = `landscape-rotate-${rot}`;
      const bytes = await rotatedCopy(readFileSync(pdfOf['landscape-source']), rot);
      const tmp = path.join(WORK, `${name}.pdf`);
      writeFileSync(tmp, bytes);
      await writeEngine(name, tmp, { tables: fx.tables.map((t) => expectedTable(t, [1])) });
    }
  }

  // 8. JUMLAH alone on the last page (under the repeated header).
  {
    const fx = lo['jumlah-only-last-page'];
    const pages = pageTexts(pdfOf['jumlah-only-last-page']);
    const last = pages[pages.length - 1];
    check(
      pages.length === 3 && /JUMLAH/.test(last) && !/7\.01\.\d\d\.2\./.test(last),
      'JUMLAH is not alone on the last page',
    );
    await writeEngine('jumlah-only-last-page', pdfOf['jumlah-only-last-page'], {
      tables: fx.tables.map((t) => expectedTable(t, range(3))),
    });
  }

  // 12. pdf-lib drawn page.
  {
    const { bytes, expected } = await fxFakeBold();
    const tmp = path.join(WORK, 'fake-bold-doubled-glyphs.pdf');
    writeFileSync(tmp, bytes);
    await writeEngine('fake-bold-doubled-glyphs', tmp, expected);
  }

  // ----- bad inputs -----
  const bad = (name, expected) => writeExpected(OUT_BAD, name, expected);
  const srcForBad = path.join(OUT_ENGINE, 'money-right-aligned.pdf');
  const srcExpected = JSON.parse(readFileSync(path.join(OUT_ENGINE, 'money-right-aligned.expected.json'), 'utf8'));

  run('qpdf', [
    '--encrypt',
    USER_PASSWORD,
    OWNER_PASSWORD,
    '256',
    '--',
    srcForBad,
    path.join(OUT_BAD, 'encrypted-needs-password.pdf'),
  ]);
  bad('encrypted-needs-password', {
    errorClass: 'encrypted',
    message_contains: 'password',
    password: USER_PASSWORD,
    // Opened with the password, the document is money-right-aligned.pdf.
    tablesWithPassword: srcExpected.tables,
  });

  // Owner password only: the user password is empty, so it opens without one and must extract normally.
  run('qpdf', [
    '--encrypt',
    '',
    OWNER_PASSWORD,
    '256',
    '--print=none',
    '--modify=none',
    '--extract=n',
    '--',
    srcForBad,
    path.join(OUT_BAD, 'encrypted-owner-only.pdf'),
  ]);
  bad('encrypted-owner-only', {
    errorClass: null,
    message_contains: null,
    opensWithoutPassword: true,
    tables: srcExpected.tables,
  });

  // Truncated: a real 3-page table PDF cut in half (the xref, trailer and catalog are lost).
  {
    const full = readFileSync(path.join(OUT_ENGINE, 'table-continues-with-repeated-header.pdf'));
    writeFileSync(path.join(OUT_BAD, 'truncated.pdf'), full.subarray(0, Math.floor(full.length / 2)));
    bad('truncated', { errorClass: 'corrupt', message_contains: 'not a readable PDF' });
  }

  // Not a PDF: the HTML error page a web server returned, saved under a .pdf name.
  writeFileSync(
    path.join(OUT_BAD, 'corrupt-not-a-pdf.pdf'),
    `<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>404 - Halaman Tidak Ditemukan</title></head>
<body>
<h1>404</h1>
<p>Maaf, dokumen <b>Renja-Kecamatan-Pasirian-2024.pdf</b> yang Anda cari tidak ditemukan atau telah dipindahkan.</p>
<p><a href="/ppid/dokumen">Kembali ke daftar dokumen PPID</a></p>
</body>
</html>
`,
  );
  bad('corrupt-not-a-pdf', { errorClass: 'corrupt', message_contains: 'not a PDF' });

  // Image-only scan: page 1 of a real table PDF rendered to a grey PNG, embedded as the only page content.
  {
    const base = path.join(WORK, 'scan');
    run('pdftoppm', [
      '-r',
      '80',
      '-gray',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path.join(OUT_ENGINE, 'wrapped-code-cell.pdf'),
      base,
    ]);
    const png = readFileSync(`${base}.png`);
    const doc = await PDFDocument.create();
    const img = await doc.embedPng(png);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
    writeFileSync(
      path.join(OUT_BAD, 'image-only-scan.pdf'),
      await finishPdf(await doc.save({ useObjectStreams: false }), 'image-only-scan'),
    );
    bad('image-only-scan', { errorClass: 'scanned', message_contains: 'text' });
  }

  // A real letter with a small table that is not a Renja table.
  {
    const fx = lo['not-renja'];
    writeFileSync(
      path.join(OUT_BAD, 'not-renja.pdf'),
      await finishPdf(readFileSync(pdfOf['not-renja']), 'Undangan Sosialisasi'),
    );
    bad('not-renja', {
      errorClass: 'no-renja-tables',
      message_contains: 'Renja',
      tables: fx.tables.map((t) => expectedTable(t, [1])),
    });
  }

  console.log(
    `fixtures written to ${path.relative(process.cwd(), OUT_ENGINE)} and ${path.relative(process.cwd(), OUT_BAD)}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
