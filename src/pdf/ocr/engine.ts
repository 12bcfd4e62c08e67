/**
 * The OCR engine: tesseract.js (Tesseract compiled to WebAssembly) with the language data of an npm package
 * (`@tesseract.js-data/<lang>`), read from node_modules: nothing is fetched at run time. Loaded only when a
 * page needs OCR. Several tesseract workers (threads) share the pages of a document.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { PdfError } from '../errors.js';
import { toPgm, type GreyImage } from './bitmap.js';

export interface OcrWord {
  text: string;
  /** Tesseract's word confidence, 0..100. */
  confidence: number;
  /** Word box in pixels. */
  x0: number;
  x1: number;
  /** Vertical extent of the word's text line at the word (ascender to descender), in pixels. */
  y0: number;
  y1: number;
}

export interface OcrEngine {
  /** Name and version, part of the cache key (another engine reads differently). */
  readonly id: string;
  recognize(img: GreyImage): Promise<OcrWord[]>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * Folder holding `<lang>.traineddata.gz` for the LSTM engine, from the language's npm package. The package ships
 * the "best_int" LSTM model in 4.0.0_best_int (what OEM 1 uses) and the larger legacy+LSTM model in 4.0.0.
 */
export function languageDataDir(lang: string): string {
  if (!/^[a-z_]{3,12}$/.test(lang))
    throw new PdfError('internal-error', `OCR language '${lang}' is not a Tesseract language code (e.g. ind)`);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new PdfError(
      'internal-error',
      `OCR language '${lang}' is not installed (npm install @tesseract.js-data/${lang}); ind is installed by default`,
    );
  }
  const dir = path.join(pkgDir, '4.0.0_best_int');
  if (!existsSync(path.join(dir, `${lang}.traineddata.gz`)))
    throw new PdfError('internal-error', `OCR language data missing in ${dir}`);
  return dir;
}

export interface TesseractLine {
  bbox: { x0: number; y0: number; x1: number; y1: number };
  baseline: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes: { rowHeight: number; descenders: number };
  words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[];
}

/** Marks that remnants of erased rules and cell edges produce; a hyphen stays (`RKA - SKPD` is real text). */
const RULE_NOISE = /^[|\u2014\u2013_~"'`\u2018\u2019\u201c\u201d.,:;!]+$/;

/** A word without the `|` of a cell edge glued to it; empty when it is nothing but such noise. */
export function cleanWord(text: string): string {
  const t = text.trim().replace(/^\|+|\|+$/g, '');
  return RULE_NOISE.test(t) ? '' : t;
}

/** Words with a common vertical extent per text line, so that tall and short letters stay on one line. */
export function wordsFromLines(lines: TesseractLine[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const line of lines) {
    const { baseline, rowAttributes } = line;
    const slope = baseline.x1 > baseline.x0 ? (baseline.y1 - baseline.y0) / (baseline.x1 - baseline.x0) : 0;
    for (const w of line.words) {
      const text = cleanWord(w.text);
      if (!text) continue;
      const mid = (w.bbox.x0 + w.bbox.x1) / 2;
      const base = baseline.y0 + slope * (mid - baseline.x0);
      const ascent = rowAttributes.rowHeight - rowAttributes.descenders;
      out.push({
        text,
        confidence: w.confidence,
        x0: w.bbox.x0,
        x1: w.bbox.x1,
        y0: Math.min(w.bbox.y0, base - ascent),
        y1: Math.max(w.bbox.y1, base + rowAttributes.descenders),
      });
    }
  }
  return out;
}

export interface TesseractOptions {
  lang: string;
  /** Tesseract workers (threads) reading pages at once. */
  workers: number;
  /** Resolution the bitmaps are rendered at (Tesseract sizes its expectations by it). */
  dpi: number;
}

export async function createTesseractEngine(opts: TesseractOptions): Promise<OcrEngine> {
  const langPath = languageDataDir(opts.lang);
  const tesseract = (await import('tesseract.js')).default;
  const version = (require('tesseract.js/package.json') as { version: string }).version;
  const scheduler = tesseract.createScheduler();
  const count = Math.max(1, opts.workers);
  const workers = await Promise.all(
    Array.from({ length: count }, () =>
      tesseract.createWorker(opts.lang, tesseract.OEM.LSTM_ONLY, {
        langPath,
        gzip: true,
        // read the data from the package folder every time; never write a cache copy into the working directory
        cacheMethod: 'none',
      }),
    ),
  );
  for (const w of workers) {
    // keep spaces inside cells as Tesseract saw them; DPI told so that it does not guess
    await w.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: String(opts.dpi) });
    scheduler.addWorker(w);
  }
  return {
    id: `tesseract.js ${version} ${opts.lang} lstm best_int`,
    async recognize(img: GreyImage): Promise<OcrWord[]> {
      const result = await scheduler.addJob('recognize', Buffer.from(toPgm(img)), {}, { blocks: true, text: false });
      const blocks = (result.data.blocks ?? []) as unknown as { paragraphs: { lines: TesseractLine[] }[] }[];
      return wordsFromLines(blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines)));
    },
    async close() {
      await scheduler.terminate();
    },
  };
}
