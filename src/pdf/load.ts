/**
 * Opening a PDF and reading its pages as plain data (PageData). The only module that talks to pdf.js objects.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PdfError } from './errors.js';
import { PAGE_LIMITS, pageLimitNote, type PageLimitNote } from './limits.js';
import { CMAP_URL, FONT_EXTRA_PROPERTIES, pdfjs, STANDARD_FONT_DATA_URL } from './pdfjs.js';
import { scanOperatorList } from './rulings.js';
import { boldItalicFromName, toTextRuns, type FontFacts, type TextItemLike } from './text.js';
import type { DocumentInfo, PageData, TextRun } from './types.js';
import { textRunsFromOperatorList, type FontLike } from './text-from-ops.js';
import { OcrOptionsSchema, type OcrOptions } from './ocr/options.js';
import { createOcrSource, type OcrSource } from './ocr/source.js';

export interface OpenOptions {
  password?: string;
  /**
   * Where text comes from: `ops` reads it from the operator list (one parse of the page), `textcontent` from
   * pdf.js's getTextContent (a second parse). Default `ops`; RENJA_TEXT_SOURCE overrides it for comparisons.
   */
  textSource?: 'ops' | 'textcontent';
  /** Decode images so they can be counted (only needed to tell a scan from an empty page). */
  countImages?: boolean;
  /** OCR of pages without a text layer (default: auto). */
  ocr?: OcrOptions;
}

/** pdf.js drops images above this many pixels instead of decoding them; 1 pixel = skip them all. */
const MAX_IMAGE_PIXELS = 1;

export interface PdfHandle {
  info: DocumentInfo;
  numPages: number;
  /** True when the file opened only with the password given (it has a user password). */
  needsPassword: boolean;
  /** Reads one page (1-based) as plain data; the pdf.js page is cleaned up before returning. */
  page(pageNumber: number): Promise<PageData>;
  close(): Promise<void>;
}

type PdfjsDoc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

/** pdf.js's word for a broken file structure (xref table, objects), whether found on opening or later. */
function isStructuralError(err: unknown): boolean {
  const e = err as { name?: string; message?: string };
  return (
    e?.name === 'InvalidPDFException' ||
    e?.name === 'FormatError' ||
    /Invalid PDF|startxref|xref|Bad|corrupt/i.test(e?.message ?? '')
  );
}

function classifyOpenError(err: unknown, file: string, hadPassword: boolean): PdfError {
  const e = err as { name?: string; message?: string; code?: number };
  const base = path.basename(file);
  if (e?.name === 'PasswordException') {
    // pdf.js: code 1 = password needed, 2 = incorrect password
    return e.code === 2 || hadPassword
      ? new PdfError('encrypted', `${base}: encrypted PDF and the password given is wrong`, file)
      : new PdfError('encrypted', `${base}: encrypted PDF that needs a password to open (use --password)`, file);
  }
  if (isStructuralError(err)) {
    return new PdfError(
      'corrupt',
      `${base}: not a readable PDF (corrupt or truncated: ${e?.message ?? 'unknown'})`,
      file,
    );
  }
  return new PdfError('corrupt', `${base}: cannot be opened as a PDF (${e?.message ?? String(err)})`, file);
}

