/** The reading flags shared by `audit`, `extract`, `tables` and `batch`: OCR, and the cores one document may use. */
import { Command, Option } from 'commander';
import type { OcrOptions } from '../pdf/ocr/options.js';
import { positiveInt } from './parse-args.js';

export const OCR_MODES = ['auto', 'off', 'force'] as const;
export const OCR_ENGINES = ['auto', 'tesseract.js', 'tesseract'] as const;

export interface OcrFlags {
  ocr: (typeof OCR_MODES)[number];
  ocrLang: string;
  ocrEngine: (typeof OCR_ENGINES)[number];
  cache?: string;
  /** `--threads`: threads reading one document's pages (OCR included). */
  threads?: number;
}

export function addOcrOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--ocr <mode>', 'OCR: auto (pages without a text layer), force (every page) or off')
        .choices(OCR_MODES)
        .default('auto'),
    )
    .option('--ocr-lang <lang>', 'OCR language (an installed @tesseract.js-data package)', 'ind')
    .addOption(
      new Option(
        '--ocr-engine <engine>',
        'OCR engine: tesseract.js (from npm; the most exact), tesseract (a system tesseract: faster) or auto (the system one when installed with the language, else tesseract.js)',
      )
        .choices(OCR_ENGINES)
        .default('tesseract.js'),
    )
    .option('--cache <dir>', 'keep OCR results in this folder (by page content hash): a re-run is fast')
    .option(
      '--threads <n>',
      "threads reading one document's pages, OCR included (default: 1 for pages with a text layer; every core for OCR, in a batch the cores shared among --workers)",
      positiveInt,
    );
}

export function ocrOptionsFrom(o: OcrFlags): OcrOptions {
  return {
    mode: o.ocr,
    lang: o.ocrLang,
    engine: o.ocrEngine,
    cacheDir: o.cache,
    ...(o.threads ? { workers: o.threads } : {}),
  };
}

/**
 * Threads reading one document's text-layer pages: `--threads`, else one. OCR takes every core by default (its own
 * option); a second pdf.js instance costs more than it saves on a Renja-sized document (bench:threads).
 */
export function pageThreadsFrom(o: OcrFlags): number {
  return o.threads ?? 1;
}
