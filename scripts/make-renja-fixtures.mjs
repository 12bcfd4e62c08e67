#!/usr/bin/env node
// Generates the Renja fixture PDFs and their golden expected JSON.
//
//   node scripts/make-renja-fixtures.mjs               # parse ../shared/seed, write model, PDFs, expected
//   node scripts/make-renja-fixtures.mjs --from-model  # rebuild from fixtures/renja/*.model.json (no ../shared)
//   node scripts/make-renja-fixtures.mjs --only=seed,web,jabar
//
// The seed's renja-pasirian-2024.expected-discrepancies.csv comes from the reference reconciliation
// of its model (scripts/reference-reconcile.mjs); `node scripts/write-expected-discrepancies.mjs`
// rewrites it (and the audit fixtures' golden files) from the committed PDFs without LibreOffice.
//
// Needs soffice (LibreOffice), chromium and poppler (pdftotext). Deterministic: the same input
// gives the same model and expected JSON (the PDFs embed a creation date set by the renderer).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseSeed, cellText } from './renja-fixtures/seed-parse.mjs';
import { buildFodt } from './renja-fixtures/odt.mjs';
import { buildHtml } from './renja-fixtures/html.mjs';
import { buildJabarModel } from './renja-fixtures/jabar.mjs';
import { expectedRows, toCsv } from './reference-expected.mjs';
import {
  denseRows,
  pdfPages,
  locateTables,
  parseRp,
  fmtRp,
  terbilangToBigInt,
  hierarchyChecks,
  levelOf,
} from './renja-fixtures/expected.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.resolve(REPO, '../shared/seed/renja-pasirian-2024.txt');
const OUT = path.join(REPO, 'fixtures/renja');
// Own LibreOffice profile: another engineer may run soffice at the same time.
const LO_PROFILE = 'file:///tmp/lo-renja-profile';
const MAX_PDF_BYTES = 2 * 1024 * 1024;

const args = process.argv.slice(2);
const fromModel = args.includes('--from-model');
const only = (args.find((a) => a.startsWith('--only=')) ?? '--only=seed,web,jabar').slice(7).split(',');

const writeJson = (file, obj) => fs.writeFileSync(file, JSON.stringify(obj, null, 1) + '\n');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renja-fx-'));

function soffice(fodtPath) {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, fodtPath],
    { stdio: 'pipe' },
  );
  return path.join(tmp, path.basename(fodtPath).replace(/\.fodt$/, '.pdf'));
}

function chromium(htmlPath, pdfPath) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'renja-chr-'));
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${pdfPath}`,
      '--no-pdf-header-footer',
      `file://${htmlPath}`,
    ],
    { stdio: 'pipe' },
  );
  fs.rmSync(profile, { recursive: true, force: true });
}

function install(pdfTmp, name) {
  const dest = path.join(OUT, name);
  fs.copyFileSync(pdfTmp, dest);
  const size = fs.statSync(dest).size;
  if (size > MAX_PDF_BYTES) throw new Error(`${name} is ${size} bytes (> 2 MB)`);
  return dest;
}

/** Expected per-table record from a model table and its located pages. */
function tableExpected(t, loc) {
  const ncols = t.widths.length;
  const head = denseRows(t.header, ncols);
  const body = denseRows(
    t.rows.map((r) => r.cells),
    ncols,
  );
  const pages = [];
  for (let p = loc.start; p <= loc.end; p++) pages.push(p);
  return {
    id: t.id,
    kind: t.kind,
    label: t.label,
    caption: t.caption.join(' '),
    captionLines: t.caption,
    orientation: t.orientation,
    repeatHeader: t.repeatHeader,
    pages,
    // data rows split by a page break (found from the page text; a reader must join them)
    rowsBrokenAcrossPages: loc.broken,
    colCount: ncols,
    header: { rows: head.rows, spans: head.spans, numberRow: t.numberRow },
    rows: body.rows.map((cells, i) => {
      const r = t.rows[i];
      const italicCols = [];
      walkItalic(r.cells, (k) => italicCols.push(k));
      const spans = body.spans.filter((s) => s.row === i).map(({ col, colSpan }) => ({ col, colSpan }));
      return { role: r.role, cells, ...(spans.length ? { spans } : {}), ...(italicCols.length ? { italicCols } : {}) };
    }),
  };
}
function walkItalic(cells, f) {
  let k = 0;
  for (const c of cells) {
    if (c.i) f(k);
    k += c.cs ?? 1;
  }
}

