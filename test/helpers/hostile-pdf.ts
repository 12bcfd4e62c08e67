/**
 * Hostile PDFs made on the fly (pdf-lib, raw content streams): pages that cost a reader far more than their size
 * suggests. Used by the limit tests and the fuzz suite; nothing here is read from outside the project.
 */
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

/** One page per content stream (`size` points square, else A4), with Helvetica as /F1. */
export async function pdfWithContent(contents: string[], size?: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const content of contents) {
    const page = doc.addPage(size ? [size, size] : [595, 842]);
    page.setFont(font);
    // the font must be in the page's resources under a name the stream uses
    page.drawText(' ', { x: 0, y: 0, size: 1 });
    const stream = doc.context.stream(content);
    const ref = doc.context.register(stream);
    const existing = page.node.get(PDFName.of('Contents'));
    const arr = doc.context.obj([ref]);
    if (existing) arr.push(existing);
    page.node.set(PDFName.of('Contents'), arr);
  }
  return doc.save({ useObjectStreams: false });
}

/** `n` horizontal and `n` vertical rules 5 pt apart: an n-1 by n-1 grid of empty slots (page of 5n + 80 pt). */
export function gridOfRules(n: number): string {
  const parts: string[] = ['0.1 w'];
  const end = 40 + (n - 1) * 5;
  for (let i = 0; i < n; i++) {
    const p = 40 + i * 5;
    parts.push(`40 ${p} m ${end} ${p} l S`, `${p} 40 m ${p} ${end} l S`);
  }
  return parts.join('\n');
}

/** `n` nested `q` (save state) operators and as many `Q`. */
export function nestedSaves(n: number): string {
  return 'q\n'.repeat(n) + 'Q\n'.repeat(n);
}

/** A ruled table of `rows` by `cols` cells with a word in each: an honest page, for comparison. */
export function smallTable(rows: number, cols: number): string {
  const parts: string[] = ['0.5 w'];
  const w = 500 / cols;
  const h = 20;
  for (let r = 0; r <= rows; r++) parts.push(`40 ${800 - r * h} m ${40 + cols * w} ${800 - r * h} l S`);
  for (let c = 0; c <= cols; c++) parts.push(`${40 + c * w} 800 m ${40 + c * w} ${800 - rows * h} l S`);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) parts.push(`BT /F1 8 Tf ${42 + c * w} ${786 - r * h} Td (r${r}c${c}) Tj ET`);
  return parts.join('\n');
}
