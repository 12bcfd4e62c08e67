#!/usr/bin/env node
// Writes the golden discrepancy files from the reference reconciliation (reference-reconcile.mjs)
// over the generators' own data, with pages from the committed PDFs' text (pdftotext):
//
//   fixtures/renja/renja-pasirian-2024.expected-discrepancies.csv   (from renja-pasirian-2024.model.json)
//   fixtures/audit/<name>.expected-discrepancies.csv                 (the audit fixtures' document models)
//
//   node scripts/write-expected-discrepancies.mjs          # or: npm run fixtures:expected
//   node scripts/write-expected-discrepancies.mjs --check  # compare only, exit 1 when a file differs
//
// Needs pdftotext only (no LibreOffice): the PDFs are the committed ones. For the audit fixtures it
// also cross-checks the reference with the findings each injection declares (injections.mjs), two
// independent derivations; any disagreement is printed and fails the run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedRows, toCsv } from './reference-expected.mjs';
import { auditVariants } from './audit-fixtures/variants.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.join(REPO, 'fixtures/renja/renja-pasirian-2024');
const AUDIT = path.join(REPO, 'fixtures/audit');
const check = process.argv.includes('--check');
let failed = false;

function write(file, rows) {
  const text = toCsv(rows);
  const rel = path.relative(REPO, file);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (check) {
    if (old !== text) {
      console.log(`${rel}: differs from the reference`);
      failed = true;
    }
  } else if (old !== text) fs.writeFileSync(file, text);
  const by = {};
  for (const r of rows) by[r.severity] = (by[r.severity] ?? 0) + 1;
  console.log(`${rel}: ${rows.length} finding(s) ${JSON.stringify(by)}`);
}

/** Key of a finding on the columns both derivations define. */
const KEY = ['rule', 'severity', 'code', 'field', 'table_a', 'page_a', 'value_a', 'table_b', 'page_b', 'value_b'];
const keyOf = (r) => KEY.map((c) => String(r[c] ?? '')).join(' | ');

const seedModel = JSON.parse(fs.readFileSync(`${SEED}.model.json`, 'utf8'));
write(
  `${SEED}.expected-discrepancies.csv`,
  expectedRows('renja-pasirian-2024', seedModel.blocks, `${SEED}.pdf`, { raw: true }),
);

const { variants } = auditVariants(seedModel);
for (const v of variants) {
  const rows = expectedRows(v.name, v.doc.blocks, path.join(AUDIT, `${v.name}.pdf`));
  write(path.join(AUDIT, `${v.name}.expected-discrepancies.csv`), rows);
  // the manifest's findings, declared by the injection (its edit and the consequences it names)
  const manifest = JSON.parse(fs.readFileSync(path.join(AUDIT, `${v.name}.injected.json`), 'utf8'));
  const declared = manifest.expected.map(keyOf).sort();
  const reference = rows.map(keyOf).sort();
  for (const k of declared.filter((k) => !reference.includes(k))) {
    console.log(`  ${v.name}: declared by the injection, not in the reference: ${k}`);
    failed = true;
  }
  for (const k of reference.filter((k) => !declared.includes(k))) {
    console.log(`  ${v.name}: in the reference, not declared by the injection: ${k}`);
    failed = true;
  }
}
if (failed) process.exit(1);