/** Located + dense tables for a model rendered to `pdf`. */
function expectedTables(tables, pdf, { forcedBreaks = true } = {}) {
  const pages = pdfPages(pdf);
  // with forced in-token breaks the PDF shows `Pendayaguna` / `an`; without, the joined word
  const text = (c) => (forcedBreaks ? c.s : cellText(c));
  const withDense = tables.map((t) => ({ ...t, rawRows: t.rows.map((r) => r.cells.map(text).join(' ')) }));
  const locs = locateTables(withDense, pages);
  return { pageCount: pages.length, tables: tables.map((t, i) => tableExpected(t, locs[i])) };
}

// ---------------------------------------------------------------- seed totals and consistency

/** Canonical code for cross-table matching: `7.1.1` = `7.01.01`, `...2.01.0003` = `...2.01.03`. */
function canon(code) {
  const p = code.split('.');
  if (p.length === 3) return p.map((x, i) => (i === 0 ? x : x.padStart(2, '0'))).join('.');
  if (p.length === 6) p[5] = String(Number(p[5])).padStart(2, '0');
  return p.join('.');
}

function seedTotals(blocks, exp) {
  const tb = (id) => exp.tables.find((t) => t.id === id);
  const issues = [];
  const rowsOf = (t, cols) =>
    t.rows
      .filter((r) => r.role !== 'total')
      .map((r) => ({ code: r.cells[0], role: r.role, amounts: cols.map((c) => parseRp(r.cells[c])) }));
  const programSum = (rows, fi) =>
    rows.filter((r) => r.code && levelOf(r.code) === 'program').reduce((a, r) => a + (r.amounts[fi] ?? 0n), 0n);

  const tc33 = tb('TC33');
  const tc33Rows = rowsOf(tc33, [9, 13]);
  const tc33Total = tc33.rows.find((r) => r.role === 'total');
  issues.push(...hierarchyChecks('TC33', tc33Rows, ['kebutuhanDana2024', 'kebutuhanDana2025']));

  const t41 = tb('T41');
  const t41Rows = rowsOf(t41, [5]);
  const t41Total = t41.rows.find((r) => r.role === 'total');
  issues.push(...hierarchyChecks('T41', t41Rows, ['paguIndikatif']));

  const tc31 = tb('TC31');
  const tc31Rows = rowsOf(tc31, [5, 10]);
  const tc31Total = tc31.rows.find((r) => r.role === 'total');
  issues.push(...hierarchyChecks('TC31', tc31Rows, ['paguAwal', 'paguHasil']));

  const total = (printed, sum) => ({
    printed,
    value: parseRp(printed).toString(),
    sumOfPrograms: sum.toString(),
    sumMatches: parseRp(printed) === sum,
  });
  const totals = {
    tc33Jumlah: total(tc33Total.cells[9], programSum(tc33Rows, 0)),
    tc33JumlahPrakiraanMaju: total(tc33Total.cells[13], programSum(tc33Rows, 1)),
    t41Total: total(t41Total.cells[5], programSum(t41Rows, 0)),
    tc31TotalAwal: total(tc31Total.cells[5], programSum(tc31Rows, 0)),
    tc31TotalHasil: total(tc31Total.cells[10], programSum(tc31Rows, 1)),
  };
  if (totals.tc33Jumlah.value !== '2630445095')
    throw new Error(`T-C.33 JUMLAH is ${totals.tc33Jumlah.value}, brief says 2630445095`);
  if (totals.t41Total.value !== '2830445095')
    throw new Error(`Tabel 4.1 TOTAL is ${totals.t41Total.value}, brief says 2830445095`);
  for (const [k, v] of Object.entries(totals)) {
    if (!v.sumMatches)
      issues.push({
        table: k,
        field: 'total',
        printed: v.value,
        childrenSum: v.sumOfPrograms,
        difference: (BigInt(v.value) - BigInt(v.sumOfPrograms)).toString(),
      });
  }

  // Tabel 2.4 column sums
  const t24 = tb('T2.4');
  const t24Total = t24.rows.find((r) => r.role === 'total');
  const countOf = (s) => (s === '-' || s === '' ? 0 : Number(s.replace(/\./g, '')));
  totals.t24Jumlah = [2, 3, 4, 5].map((c) => {
    const sum = t24.rows.filter((r) => r.role !== 'total').reduce((a, r) => a + countOf(r.cells[c]), 0);
    return { column: c, printed: t24Total.cells[c], sum, sumMatches: countOf(t24Total.cells[c]) === sum };
  });

  // the amount in words in 4.2 and the figure beside it
  const prose = blocks.filter((b) => b.t === 'p').map((b, i) => ({ i, text: b.runs.map((r) => r.s).join('') }));
  const para = prose.find((p) => /Jumlah anggaran yang dialokasikan/i.test(p.text) && /Rp\./.test(p.text));
  const fig = /Rp\.\s*([\d.]+),-/.exec(para.text)[1];
  const words = /\(([^)]*Rupiah)\)/.exec(para.text)[1];
  const wordsValue = terbilangToBigInt(words);
  totals.terbilang = {
    sentence: para.text,
    figurePrinted: `Rp. ${fig},-`,
    figure: parseRp(fig).toString(),
    words,
    wordsValue: wordsValue.toString(),
    wordsMatchFigure: wordsValue === parseRp(fig),
    matchesT41Total: parseRp(fig).toString() === totals.t41Total.value,
    matchesTc33Jumlah: parseRp(fig).toString() === totals.tc33Jumlah.value,
  };

  // the same sub kegiatan priced differently in T-C.33 and Tabel 4.1 (and T-C.31 hasil)
  const byCode = (rows, fi) => {
    const m = new Map();
    for (const r of rows)
      if (r.code && r.role !== 'indicator' && r.amounts[fi] !== undefined)
        m.set(canon(r.code), [...(m.get(canon(r.code)) ?? []), r.amounts[fi]]);
    return m;
  };
  const a = byCode(tc33Rows, 0);
  const b = byCode(t41Rows, 0);
  const c = byCode(tc31Rows, 1);
  const cross = [];
  for (const code of new Set([...a.keys(), ...b.keys()])) {
    const va = a.get(code);
    const vb = b.get(code);
    const show = (v) => (v ? v.map((x) => (x === null ? null : x.toString())) : null);
    if (JSON.stringify(show(va)) !== JSON.stringify(show(vb)))
      cross.push({ code, tc33: show(va), t41: show(vb), tc31Hasil: show(c.get(code)) });
  }
  // duplicated codes inside one table
  const dups = [];
  for (const [id, rows] of [
    ['TC33', tc33Rows],
    ['T41', t41Rows],
    ['TC31', tc31Rows],
  ]) {
    const seen = new Map();
    for (const r of rows) if (r.code) seen.set(r.code, (seen.get(r.code) ?? 0) + 1);
    for (const [code, n] of seen) if (n > 1) dups.push({ table: id, code, count: n });
  }
  return { totals, consistency: { sumMismatches: issues, tc33VsT41: cross, duplicateCodes: dups } };
}