export async function openPdf(
  file: string | Uint8Array,
  opts: OpenOptions = {},
  name = 'input.pdf',
): Promise<PdfHandle> {
  const filePath = typeof file === 'string' ? file : name;
  let bytes: Uint8Array;
  try {
    bytes = typeof file === 'string' ? new Uint8Array(await readFile(file)) : file;
  } catch (err) {
    // the file itself cannot be read (missing, permission denied, a link that leads nowhere): not a broken PDF
    const code = (err as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'file not found' : `cannot read file (${(err as Error)?.message ?? String(err)})`;
    throw new PdfError('unreadable', `${path.basename(filePath)}: ${why}`, filePath);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length < 8 || !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new PdfError('corrupt', `${path.basename(filePath)}: not a PDF file (no %PDF- header)`, filePath);
  }
  const documentParams = (decodeImages: boolean, password: string | undefined) => ({
    // pdf.js detaches the buffer it is given; hand it a copy so the caller's bytes stay usable
    data: bytes.slice(),
    password,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    fontExtraProperties: FONT_EXTRA_PROPERTIES,
    // images are never read (tables come from text and rules); decoding them was a third of the time on scans
    maxImageSize: decodeImages ? -1 : MAX_IMAGE_PIXELS,
  });
  const open = (password: string | undefined): Promise<PdfjsDoc> =>
    pdfjs.getDocument(documentParams(Boolean(opts.countImages), password)).promise;
  let doc: PdfjsDoc;
  // The empty password first: a file with only an owner password (print or copy restrictions) opens without one,
  // so one --password for a whole batch does not break every such file. The given one only when it is needed.
  let needsPassword = false;
  try {
    doc = await open(undefined);
  } catch (err) {
    const e = err as { name?: string };
    if (e?.name !== 'PasswordException' || opts.password === undefined) throw classifyOpenError(err, filePath, false);
    needsPassword = true;
    try {
      doc = await open(opts.password);
    } catch (err2) {
      throw classifyOpenError(err2, filePath, true);
    }
  }

  let producer: string | null = null;
  let creator: string | null = null;
  let title: string | null = null;
  try {
    const meta = await doc.getMetadata();
    const i = meta.info as Record<string, unknown>;
    producer = typeof i?.Producer === 'string' ? i.Producer : null;
    creator = typeof i?.Creator === 'string' ? i.Creator : null;
    title = typeof i?.Title === 'string' ? i.Title : null;
  } catch {
    // metadata is informational; a broken Info dictionary must not stop extraction
  }

  const textSource = opts.textSource ?? (process.env.RENJA_TEXT_SOURCE === 'textcontent' ? 'textcontent' : 'ops');
  const info: DocumentInfo = { path: filePath, pages: doc.numPages, producer, creator, title, sha256 };
  const ocrOpts = OcrOptionsSchema.parse(opts.ocr ?? {});
  // rendering for OCR needs the images decoded: a second copy of the document, opened on the first page that needs it
  const ocr: OcrSource | null =
    ocrOpts.mode === 'off'
      ? null
      : createOcrSource(async () => {
          const renderDoc = await pdfjs.getDocument(documentParams(true, needsPassword ? opts.password : undefined))
            .promise;
          return {
            getPage: (n) => renderDoc.getPage(n),
            // through the loading task: pdfjs-dist 6 dropped PDFDocumentProxy.destroy (5.x only forwarded to it)
            destroy: () => renderDoc.loadingTask.destroy(),
          };
        }, ocrOpts);

  return {
    info,
    numPages: doc.numPages,
    needsPassword,
    async page(pageNumber: number): Promise<PageData> {
      let page: Awaited<ReturnType<PdfjsDoc['getPage']>>;
      try {
        page = await doc.getPage(pageNumber);
      } catch (err) {
        // The page tree is the file's structure: a loop in it, or a page that is not there, is a corrupt file.
        throw new PdfError(
          'corrupt',
          `${path.basename(filePath)}: page ${pageNumber} cannot be read (broken page tree: ${(err as Error)?.message ?? String(err)})`,
          filePath,
        );
      }
      try {
        const viewport = page.getViewport({ scale: 1 });
        let textRuns: TextRun[];
        let opList: Awaited<ReturnType<typeof page.getOperatorList>>;
        if (textSource === 'ops') {
          opList = await page.getOperatorList();
          textRuns = textRunsFromOperatorList(opList, viewport.transform, (id) => fontObject(page.commonObjs, id));
        } else {
          // pdf.js's own text extraction: parses the page a second time
          const [ops, content] = await Promise.all([
            page.getOperatorList(),
            page.getTextContent({ includeMarkedContent: false, disableNormalization: false }),
          ]);
          opList = ops;
          const fontCache = new Map<string, FontFacts | null>();
          const fontFacts = (id: string): FontFacts | null => {
            if (!fontCache.has(id)) {
              const f = fontObject(page.commonObjs, id);
              const name = f?.name ?? id;
              const byName = boldItalicFromName(name);
              fontCache.set(
                id,
                f
                  ? {
                      name,
                      bold: Boolean(f.bold || f.black) || byName.bold,
                      italic: Boolean(f.italic) || byName.italic,
                    }
                  : null,
              );
            }
            return fontCache.get(id)!;
          };
          const items = content.items.filter((it) => 'str' in it) as unknown as TextItemLike[];
          textRuns = toTextRuns(
            items,
            content.styles as Record<string, { ascent?: number; descent?: number }>,
            viewport.transform,
            fontFacts,
          );
        }
        const limits: PageLimitNote[] = [];
        let rulings: PageData['rulings'] = [];
        let imageCount = 0;
        if (opList.fnArray.length > PAGE_LIMITS.operators) {
          limits.push(pageLimitNote(pageNumber, 'operators', opList.fnArray.length));
          textRuns = [];
        } else {
          const scan = scanOperatorList(opList, viewport.transform, viewport.width, viewport.height);
          ({ rulings, imageCount } = scan);
          if (rulings.length > PAGE_LIMITS.rulings) {
            limits.push(pageLimitNote(pageNumber, 'rulings', rulings.length));
            rulings = [];
          }
          if (textRuns.length > PAGE_LIMITS.textRuns) {
            limits.push(pageLimitNote(pageNumber, 'textRuns', textRuns.length));
            textRuns = [];
          }
        }
        const data: PageData = {
          pageNumber,
          width: viewport.width,
          height: viewport.height,
          rotation: page.rotate,
          textRuns,
          rulings,
          imageCount,
          ...(limits.length ? { limits } : {}),
        };
        if (ocr && (ocrOpts.mode === 'force' || textRuns.length === 0)) {
          // rendering reads objects the text pass never touched: a broken one there is a corrupt file, not a bug
          const read = await ocr.read(pageNumber).catch((err: unknown) => {
            if (!isStructuralError(err)) throw err;
            throw new PdfError(
              'corrupt',
              `${path.basename(filePath)}: page ${pageNumber} cannot be drawn for OCR (${(err as Error)?.message ?? String(err)})`,
              filePath,
            );
          });
          if (read) {
            data.textRuns = read.textRuns;
            // drawn rules of the page are exact; the bitmap's are the fallback for scans, which have none
            if (data.rulings.length === 0) data.rulings = read.rulings;
            data.ocr = read.info;
          }
        }
        return data;
      } finally {
        page.cleanup();
      }
    },
    async close() {
      await ocr?.close();
      await doc.loadingTask.destroy();
    },
  };
}

/** A font object of the page, as pdf.js resolved it while building the operator list (null when unknown). */
function fontObject(commonObjs: { has(id: string): boolean; get(id: string): unknown }, id: string): FontLike | null {
  try {
    return commonObjs.has(id) ? (commonObjs.get(id) as FontLike) : null;
  } catch {
    return null;
  }
}
