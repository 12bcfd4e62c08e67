/**
 * The system tesseract engine: its hOCR read into the page model, the program found (or not) and run through a
 * stand-in, and, where a real tesseract with Indonesian is installed (CI installs it), the generated scan audited
 * end to end with it.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blankImage } from '../../../src/pdf/ocr/bitmap.js';
import { wordsFromLines } from '../../../src/pdf/ocr/engine.js';
import { createSystemTesseractEngine, linesFromHocr, systemTesseract } from '../../../src/pdf/ocr/system-tesseract.js';
import { openPdf } from '../../../src/pdf/load.js';
import { describeIfAvailable } from '../../helpers/needs.js';

/** One page as Tesseract 5 writes it with `hocr`: a caption line and a text line, an entity, a word in <strong>. */
const HOCR = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title></title>
  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
  <meta name='ocr-system' content='tesseract 5.3.0' />
  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>
 </head>
 <body>
  <div class='ocr_page' id='page_1' title='image "page.pgm"; bbox 0 0 2480 3508; ppageno 0; scan_res 300 300'>
   <div class='ocr_carea' id='block_1_1' title="bbox 300 400 1400 520">
    <p class='ocr_par' id='par_1_1' lang='ind' title="bbox 300 400 1400 520">
     <span class='ocr_caption' id='line_1_1' title="bbox 300 400 1100 440; baseline 0.01 -8; x_size 40; x_descenders 8; x_ascenders 10">
      <span class='ocrx_word' id='word_1_1' title='bbox 300 402 420 432; x_wconf 96'>Tabel</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 440 402 520 432; x_wconf 95'>4.1</span>
     </span>
     <span class='ocr_line' id='line_1_2' title="bbox 300 480 1400 520; baseline 0 -6; x_size 36; x_descenders 6; x_ascenders 9">
      <span class='ocrx_word' id='word_1_3' title='bbox 300 484 520 514; x_wconf 91'>Sarana&amp;Prasarana</span>
      <span class='ocrx_word' id='word_1_4' title='bbox 1100 482 1400 514; x_wconf 78'><strong>2.830.445.095</strong></span>
     </span>
    </p>
   </div>
  </div>
 </body>