// ---------------------------------------------------------------- variants

function runSeed() {
  const modelPath = path.join(OUT, 'renja-pasirian-2024.model.json');
  let model;
  if (fromModel) model = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
  else {
    const blocks = parseSeed(fs.readFileSync(SEED, 'utf8'));
    model = {
      doc: 'renja-pasirian-2024',
      source: '../shared/seed/renja-pasirian-2024.txt',
      note: 'Parsed by scripts/make-renja-fixtures.mjs; table cells use \u00a6 for a forced break inside a token (a reader joins it without a space).',
      blocks,
    };
    writeJson(modelPath, model);
  }
  const fodt = path.join(tmp, 'renja-pasirian-2024.fodt');
  fs.writeFileSync(
    fodt,
    buildFodt(model.blocks, {
      title: 'Rencana Kerja Perangkat Daerah (Renja PD) Kecamatan Pasirian Tahun 2024',
      paper: 'F4',
      font: 'Arial',
      bodyPt: 11,
      footer: 'Renja Kecamatan Pasirian Tahun 2024',
      marginsPortrait: [2.5, 2.0, 2.5, 3.0],
      marginsLandscape: [2.0, 2.0, 1.8, 2.0],
    }),
  );
  const pdf = install(soffice(fodt), 'renja-pasirian-2024.pdf');
  const tables = model.blocks.filter((b) => b.t === 'table');
  const exp = expectedTables(tables, pdf);
  const { totals, consistency } = seedTotals(model.blocks, exp);
  writeJson(path.join(OUT, 'renja-pasirian-2024.expected.json'), {
    pdf: 'renja-pasirian-2024.pdf',
    era: 'pmdn86-2017',
    producer: 'LibreOffice (Flat ODT)',
    moneyUnit: 1,
    ...exp,
    totals,
    consistency,
  });
  // the findings an audit must report, from the reference reconciliation of the model (pages from the PDF text)
  const findings = expectedRows('renja-pasirian-2024', model.blocks, pdf, { raw: true });
  fs.writeFileSync(path.join(OUT, 'renja-pasirian-2024.expected-discrepancies.csv'), toCsv(findings));
  return { model, exp, totals, consistency, findings };
}

