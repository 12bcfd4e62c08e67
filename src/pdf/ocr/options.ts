/** OCR settings, one typed object (CLI flags `--ocr`, `--ocr-lang`, `--cache`). */
import { z } from 'zod';

export const OcrOptionsSchema = z
  .object({
    /** auto: pages without a text layer; force: every page; off: never (a document of such pages fails as `scanned`). */
    mode: z.enum(['auto', 'off', 'force']).default('auto'),
    /**
     * Which Tesseract reads: `tesseract.js` (default) the WebAssembly build from node_modules; `tesseract` the
     * system program (an error without it); `auto` the system program when it has the language, else tesseract.js.
     * The default is the one that read every money value of the generated scan right (bench: ocr): the system one
     * is faster but read 49 of 51.
     */
    engine: z.enum(['auto', 'tesseract.js', 'tesseract']).default('tesseract.js'),
    /** Tesseract language code with its `@tesseract.js-data/<lang>` package installed. */
    lang: z.string().default('ind'),
    /** Rendering resolution for OCR. */
    dpi: z.number().int().min(100).max(600).default(300),
    /** Folder of cached OCR results, keyed by a hash of the page's bitmap. */
    cacheDir: z.string().optional(),
    /** OCR threads; default: the machine's cores. */
    workers: z.number().int().positive().optional(),
  })
  .strict();
export type OcrOptions = z.input<typeof OcrOptionsSchema>;
export type ResolvedOcrOptions = z.output<typeof OcrOptionsSchema>;
