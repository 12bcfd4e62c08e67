/**
 * A scanned page read into the same page model as a born-digital one: the bitmap is deskewed, its ruling lines
 * are found (and erased so that OCR does not read them as characters), its words are read by the OCR engine,
 * and everything is mapped from pixels to points. Tables, records, rules and reports then work unchanged.
 */
import type { Ruling, TextRun } from '../types.js';
import { whitenBackground, type GreyImage } from './bitmap.js';
import { estimateSkew, rotate } from './deskew.js';
import type { OcrEngine } from './engine.js';
import { detectLines, eraseLines } from './lines.js';

export interface OcrPageResult {
  textRuns: TextRun[];
  rulings: Ruling[];
  /** Skew found and corrected, in degrees. */
  skewDegrees: number;
  /** Mean word confidence (0..100), null without words. */
  meanConfidence: number | null;
}

/** Font name of every OCR text run: lets later stages tell OCR text from a text layer. */
export const OCR_FONT = 'OCR';

export async function ocrBitmap(img: GreyImage, dpi: number, engine: OcrEngine): Promise<OcrPageResult> {
  const skewDegrees = estimateSkew(img);
  const straight = rotate(img, -skewDegrees);
  const lines = detectLines(straight, {
    // a table rule is at least about a quarter inch long; the longest text stroke (a dash) is shorter
    minLength: Math.round(dpi * 0.25),
    maxGap: Math.round(dpi * 0.05),
    maxThickness: Math.max(3, Math.round(dpi * 0.03)),
  });
  const words = await engine.recognize(whitenBackground(eraseLines(straight, lines)));
  const k = 72 / dpi;
  const textRuns: TextRun[] = words.map((w) => ({
    text: w.text,
    x0: w.x0 * k,
    x1: (w.x1 + 1) * k,
    y0: w.y0 * k,
    y1: (w.y1 + 1) * k,
    fontName: OCR_FONT,
    // line height in points, as a text layer's font size roughly relates to it
    fontSize: Math.round((((w.y1 - w.y0 + 1) * k) / 1.2) * 10) / 10,
    bold: false,
    italic: false,
    direction: 0,
    confidence: w.confidence,
  }));
  const rulings: Ruling[] = lines.map((l) => ({
    orientation: l.orientation,
    pos: l.pos * k,
    start: l.start * k,
    end: (l.end + 1) * k,
    width: l.width * k,
  }));
  const meanConfidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : null;
  return { textRuns, rulings, skewDegrees, meanConfidence };
}