function runWeb(model) {
  const keep = ['TC31', 'TC33', 'T41'];
  const tables = model.blocks.filter((b) => b.t === 'table' && keep.includes(b.id));
  const html = path.join(tmp, 'renja-web-export.html');
  fs.writeFileSync(html, buildHtml(tables, { title: 'Renja Perangkat Daerah - Kecamatan Pasirian - Tahun 2024' }));
  const pdfTmp = path.join(tmp, 'renja-web-export.pdf');
  chromium(html, pdfTmp);
  const pdf = install(pdfTmp, 'renja-web-export.pdf');
  const exp = expectedTables(tables, pdf, { forcedBreaks: false });
  writeJson(path.join(OUT, 'renja-web-export.expected.json'), {
    pdf: 'renja-web-export.pdf',
    era: 'pmdn86-2017',
    producer: 'Chromium print-to-pdf (HTML, CSS borders, thead repeated)',
    moneyUnit: 1,
    note: 'Same cells as renja-pasirian-2024.expected.json for these tables; forced in-token breaks are not reproduced here.',
    ...exp,
  });
  return exp;
}

function runJabar() {
  const modelPath = path.join(OUT, 'renja-old-era-jabar.model.json');
  let model;
  if (fromModel && fs.existsSync(modelPath)) model = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
  else {
    model = buildJabarModel();
    writeJson(modelPath, model);
  }
  const fodt = path.join(tmp, 'renja-old-era-jabar.fodt');
  fs.writeFileSync(
    fodt,
    buildFodt(model.blocks, {
      title: model.title,
      paper: 'A4',
      font: 'Arial',
      bodyPt: 11,
      footer: model.footer,
      marginsPortrait: [2.5, 2.5, 2.5, 3.0],
      marginsLandscape: [2.0, 1.5, 1.8, 1.5],
    }),
  );
  const pdf = install(soffice(fodt), 'renja-old-era-jabar.pdf');
  const tables = model.blocks.filter((b) => b.t === 'table');
  const exp = expectedTables(tables, pdf);
  writeJson(path.join(OUT, 'renja-old-era-jabar.expected.json'), {
    pdf: 'renja-old-era-jabar.pdf',
    era: 'pmdn54-2010',
    producer: 'LibreOffice (Flat ODT)',
    moneyUnit: 1000,
    note: 'Invented data, internally consistent: parents = sum of children, JUMLAH = sum of programs; money in thousands (Rp. 000).',
    ...exp,
    totals: model.totals,
  });
  return exp;
}

fs.mkdirSync(OUT, { recursive: true });
let seed;
if (only.includes('seed') || only.includes('web')) seed = runSeed();
if (seed) {
  console.log(`seed PDF: ${seed.exp.pageCount} pages`);
  for (const t of seed.exp.tables)
    console.log(
      `  ${t.label.padEnd(20)} ${t.kind.padEnd(6)} pages ${t.pages[0]}-${t.pages[t.pages.length - 1]} rows ${t.rows.length} broken ${JSON.stringify(t.rowsBrokenAcrossPages.map((b) => b.row))}`,
    );
  console.log(
    '  totals:',
    JSON.stringify(
      Object.fromEntries(Object.entries(seed.totals).filter(([k]) => k !== 'terbilang' && k !== 't24Jumlah')),
    ),
  );
  console.log(
    `  sum mismatches: ${seed.consistency.sumMismatches.length}, T-C.33 vs 4.1 differences: ${seed.consistency.tc33VsT41.length}, reference findings: ${seed.findings.length}`,
  );
}
if (only.includes('web')) {
  const e = runWeb(seed.model);
  console.log(
    `web PDF: ${e.pageCount} pages; ${e.tables.map((t) => `${t.id} ${t.pages[0]}-${t.pages.at(-1)}`).join(', ')}`,
  );
}
if (only.includes('jabar')) {
  const e = runJabar();
  console.log(
    `jabar PDF: ${e.pageCount} pages; ${e.tables.map((t) => `${t.id} ${t.pages[0]}-${t.pages.at(-1)}`).join(', ')}`,
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
void fmtRp;
