#!/usr/bin/env node
/**
 * Broken-structure inputs for fixtures/bad/ (issue 11), drawn with pdf-lib so they need nothing else:
 * - page-tree-loop.pdf: a one-page document whose page tree lists itself among its own kids (Count 2), so reading
 *   page 2 walks into a loop -> `corrupt`;
 * - blank-pages.pdf: two pages with no text and no images -> `no-text` (not `scanned`: OCR would find nothing).
 * Each gets `<name>.expected.json` as test/audit/bad-inputs.test.ts reads it. Run: node scripts/make-hostile-fixtures.mjs
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'bad');
/** Fixed dates: the same script run twice writes the same bytes. */
const WHEN = new Date('2024-01-01T00:00:00Z');

async function make(name, build, expected) {
  const doc = await PDFDocument.create();
  doc.setCreationDate(WHEN);
  doc.setModificationDate(WHEN);
  doc.setProducer('renja-audit scripts/make-hostile-fixtures.mjs');
  await build(doc);
  writeFileSync(path.join(OUT, `${name}.pdf`), await doc.save({ useObjectStreams: false }));
  writeFileSync(path.join(OUT, `${name}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
}

await make(
  'page-tree-loop',
  async (doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([300, 300]).drawText('Halaman 1', { x: 50, y: 150, font, size: 12 });
    const pages = doc.catalog.Pages();
    pages.Kids().push(doc.catalog.get(PDFName.of('Pages')));
    pages.set(PDFName.of('Count'), PDFNumber.of(2));
  },
  { errorClass: 'corrupt', message_contains: 'page tree' },
);

await make(
  'blank-pages',
  async (doc) => {
    doc.addPage([300, 300]);
    doc.addPage([300, 300]);
  },
  { errorClass: 'no-text', message_contains: 'blank' },
);
