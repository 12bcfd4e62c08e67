/**
 * The one place that knows how pdfjs-dist is loaded in Node: the legacy build, its worker run on the main
 * thread (pdfjs's "fake worker"), and the standard-font and cMap data shipped inside the package.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** Directory URLs must end with a separator for pdfjs to join file names onto them. */
export const STANDARD_FONT_DATA_URL = path.join(pkgDir, 'standard_fonts') + path.sep;
export const CMAP_URL = path.join(pkgDir, 'cmaps') + path.sep;

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * The legacy build bundles core-js, which on Node 20 force-replaces Array.prototype.push with a JavaScript
 * polyfill (for an edge case of non-writable array lengths that pdf.js never meets). That polyfill made every
 * push in the process several times slower (~7% of extraction time). We load pdf.js, then put the native back.
 */
const nativePush = Array.prototype.push;
const pdfjsModule: Pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const workerModule = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
if (Array.prototype.push !== nativePush) {
  Object.defineProperty(Array.prototype, 'push', {
    value: nativePush,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
// Registering the worker module on globalThis makes pdf.js run it in-process instead of importing
// `./pdf.worker.mjs` relative to itself (which fails under bundlers and jest's module loader).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = workerModule;

export const pdfjs = pdfjsModule;
export const OPS = pdfjs.OPS;

/**
 * pdf.js 6 sends a font's name, ascent and descent to the main thread only with `fontExtraProperties` (5.x always
 * did). Without them text boxes get default heights and bold-by-name (`Tahoma,Bold`) is lost, which moves cells.
 * Off for 5.x, where the option would only add data we never read.
 */
export const FONT_EXTRA_PROPERTIES = Number.parseInt(pdfjs.version, 10) >= 6;
