#!/usr/bin/env node
// Generates a "scanned" Renja from the born-digital sample, as an office scanner would: a few pages rasterized
// at 150-200 dpi, grey paper, JPEG, some pages skewed by 1-2 degrees, wrapped in a PDF without any text layer.
//
//   node scripts/make-scan-fixture.mjs
//
// Writes fixtures/scan/renja-pasirian-scan.pdf and fixtures/scan/renja-pasirian-scan.expected.json. The
// expected money values come from the generator's data (fixtures/renja/renja-pasirian-2024.expected.json, the
// tables' printed cells), kept for each scanned page when poppler's pdftotext finds them on the source page.
// Needs poppler (pdftotext). Deterministic: no randomness, fixed JPEG quality.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(REPO, 'fixtures/renja/renja-pasirian-2024.pdf');
const GOLDEN = path.join(REPO, 'fixtures/renja/renja-pasirian-2024.expected.json');
const OUT_DIR = path.join(REPO, 'fixtures/scan');
const NAME = 'renja-pasirian-scan';
const MAX_BYTES = 3 * 1024 * 1024;

// First and last page of T-C.33 and of Tabel 4.1: the pagu of program 7.01.01 and both grand totals
// (the headline Rp 200.000.000 gap) are on them.
const PAGES = [
  { source: 42, dpi: 200, skew: 1.5 },
  { source: 53, dpi: 150, skew: 0 },
  { source: 55, dpi: 175, skew: -1.2 },
  { source: 59, dpi: 200, skew: 0.8 },
];
const JPEG_QUALITY = 80;
const PAPER = 238;

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjsDir = path.dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));

async function rasterize(doc, { source, dpi, skew }) {
  const page = await doc.getPage(source);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const w = Math.ceil(viewport.width);
  const h = Math.ceil(viewport.height);
  const flat = createCanvas(w, h);
  const fctx = flat.getContext('2d');
  fctx.fillStyle = '#ffffff';
  fctx.fillRect(0, 0, w, h);
  await page.render({ canvasContext: fctx, viewport, canvas: flat }).promise;
  // the scanner: grey paper, the page turned a little about its centre
  const scan = createCanvas(w, h);
  const ctx = scan.getContext('2d');
  ctx.fillStyle = `rgb(${PAPER},${PAPER},${PAPER})`;
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate((skew * Math.PI) / 180);
  ctx.translate(-w / 2, -h / 2);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(flat, 0, 0);
  // @napi-rs/canvas applies the current transform to putImageData too (the rotation would be applied twice)
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  // grey, as a scanner in grey mode delivers it
  const img = ctx.getImageData(0, 0, w, h);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const y = Math.round((d[i] * 299 + d[i + 1] * 587 + d[i + 2] * 114) / 1000);
    d[i] = d[i + 1] = d[i + 2] = y;
    d[i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  const jpeg = await scan.encode('jpeg', JPEG_QUALITY);
  page.cleanup();
  return { jpeg, widthPt: viewport.width / (dpi / 72), heightPt: viewport.height / (dpi / 72) };
}

const MONEY = /^\d{1,3}(\.\d{3})+$/;

/** Printed money cells of the generator's tables, found on the source page by poppler. */
function expectedMoney(golden, source) {
  const text = execFileSync('pdftotext', ['-f', String(source), '-l', String(source), '-layout', SOURCE, '-'], {
    encoding: 'utf8',
  });
  const tokens = new Map();
  for (const t of text.split(/[\s|]+/)) if (MONEY.test(t)) tokens.set(t, (tokens.get(t) ?? 0) + 1);
  const cells = new Set();
  for (const table of golden.tables.filter((t) => t.pages.includes(source)))
    for (const row of table.rows)
      for (const c of row.cells) if (MONEY.test(String(c).trim())) cells.add(String(c).trim());
  const out = [];
  for (const [t, n] of tokens) if (cells.has(t)) for (let i = 0; i < n; i++) out.push(t);
  return out.sort();
}

const data = new Uint8Array(fs.readFileSync(SOURCE));
const doc = await pdfjs.getDocument({
  data,
  verbosity: 0,
  standardFontDataUrl: path.join(pdfjsDir, 'standard_fonts') + path.sep,
}).promise;
const golden = JSON.parse(fs.readFileSync(GOLDEN, 'utf8'));
const out = await PDFDocument.create();
// fixed metadata so that the file is the same on every run
out.setProducer('make-scan-fixture');
out.setCreator('make-scan-fixture');
out.setCreationDate(new Date('2024-01-01T00:00:00Z'));
out.setModificationDate(new Date('2024-01-01T00:00:00Z'));
const pages = [];
for (const p of PAGES) {
  const { jpeg, widthPt, heightPt } = await rasterize(doc, p);
  const img = await out.embedJpg(jpeg);
  const page = out.addPage([widthPt, heightPt]);
  page.drawImage(img, { x: 0, y: 0, width: widthPt, height: heightPt });
  pages.push({ page: pages.length + 1, ...p, money: expectedMoney(golden, p.source) });
}
await doc.loadingTask.destroy(); // pdfjs-dist 6 has no PDFDocumentProxy.destroy
const bytes = await out.save({ useObjectStreams: false });
if (bytes.length > MAX_BYTES) throw new Error(`scan fixture is ${bytes.length} bytes, over ${MAX_BYTES}`);
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(path.join(OUT_DIR, `${NAME}.pdf`), bytes);
const expected = {
  pdf: `${NAME}.pdf`,
  source: 'renja-pasirian-2024.pdf',
  note: 'Generated by scripts/make-scan-fixture.mjs; money values are the generator tables printed cells on each source page.',
  pages,
  totals: { tc33: golden.totals.tc33Jumlah.value, t41: golden.totals.t41Total.value },
};
fs.writeFileSync(path.join(OUT_DIR, `${NAME}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
console.log(`${NAME}.pdf: ${pages.length} pages, ${bytes.length} bytes`);
