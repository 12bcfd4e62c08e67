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
import { renderGrey, type RenderablePage } from './render.js';

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

function engineId(lang: string): string {
  const version = (require('tesseract.js/package.json') as { version: string }).version;
  return `tesseract.js ${version} ${lang} lstm best_int`;
}

export function createOcrSource(openRenderable: () => Promise<RenderableDoc>, opts: ResolvedOcrOptions): OcrSource {
  let doc: ReturnType<typeof openRenderable> | null = null;
  let engine: Promise<OcrEngine> | null = null;
  const id = engineId(opts.lang);
  const getEngine = (): Promise<OcrEngine> => {
    engine ??= import('./engine.js').then((m) =>
      m.createTesseractEngine({ lang: opts.lang, dpi: opts.dpi, workers: opts.workers ?? availableParallelism() }),
    );
    return engine;
  };
  return {
    async read(pageNumber) {
      doc ??= openRenderable();
      const page = await (await doc).getPage(pageNumber);
      let img;
      try {
        img = await renderGrey(page, opts.dpi);
      } finally {
        page.cleanup();
      }
      if (isBlank(img)) return { kind: 'blank' };
      // a cover photo or a drawing is no table: in auto mode it is named, not read (seconds of OCR for nothing)
      if (opts.mode === 'auto' && isPicture(img)) return { kind: 'picture' };
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
