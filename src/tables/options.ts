/** One typed, validated settings object for table extraction (like pdfplumber's table settings). */
import { z } from 'zod';
import { OcrOptionsSchema } from '../pdf/ocr/options.js';

export const AreaSchema = z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() });
export type Area = z.infer<typeof AreaSchema>;

export const ExtractOptionsSchema = z
  .object({
    /** 1-based page numbers; undefined = all pages. */
    pages: z.array(z.number().int().positive()).optional(),
    /** Restrict extraction to this region (points, top-left origin, reader space), like tabula's --area. */
    area: AreaSchema.optional(),
    method: z.enum(['auto', 'lattice', 'stream']).default('auto'),
    engine: z.enum(['pdfjs', 'tabula']).default('pdfjs'),
    password: z.string().optional(),
    /** Join tables that continue on the next page into one logical table. */
    stitch: z.boolean().default(true),
    /** Keep a wrapped cell's lines apart (`\n`, as tabula's CSV does) instead of joining them with a space. */
    keepLineBreaks: z.boolean().default(false),
    /** OCR of pages without a text layer (see src/pdf/ocr). */
    ocr: OcrOptionsSchema.optional(),
    /** Threads reading the pages of the document (1: the calling thread alone); see src/pdf/page-threads.ts. */
    pageThreads: z.number().int().positive().max(64).default(1),
  })
  .strict();
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
export type ResolvedExtractOptions = z.output<typeof ExtractOptionsSchema>;
