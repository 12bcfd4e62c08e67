/** Synthetic bitmaps for the OCR stage's pure functions: a ruled grid with some "text" blobs. */
import { blankImage, type GreyImage } from '../../../src/pdf/ocr/bitmap.js';

export function fillRect(img: GreyImage, x0: number, y0: number, x1: number, y1: number, value = 0): void {
  for (let y = Math.max(0, y0); y <= Math.min(img.height - 1, y1); y++)
    for (let x = Math.max(0, x0); x <= Math.min(img.width - 1, x1); x++) img.data[y * img.width + x] = value;
}

/** A 3x3 grid (rules 3 px thick) with short strokes inside the cells, like letters. */
export function gridImage(): { img: GreyImage; rows: number[]; cols: number[] } {
  const img = blankImage(600, 400, 235);
  const rows = [50, 150, 250, 350];
  const cols = [40, 200, 400, 560];
  for (const y of rows) fillRect(img, cols[0], y - 1, cols[3], y + 1, 20);
  for (const x of cols) fillRect(img, x - 1, rows[0], x + 1, rows[3], 20);
  // "text": strokes shorter than a rule, one of them a dash of 40 px
  for (let i = 0; i < 3; i++) {
    fillRect(img, 60 + i * 12, 90, 66 + i * 12, 110, 30);
    fillRect(img, 220 + i * 12, 190, 226 + i * 12, 210, 30);
  }
  fillRect(img, 420, 300, 460, 302, 30);
  return { img, rows, cols };
}
