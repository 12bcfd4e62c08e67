/**
 * `npm run bench:parts`: what reading a Renja published as several files as one document (`renja audit … --as`)
 * finds that auditing the files one by one misses, on ../shared/corpus/real (never run by the tests).
 * - Real chapter sets of the corpus: each file alone, then the set as one document.
 * - Real one-file Renjas cut at their printed BAB headings (pages read by hand, below) with pdf-lib into temporary
 *   part files: the grouped audit must equal the whole file's (pages mapped back), and the findings whose two values
 *   sit in different files are those the separate audits cannot make.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { auditDocument, type DocumentOutcome } from '../src/audit/document.js';
import type { Discrepancy } from '../src/reconcile/types.js';
import { documentParts, pageRef } from '../src/renja/parts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = [path.resolve(here, '..'), path.resolve(here, '../..')].find((d) =>
  fs.existsSync(path.join(d, 'package.json')),
)!;
const CORPUS = process.env.RENJA_CORPUS ?? path.resolve(ROOT, '../shared/corpus/real');
const DIR = path.join(CORPUS, 'aplikasi_esakip');

/** Chapter files of one agency's Renja as the corpus has them (the agency read from each file's first page). */
const SETS: { name: string; files: string[] }[] = [
  {
    name: 'Distan 2016',
    files: ['Renja_2016_Bab_I.pdf', 'Renja_2016_Bab_II.pdf', 'Renja_2016_Bab_III.pdf', 'Renja_2016_Bab_IV.pdf'],
  },
  {
    name: 'BKPP Wil. I 2016',
    files: ['RENJA-2016-BAB-I.pdf', 'RENJA-2016-BAB-II-BAB-III.pdf', 'Tabel_2.3_Renja_2016.pdf'],
  },
  { name: 'Disparbud 2016', files: ['BAB_I_Renja_2016.pdf', 'BAB_II_Renja_2016.pdf', 'BAB_IV_Renja_2016.pdf'] },
  {
    name: 'Disbun 2016',
    files: ['Bab_I_Renja_Disbun_2016.pdf', 'Bab_II_Renja_Disbun_2016.pdf', 'Bab_IV_Renja_Disbun_2016.pdf'],
  },
  { name: 'Dispenda', files: ['RENJA_-_BAB_I.pdf', 'RENJA_-_BAB_III.pdf', 'RENJA_-_BAB_IV.pdf'] },
  { name: 'ESDM 2016', files: ['BAB-1_Pendahuluan_-_Ok.pdf', 'Tabel_3.1.pdf', 'BAB-4_Penutup.pdf'] },
];

/** One-file Renjas and the first page of each BAB (read from the printed headings). */
const CUTS: { file: string; bab: number[] }[] = [
  { file: 'RENJA_BKP_2016.pdf', bab: [1, 9, 48, 96] },
  { file: 'RENJA_Disnakertrans_2017.pdf', bab: [1, 12, 54, 81] },
];

const count = (ds: Discrepancy[]) =>
  ['error', 'warning', 'info'].map((s) => ds.filter((d) => d.severity === s).length).join('/');

function describe(o: DocumentOutcome): string {
  return o.status === 'ok' ? count(o.discrepancies) : o.errorClass;
}

/** A finding as a comparable line, its pages given as (file, page) by `at`. */
function key(d: Discrepancy, at: (p: number) => string): string {
  const side = (s: Discrepancy['a'] | null) =>
    s ? `${s.table}@${s.page === null ? '' : at(s.page)}=${String(s.value)}` : '';
  return [d.rule, d.severity, d.code, d.field, side(d.a), side(d.b), d.difference?.toFixed() ?? ''].join(' | ');
}

