#!/usr/bin/env node
// Generates fixtures/audit/: a clean Renja whose tables all agree, and one PDF per reconciliation
// rule with one or two deliberate discrepancies, each with the manifest of what was injected
// (<name>.injected.json) and the golden discrepancies (<name>.expected-discrepancies.csv).
// The golden files come from the reference reconciliation of each fixture's document model
// (scripts/reference-reconcile.mjs); the manifest lists the findings each injection declares by
// hand. Both are independent of the audit tool, and the run fails when they disagree.
//
//   node scripts/make-audit-fixtures.mjs
//
// Reads only fixtures/renja/renja-pasirian-2024.model.json (no ../shared). Needs soffice
// (LibreOffice) and pdftotext (poppler). Pages come from the page text of the rendered PDF, never
// from the audit tool. Without LibreOffice, `node scripts/write-expected-discrepancies.mjs` rewrites
// the golden files from the committed PDFs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildFodt } from './renja-fixtures/odt.mjs';
import { cellText } from './renja-fixtures/seed-parse.mjs';
import { tableOf } from './audit-fixtures/document.mjs';
import { rowIndex } from './audit-fixtures/injections.mjs';
import { cellPage, locateRows } from './audit-fixtures/locate.mjs';
import { auditVariants } from './audit-fixtures/variants.mjs';
import { expectedRows, toCsv } from './reference-expected.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_MODEL = path.join(REPO, 'fixtures/renja/renja-pasirian-2024.model.json');
const OUT = path.join(REPO, 'fixtures/audit');
// Own LibreOffice profile: another engineer may run soffice at the same time.
const LO_PROFILE = 'file:///tmp/lo-audit-fixtures-profile';
// The fixtures are committed and read by a fast test: keep each one small.
const MAX_PDF_BYTES = 150 * 1024;
const FODT_OPTS = {
  title: 'Rencana Kerja Perangkat Daerah (Renja PD) Kecamatan Pasirian Tahun 2024',
  paper: 'F4',
  font: 'Arial',
  bodyPt: 11,
  footer: 'Renja Kecamatan Pasirian Tahun 2024',
  marginsPortrait: [2.5, 2.0, 2.5, 3.0],
  marginsLandscape: [2.0, 2.0, 1.8, 2.0],
};

const writeJson = (file, obj) =>
  fs.writeFileSync(file, JSON.stringify(obj, (k, v) => (typeof v === 'bigint' ? v.toString() : v), 1) + '\n');

/** Page of an expected side, from the rendered PDF's text. */
function sidePage(side, doc, loc) {
  if (!side || !side.model) return side?.prose ? loc.prosePage : '';
  const t = tableOf(doc, side.model);
  const i = rowIndex(t, side.key);
  let k = 0;
  const c = t.rows[i].cells.find((x) => {
    const hit = k === side.col;
    k += x.cs ?? 1;
    return hit;
  });
  const where = loc.rows[side.model][i];
  if (where.pages.length > 1)
    console.log(`  note (${doc.name}): ${side.model} row ${i} is cut by a page break (pages ${where.pages})`);
  return cellPage(loc, side.model, i, cellText(c));
}

function goldenRows(name, fixture, truth, doc, loc) {
  return fixture.expected(truth).map((e) => {
    const money = e.a.money && e.b?.money && e.a.value !== '' && e.b.value !== '';
    return {
      doc: name,
      rule: e.rule,
      severity: e.severity,
      code: e.code,
      field: e.field,
      table_a: e.a.table,
      page_a: sidePage(e.a, doc, loc),
      value_a: e.a.value,
      table_b: e.b?.table ?? '',
      page_b: sidePage(e.b, doc, loc),
      value_b: e.b?.value ?? '',
      difference: money ? (BigInt(e.b.value) - BigInt(e.a.value)).toString() : '',
      message: e.why,
    };
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renja-audit-fx-'));
const seedModel = JSON.parse(fs.readFileSync(SEED_MODEL, 'utf8'));
// Every variant: its document model, what was injected, and the findings its injection declares.
const { truth, variants } = auditVariants(seedModel);
const KEY = ['rule', 'severity', 'code', 'field', 'table_a', 'page_a', 'value_a', 'table_b', 'page_b', 'value_b'];
const keyOf = (r) => KEY.map((c) => String(r[c] ?? '')).join(' | ');
let disagreements = 0;

for (const v of variants) fs.writeFileSync(path.join(tmp, `${v.name}.fodt`), buildFodt(v.doc.blocks, FODT_OPTS));
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=${LO_PROFILE}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    tmp,
    ...variants.map((v) => path.join(tmp, `${v.name}.fodt`)),
  ],
  { stdio: 'pipe' },
);

fs.mkdirSync(OUT, { recursive: true });
for (const v of variants) {
  const pdf = path.join(OUT, `${v.name}.pdf`);
  fs.copyFileSync(path.join(tmp, `${v.name}.pdf`), pdf);
  const size = fs.statSync(pdf).size;
  if (size > MAX_PDF_BYTES) throw new Error(`${v.name}.pdf is ${size} bytes (> ${MAX_PDF_BYTES})`);
  const tables = v.doc.blocks.filter((b) => b.t === 'table');
  const loc = locateRows(pdf, tables);
  const rows = goldenRows(v.name, v.fixture, truth, v.doc, loc);
  const reference = expectedRows(v.name, v.doc.blocks, pdf);
  fs.writeFileSync(path.join(OUT, `${v.name}.expected-discrepancies.csv`), toCsv(reference));
  const [a, b] = [rows.map(keyOf).sort(), reference.map(keyOf).sort()];
  for (const k of a.filter((k) => !b.includes(k))) console.log(`  ${v.name}: declared, not in the reference: ${k}`);
  for (const k of b.filter((k) => !a.includes(k))) console.log(`  ${v.name}: in the reference, not declared: ${k}`);
  disagreements += a.filter((k) => !b.includes(k)).length + b.filter((k) => !a.includes(k)).length;
  writeJson(path.join(OUT, `${v.name}.injected.json`), {
    pdf: `${v.name}.pdf`,
    derivedFrom: 'clean.pdf',
    summary: v.fixture.summary,
    tablePages: Object.fromEntries(
      Object.entries(loc.rows).map(([id, rs]) => [id, [rs[0].pages[0], rs.at(-1).pages.at(-1)]]),
    ),
    injections: v.injections,
    // every finding expected at any severity: `direct` ones are what the edit is meant to trigger,
    // the rest are consequences the edit necessarily has on other checks
    expected: rows.map((r, i) => {
      const { doc: _d, message, ...cols } = r;
      return { ...cols, direct: v.fixture.expected(truth)[i].direct === true, why: message };
    }),
  });
  console.log(
    `${v.name.padEnd(26)} ${String(size).padStart(6)} B, ${loc.pageTokens.length} pages, ${reference.length} expected finding(s)`,
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
if (disagreements) {
  console.error(`${disagreements} finding(s) differ between the injections and the reference reconciliation`);
  process.exit(1);
}
