/**
 * OCR as one more text source of a document: renders the pages that need it, reads them (or takes the result
 * from the cache), and hands back text runs and rulings in the page model. The engine and the image-decoding
 * copy of the document are created on the first page that needs them, so born-digital documents pay nothing.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { writeFileAtomic } from '../../report/atomic-write.js';
import type { PageOcrInfo, Ruling, TextRun } from '../types.js';
import { isBlank, isPicture } from './bitmap.js';
import type { OcrEngine } from './engine.js';
import type { ResolvedOcrOptions } from './options.js';
import { ocrBitmap, type OcrPageResult } from './page.js';
import { systemTesseract } from './system-tesseract.js';
import { PdfError } from '../errors.js';
import { renderGrey, type RenderablePage } from './render.js';

/** Resolution of the rendering that tells a picture page from text (see PICTURE_MIDTONE_SHARE). */
const PICTURE_CHECK_DPI = 75;

/** Bump when deskew, line finding or word mapping change: cached results of older pipelines are then unused. */
const PIPELINE_VERSION = 3;

export interface OcrPage {
  textRuns: TextRun[];
  rulings: Ruling[];
  info: PageOcrInfo;
}

/** What OCR made of a page: its text, or why there is none to read (blank paper; a picture in auto mode). */
export type OcrRead = { kind: 'text'; page: OcrPage } | { kind: 'blank' } | { kind: 'picture' };

export interface OcrSource {
  /** Reads one page by OCR. */
  read(pageNumber: number): Promise<OcrRead>;
  close(): Promise<void>;
}

export interface RenderableDoc {
  getPage(n: number): Promise<RenderablePage>;
  destroy(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** The engine a document's OCR will use, and its id (part of the cache key: another engine reads differently). */
interface EngineChoice {
  id: string;
  create(): Promise<OcrEngine>;
}

function chooseEngine(opts: ResolvedOcrOptions): EngineChoice {
  const workers = opts.workers ?? availableParallelism();
  const system = opts.engine === 'tesseract.js' ? null : systemTesseract(opts.lang);
  if (system)
    return {
      id: `${system.version} ${opts.lang} lstm (system)`,
      create: () =>
        import('./system-tesseract.js').then((m) =>
          m.createSystemTesseractEngine({ lang: opts.lang, dpi: opts.dpi, workers, tesseract: system }),
        ),
    };
  if (opts.engine === 'tesseract')
    throw new PdfError(
      'internal-error',
      `--ocr-engine tesseract: no system tesseract with language '${opts.lang}' (install tesseract-ocr and tesseract-ocr-${opts.lang}, or use --ocr-engine auto)`,
    );
  const version = (require('tesseract.js/package.json') as { version: string }).version;
  return {
    id: `tesseract.js ${version} ${opts.lang} lstm best_int`,
    create: () =>
      import('./engine.js').then((m) => m.createTesseractEngine({ lang: opts.lang, dpi: opts.dpi, workers })),
  };
}

export function createOcrSource(openRenderable: () => Promise<RenderableDoc>, opts: ResolvedOcrOptions): OcrSource {
  let doc: ReturnType<typeof openRenderable> | null = null;
  let engine: Promise<OcrEngine> | null = null;
  // chosen on the first page that needs OCR: born-digital documents never probe for a system tesseract
  let choice: EngineChoice | null = null;
  const chosen = () => (choice ??= chooseEngine(opts));
  const getEngine = (): Promise<OcrEngine> => (engine ??= chosen().create());
  return {
    async read(pageNumber) {
      doc ??= openRenderable();
      const page = await (await doc).getPage(pageNumber);
      let img;
      try {
        // a cover photo or a drawing is no table: in auto mode it is named, not read (seconds of OCR for nothing);
        // told on a small rendering (the share of mid-tones was measured at this resolution)
        if (opts.mode === 'auto') {
          const small = await renderGrey(page, PICTURE_CHECK_DPI);
          if (!isBlank(small) && isPicture(small)) return { kind: 'picture' };
        }
        img = await renderGrey(page, opts.dpi);
      } finally {
        page.cleanup();
      }
      if (isBlank(img)) return { kind: 'blank' };
      const id = chosen().id;
      const key = createHash('sha256')
        .update(`${id}\n${opts.dpi}\n${PIPELINE_VERSION}\n${img.width}x${img.height}\n`)
        .update(img.data)
        .digest('hex');
      const cacheFile = opts.cacheDir ? path.join(opts.cacheDir, `${key}.json`) : null;
      if (cacheFile) {
        const hit = await readCached(cacheFile);
        if (hit) return { kind: 'text', page: toPage(hit, id, opts.dpi, true) };
      }
      const result = await ocrBitmap(img, opts.dpi, await getEngine());
      if (cacheFile) await writeFileAtomic(cacheFile, JSON.stringify(result));
      return { kind: 'text', page: toPage(result, id, opts.dpi, false) };
    },
    async close() {
      if (engine) await (await engine).close();
      if (doc) await (await doc).destroy();
    },
  };
}

function toPage(r: OcrPageResult, engine: string, dpi: number, cached: boolean): OcrPage {
  return {
    textRuns: r.textRuns,
    rulings: r.rulings,
    info: { engine, dpi, skewDegrees: r.skewDegrees, meanConfidence: r.meanConfidence, cached },
  };
}

/** A cached result, or null when there is none or it cannot be read (it is then simply computed again). */
async function readCached(file: string): Promise<OcrPageResult | null> {
  try {
    const r = JSON.parse(await readFile(file, 'utf8')) as OcrPageResult;
    return Array.isArray(r.textRuns) && Array.isArray(r.rulings) ? r : null;
  } catch {
    return null;
  }
}