async function main(): Promise<void> {
  if (!fs.existsSync(DIR)) {
    console.log(`no corpus at ${DIR}: nothing to measure`);
    return;
  }
  console.log('Chapter sets in the corpus (findings error/warning/info, or the failure class)');
  console.log('| set | each file alone | as one document | cross-file findings |');
  console.log('|---|---|---|---|');
  for (const set of SETS) {
    const files = set.files.map((f) => path.join(DIR, f));
    const alone = await Promise.all(files.map((f) => auditDocument(f)));
    const group = await auditDocument(files, {}, set.name.replace(/\W+/g, '-'));
    const cross = group.status === 'ok' ? crossFile(group) : [];
    console.log(
      `| ${set.name} | ${alone.map((o, i) => `${set.files[i]}: ${describe(o)}`).join('; ')} | ${describe(group)} | ${cross.length} |`,
    );
  }

  console.log('\nOne-file Renjas cut at their BAB headings');
  console.log('| document | whole file | BABs alone | BABs as one document | same as whole | cross-file findings |');
  console.log('|---|---|---|---|---|---|');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renja-bench-parts-'));
  for (const cut of CUTS) {
    const src = path.join(DIR, cut.file);
    const whole = await PDFDocument.load(fs.readFileSync(src));
    const n = whole.getPageCount();
    const parts: string[] = [];
    for (const [i, from] of cut.bab.entries()) {
      const to = (cut.bab[i + 1] ?? n + 1) - 1;
      const doc = await PDFDocument.create();
      for (const p of await doc.copyPages(
        whole,
        Array.from({ length: to - from + 1 }, (_, k) => from - 1 + k),
      ))
        doc.addPage(p);
      const file = path.join(tmp, `${path.basename(cut.file, '.pdf')}_BAB_${i + 1}.pdf`);
      fs.writeFileSync(file, await doc.save());
      parts.push(file);
    }
    const w = await auditDocument(src);
    const alone = await Promise.all(parts.map((f) => auditDocument(f)));
    const g = await auditDocument(parts, {}, 'grouped');
    let same = 'n/a';
    if (w.status === 'ok' && g.status === 'ok') {
      // the grouped audit's logical pages are the whole file's pages
      const a = w.discrepancies.map((d) => key(d, String)).sort();
      const b = g.discrepancies.map((d) => key(d, String)).sort();
      same =
        a.length === b.length && a.every((x, i) => x === b[i])
          ? `yes (${a.length})`
          : `NO (${a.length} vs ${b.length})`;
    }
    const okAlone = alone.flatMap((o) => (o.status === 'ok' ? o.discrepancies : []));
    console.log(
      `| ${cut.file} | ${describe(w)} | ${count(okAlone)} (${alone.filter((o) => o.status !== 'ok').length} failed) | ${describe(g)} | ${same} | ${g.status === 'ok' ? crossSummary(g) : ''} |`,
    );
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** Findings whose two values are printed in different files: no audit of one file can make them. */
function crossFile(o: Extract<DocumentOutcome, { status: 'ok' }>): Discrepancy[] {
  const parts = documentParts(o.extraction);
  const fileOf = (p: number | null) => (p === null ? null : pageRef(parts, p).file);
  return o.discrepancies.filter((d) => {
    if (!d.b || d.a.table === d.b.table) return false;
    const fa = fileOf(d.a.page);
    const fb = fileOf(d.b.page);
    // a side without a page (a computed total, an absent row) still compares two tables of two files
    const tableFile = (t: string) =>
      o.extraction.records.find((r) => r.table === t)
        ? fileOf(o.extraction.records.find((r) => r.table === t)!.page)
        : null;
    return (fa ?? tableFile(d.a.table)) !== (fb ?? tableFile(d.b.table));
  });
}

function crossSummary(o: Extract<DocumentOutcome, { status: 'ok' }>): string {
  const by = new Map<string, number>();
  for (const d of crossFile(o)) by.set(`${d.rule} ${d.severity}`, (by.get(`${d.rule} ${d.severity}`) ?? 0) + 1);
  return [...by].map(([k, v]) => `${v} ${k}`).join(', ') || '0';
}

await main();
