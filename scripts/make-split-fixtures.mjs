#!/usr/bin/env node
/**
 * A Renja published as several files: splits fixtures/renja/renja-pasirian-2024.pdf into three part files, the way
 * agencies publish BAB II, BAB III and BAB IV separately, so T-C.31, T-C.33 and Tabel 4.1 end in different files.
 *
 *   node scripts/make-split-fixtures.mjs
 *
 * The cut points come from the generator's own table pages (renja-pasirian-2024.expected.json), never from our
 * extractor: part_1.pdf ends with the last T-C.31 page, part_2.pdf with the last T-C.33 page, part_10.pdf holds the
 * rest (Tabel 4.1 and the closing prose). `part_10` is named so that code-point order (`part_10` < `part_2`) differs
 * from the natural order the batch must use. A second split, `renja-pasirian-2024-midtable/`, cuts in the middle of
 * T-C.33 and of Tabel 4.1, so both tables continue from one file into the next. `<folder>.split.json` records which
 * pages of the whole file each part holds, so tests map the whole file's expected pages to (part, page) themselves.
 * Needs only the pdf-lib devDependency.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'fixtures/renja/renja-pasirian-2024.pdf');
const EXPECTED = path.join(ROOT, 'fixtures/renja/renja-pasirian-2024.expected.json');
const OUT = path.join(ROOT, 'fixtures/renja/split');
const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
const pagesOf = (kind) => expected.tables.find((t) => t.kind === kind).pages;
const lastPageOf = (kind) => Math.max(...pagesOf(kind));
const middleOf = (kind) => pagesOf(kind)[Math.floor(pagesOf(kind).length / 2)];
const total = expected.pageCount;

/** Each split: a folder of part files and the pages of the whole file each holds. */
const SPLITS = [
  {
    // by chapter: T-C.31, T-C.33 and Tabel 4.1 each in another file
    folder: 'renja-pasirian-2024',
    parts: [
      { file: 'part_1.pdf', from: 1, to: lastPageOf('TC31') },
      { file: 'part_2.pdf', from: lastPageOf('TC31') + 1, to: lastPageOf('TC33') },
      { file: 'part_10.pdf', from: lastPageOf('TC33') + 1, to: total },
    ],
  },
  {
    // mid-table: T-C.33 and Tabel 4.1 each continue from one file into the next
    folder: 'renja-pasirian-2024-midtable',
    parts: [
      { file: 'a.pdf', from: 1, to: middleOf('TC33') - 1 },
      { file: 'b.pdf', from: middleOf('TC33'), to: middleOf('T41') - 1 },
      { file: 'c.pdf', from: middleOf('T41'), to: total },
    ],
  },
];

const whole = await PDFDocument.load(readFileSync(SRC));
if (whole.getPageCount() !== total) throw new Error(`${SRC}: ${whole.getPageCount()} pages, expected ${total}`);
for (const split of SPLITS) {
  mkdirSync(path.join(OUT, split.folder), { recursive: true });
  for (const c of split.parts) {
    const part = await PDFDocument.create();
    part.setProducer(whole.getProducer() ?? 'pdf-lib');
    part.setCreationDate(new Date('2024-01-01T00:00:00Z'));
    part.setModificationDate(new Date('2024-01-01T00:00:00Z'));
    const indices = Array.from({ length: c.to - c.from + 1 }, (_, i) => c.from - 1 + i);
    for (const p of await part.copyPages(whole, indices)) part.addPage(p);
    writeFileSync(path.join(OUT, split.folder, c.file), await part.save({ useObjectStreams: false }));
    console.log(`${split.folder}/${c.file}: pages ${c.from}-${c.to} of the whole file`);
  }
  writeFileSync(
    path.join(OUT, `${split.folder}.split.json`),
    JSON.stringify({ source: 'renja-pasirian-2024.pdf', ...split }, null, 2) + '\n',
  );
}