</html>`;

describe('linesFromHocr', () => {
  it('reads lines with their box, baseline and row attributes, and their words with confidence', () => {
    const lines = linesFromHocr(HOCR);
    expect(lines).toHaveLength(2);
    expect(lines[0].bbox).toEqual({ x0: 300, y0: 400, x1: 1100, y1: 440 });
    // baseline: offset -8 from the bottom of the box, slope 0.01 across its 800 px
    expect(lines[0].baseline).toEqual({ x0: 300, y0: 432, x1: 1100, y1: 440 });
    expect(lines[0].rowAttributes).toEqual({ rowHeight: 40, descenders: 8 });
    expect(lines[0].words.map((w) => [w.text, w.confidence])).toEqual([
      ['Tabel', 96],
      ['4.1', 95],
    ]);
    expect(lines[1].words.map((w) => w.text)).toEqual(['Sarana&Prasarana', '2.830.445.095']);
    expect(lines[1].words[1]).toMatchObject({ confidence: 78, bbox: { x0: 1100, y0: 482, x1: 1400, y1: 514 } });
  });

  it('gives the words of the page model (line extent from the baseline and row height)', () => {
    const words = wordsFromLines(linesFromHocr(HOCR));
    expect(words).toHaveLength(4);
    expect(words[3]).toMatchObject({ text: '2.830.445.095', confidence: 78, x0: 1100, x1: 1400 });
    expect(words[3].y1).toBeGreaterThanOrEqual(514);
  });

  it('reads nothing from an empty page', () => {
    expect(linesFromHocr("<div class='ocr_page' id='page_1' title='bbox 0 0 10 10'></div>")).toEqual([]);
  });
});

describe('finding and running a system tesseract', () => {
  let dir: string;
  let fake: string;
  const saved = process.env.RENJA_TESSERACT;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'renja-fake-tesseract-'));
    writeFileSync(path.join(dir, 'page.hocr'), HOCR);
    fake = path.join(dir, 'tesseract');
    // stands in for the program: version, languages, and the page above for any image
    writeFileSync(
      fake,
      [
        '#!/bin/sh',
        'case "$1" in',
        '  --version) echo "tesseract 5.3.0" ;;',
        '  --list-langs) printf "List of available languages (2):\\neng\\nind\\n" ;;',
        '  *) cat "$(dirname "$0")/page.hocr" ;;',
        'esac',
      ].join('\n') + '\n',
    );
    chmodSync(fake, 0o755);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.RENJA_TESSERACT;
    else process.env.RENJA_TESSERACT = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the program with its version and language, and not a language it lacks', () => {
    process.env.RENJA_TESSERACT = fake;
    expect(systemTesseract('ind')).toEqual({ binary: fake, version: 'tesseract 5.3.0' });
    expect(systemTesseract('jav')).toBeNull();
  });

  it('finds nothing where there is no program', () => {
    process.env.RENJA_TESSERACT = path.join(dir, 'no-such-tesseract');
    expect(systemTesseract('ind')).toBeNull();
  });

  it('reads a page through the program into words', async () => {
    const engine = await createSystemTesseractEngine({
      lang: 'ind',
      dpi: 300,
      workers: 2,
      tesseract: { binary: fake, version: 'tesseract 5.3.0' },
    });
    try {
      expect(engine.id).toBe('tesseract 5.3.0 ind lstm (system)');
      const [a, b] = await Promise.all([
        engine.recognize(blankImage(20, 20, 0)),
        engine.recognize(blankImage(20, 20, 0)),
      ]);
      expect(a.map((w) => w.text)).toEqual(['Tabel', '4.1', 'Sarana&Prasarana', '2.830.445.095']);
      expect(b).toEqual(a);
    } finally {
      await engine.close();
    }
  });

  it('reads with the system program under --ocr-engine auto, and says so on the page', async () => {
    process.env.RENJA_TESSERACT = fake;
    const h = await openPdf(path.resolve('fixtures/scan/renja-pasirian-scan.pdf'), {
      ocr: { mode: 'auto', engine: 'auto', dpi: 100 },
    });
    try {
      const page = await h.page(1);
      expect(page.ocr?.engine).toBe('tesseract 5.3.0 ind lstm (system)');
      expect(page.textRuns.map((r) => r.text)).toEqual(['Tabel', '4.1', 'Sarana&Prasarana', '2.830.445.095']);
    } finally {
      await h.close();
    }
  });

  it('fails in one line when the system engine is asked for and there is none', async () => {
    process.env.RENJA_TESSERACT = path.join(dir, 'no-such-tesseract');
    const h = await openPdf(path.resolve('fixtures/scan/renja-pasirian-scan.pdf'), {
      ocr: { mode: 'auto', engine: 'tesseract' },
    });
    try {
      await expect(h.page(1)).rejects.toThrow(/--ocr-engine tesseract: no system tesseract with language 'ind'/);
    } finally {
      await h.close();
    }
  });
});

const real = systemTesseract('ind');
describeIfAvailable(
  {
    what: 'system tesseract',
    missing: real ? null : 'no tesseract with Indonesian on PATH (apt-get install tesseract-ocr tesseract-ocr-ind)',
  },
  'a page of the generated scan read with the system tesseract',
  () => {
    const expected = JSON.parse(readFileSync('fixtures/scan/renja-pasirian-scan.expected.json', 'utf8')) as {
      pages: { page: number; money: string[] }[];
      totals: { tc33: string; t41: string };
    };
    it("reads the last page of Tabel 4.1 with its total (the generator's amounts)", async () => {
      const last = expected.pages[expected.pages.length - 1];
      const h = await openPdf(path.resolve('fixtures/scan/renja-pasirian-scan.pdf'), {
        ocr: { mode: 'auto', engine: 'tesseract', workers: 1 },
      });
      try {
        const page = await h.page(last.page);
        expect(page.ocr?.engine).toMatch(/^tesseract [\d.]+ ind lstm \(system\)$/);
        const words = page.textRuns.map((r) => r.text.replace(/[|.,;:]+$/, ''));
        const found = last.money.filter((m) => words.includes(m));
        expect(found.length / last.money.length).toBeGreaterThanOrEqual(0.85);
        expect(words).toContain(Number(expected.totals.t41).toLocaleString('de-DE'));
      } finally {
        await h.close();
      }
    }, 300_000);
  },
);
