/** The OCR flags shared by `audit`, `extract`, `tables` and `batch`. */
import { Command, Option } from 'commander';
import type { OcrOptions } from '../pdf/ocr/options.js';

export const OCR_MODES = ['auto', 'off', 'force'] as const;

export interface OcrFlags {
  ocr: (typeof OCR_MODES)[number];
  ocrLang: string;
  cache?: string;
}

export function addOcrOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--ocr <mode>', 'OCR: auto (pages without a text layer), force (every page) or off')
        .choices(OCR_MODES)
        .default('auto'),
    )
    .option('--ocr-lang <lang>', 'OCR language (an installed @tesseract.js-data package)', 'ind')
    .option('--cache <dir>', 'keep OCR results in this folder (by page content hash): a re-run is fast');
}

export function ocrOptionsFrom(o: OcrFlags): OcrOptions {
  return { mode: o.ocr, lang: o.ocrLang, cacheDir: o.cache };
}
