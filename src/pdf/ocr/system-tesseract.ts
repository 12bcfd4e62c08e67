/**
 * A system `tesseract` (the native program, e.g. Debian's tesseract-ocr with tesseract-ocr-ind) as the OCR engine:
 * about 1.8x faster per page than tesseract.js's WebAssembly build, but it read 49 of the generated scan's 51 money
 * values where tesseract.js read all 51 (bench: ocr), so it is used only when asked for (`--ocr-engine tesseract`,
 * or `auto`: the system one when installed with the language). Nothing outside npm is ever required.
 */
import { spawn, spawnSync } from 'node:child_process';
import { PdfError } from '../errors.js';
import { toPgm } from './bitmap.js';
import { wordsFromLines, type OcrEngine, type TesseractLine } from './engine.js';

export interface SystemTesseract {
  binary: string;
  /** `tesseract 5.3.0`: part of the engine id, hence of the OCR cache key. */
  version: string;
}

const found = new Map<string, SystemTesseract | null>();

/**
 * The system tesseract when it is on PATH (or at RENJA_TESSERACT) and has `lang` installed; null otherwise.
 * Asked once per process and language.
 */
export function systemTesseract(lang: string): SystemTesseract | null {
  const binary = process.env.RENJA_TESSERACT || 'tesseract';
  const key = `${binary}\n${lang}`;
  if (!found.has(key)) found.set(key, probe(binary, lang));
  return found.get(key)!;
}

function probe(binary: string, lang: string): SystemTesseract | null {
  const run = (args: string[]) => spawnSync(binary, args, { encoding: 'utf8', timeout: 10_000 });
  const v = run(['--version']);
  if (v.error || v.status !== 0) return null;
  const version = /tesseract\s+v?([\d.]+)/i.exec(`${v.stdout}\n${v.stderr}`)?.[1];
  const langs = run(['--list-langs']);
  if (!version || langs.status !== 0) return null;
  const listed = `${langs.stdout}\n${langs.stderr}`.split(/\r?\n/).map((l) => l.trim());
  return listed.includes(lang) ? { binary, version: `tesseract ${version}` } : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** `bbox 1 2 3 4; baseline 0.01 -8; x_size 30` → its properties (numbers after each name). */
function titleProps(title: string): Map<string, number[]> {
  const props = new Map<string, number[]>();
  for (const part of title.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) props.set(name, values.map(Number));
  }
  return props;
}

/** Text lines of Tesseract's hOCR: the line box, baseline and row attributes, and its words with confidence. */
export function linesFromHocr(hocr: string): TesseractLine[] {
  const lines: TesseractLine[] = [];
  // a line's classes (ocr_line, and ocr_caption / ocr_header / ocr_textfloat for lines Tesseract set apart)
  const tag =
    /<span class=['"](ocr_line|ocr_caption|ocr_header|ocr_textfloat|ocrx_word)['"][^>]*?title=(["'])(.*?)\2[^>]*>([\s\S]*?)(?=<span class=['"]ocr|<\/div>|$)/g;
  let line: TesseractLine | null = null;
  for (const m of hocr.matchAll(tag)) {
    const [, cls, , title, inner] = m;
    const p = titleProps(title);
    const bbox = p.get('bbox');
    if (!bbox || bbox.length < 4) continue;
    const [x0, y0, x1, y1] = bbox;
    if (cls !== 'ocrx_word') {
      // baseline: slope and offset from the box's bottom-left corner
      const [slope = 0, offset = 0] = p.get('baseline') ?? [];
      const by0 = y1 + offset;
      line = {
        bbox: { x0, y0, x1, y1 },
        baseline: { x0, y0: by0, x1, y1: by0 + slope * (x1 - x0) },
        rowAttributes: { rowHeight: p.get('x_size')?.[0] ?? y1 - y0, descenders: p.get('x_descenders')?.[0] ?? 0 },
        words: [],
      };
      lines.push(line);
      continue;
    }
    if (!line) continue;
    const text = decodeEntities(inner.replace(/<\/span>[\s\S]*$/, '').replace(/<[^>]+>/g, ''));
    line.words.push({ text, confidence: p.get('x_wconf')?.[0] ?? 0, bbox: { x0, y0, x1, y1 } });
  }
  return lines;
}

export interface SystemEngineOptions {
  lang: string;
  dpi: number;
  /** Pages read at once (one tesseract process each, each on one core). */
  workers: number;
  tesseract: SystemTesseract;
}

export async function createSystemTesseractEngine(opts: SystemEngineOptions): Promise<OcrEngine> {
  const slots = Math.max(1, opts.workers);
  let running = 0;
  const waiting: (() => void)[] = [];
  // the page goes in on stdin and the hOCR comes out on stdout: nothing is written to disk
  const args = ['stdin', 'stdout', '-l', opts.lang, '--oem', '1', '--dpi', String(opts.dpi)];
  args.push('-c', 'preserve_interword_spaces=1', 'hocr');
  return {
    id: `${opts.tesseract.version} ${opts.lang} lstm (system)`,
    async recognize(img) {
      if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
      running++;
      try {
        return wordsFromLines(linesFromHocr(await runTesseract(opts.tesseract.binary, args, toPgm(img))));
      } finally {
        running--;
        waiting.shift()?.();
      }
    },
    async close() {
      // nothing held between pages
    },
  };
}

/** Runs tesseract on one page (a PGM on stdin); its own threads off (pages are read in parallel already). */
function runTesseract(binary: string, args: string[], input: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-2000)));
    // a program that exits before reading all of the page closes the pipe: its exit status tells why
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    child.on('error', (e) => reject(new PdfError('internal-error', `system tesseract failed to start: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(
          new PdfError('internal-error', `system tesseract exited ${code}: ${err.trim().split('\n').pop() ?? ''}`),
        );
    });
  });
}
