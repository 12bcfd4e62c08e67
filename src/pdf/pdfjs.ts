/**
 * The one place that knows how pdfjs-dist is loaded in Node: the legacy build, its worker run on the main
 * thread (pdfjs's "fake worker"), and the standard-font and cMap data shipped inside the package.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** Directory URLs must end with a separator for pdfjs to join file names onto them. */
export const STANDARD_FONT_DATA_URL = path.join(pkgDir, 'standard_fonts') + path.sep;
export const CMAP_URL = path.join(pkgDir, 'cmaps') + path.sep;

let workerReady: Promise<void> | null = null;

/**
 * Registers the worker module on globalThis so pdfjs uses it in-process instead of importing
 * `./pdf.worker.mjs` relative to itself (which fails under bundlers and jest's module loader).
 */
export function ensurePdfjsWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  });
  return workerReady;
}

export { pdfjs };
export const OPS = pdfjs.OPS;
