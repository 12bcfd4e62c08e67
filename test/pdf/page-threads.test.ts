/**
 * One document's pages read on several threads give exactly what one thread gives, and a thread that cannot help
 * (it fails to start, or the page needs OCR) hands its pages back to the document's own reader.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openPdf } from '../../src/pdf/load.js';
import { MIN_PAGES_PER_THREAD, pageReaders, readerCount } from '../../src/pdf/page-threads.js';
import type { PageData } from '../../src/pdf/types.js';
import { extractTables } from '../../src/tables/extract.js';

const seed = path.resolve('fixtures/renja/renja-pasirian-2024.pdf');
const oldEra = path.resolve('fixtures/renja/renja-old-era-jabar.pdf');

describe('readerCount', () => {
  it('starts no thread for a short document and never more than asked', () => {
    expect(readerCount(4, MIN_PAGES_PER_THREAD - 1)).toBe(1);
    expect(readerCount(4, 2 * MIN_PAGES_PER_THREAD)).toBe(2);
    expect(readerCount(2, 100)).toBe(2);
    expect(readerCount(1, 100)).toBe(1);
  });
});

describe('extractTables on several page threads', () => {
  it.each([
    ['a born-digital Renja from a path', seed],
    ['an old-era Renja', oldEra],
  ])('gives byte-identical output with 1 and 3 threads: %s', async (_what, file) => {
    const serial = await extractTables(file, { ocr: { mode: 'off' }, pageThreads: 1 });
    const threaded = await extractTables(file, { ocr: { mode: 'off' }, pageThreads: 3 });
    expect(readerCount(3, serial.pages.length)).toBeGreaterThan(1);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(serial));
    expect(serial.tables.length).toBeGreaterThan(2);
  });

  it('gives the same output from bytes in memory as from the path', async () => {
    const bytes = new Uint8Array(await readFile(seed));
    const fromPath = await extractTables(seed, { ocr: { mode: 'off' }, pageThreads: 1 });
    const fromBytes = await extractTables(bytes, { ocr: { mode: 'off' }, pageThreads: 2 }, { name: seed });
    expect(JSON.stringify(fromBytes.tables)).toBe(JSON.stringify(fromPath.tables));
  });
});

describe('pageReaders', () => {
  const readAll = async (threads: number, workerFile?: string, needsOwn = (_p: PageData) => false) => {
    const own = await openPdf(seed, { ocr: { mode: 'off' } });
    const ownPages: number[] = [];
    const readers = pageReaders(
      (n) => (ownPages.push(n), own.page(n)),
      { source: seed },
      threads,
      needsOwn,
      workerFile,
    );
    try {
      const pages = await Promise.all(Array.from({ length: 12 }, (_, i) => readers.read(i + 1)));
      return { pages, ownPages };
    } finally {
      await readers.close();
      await own.close();
    }
  };

  it('shares the pages between the threads and the own reader', async () => {
    const { pages, ownPages } = await readAll(3);
    expect(pages.map((p) => p.pageNumber)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(ownPages.length).toBeLessThan(12);
  });

  it('reads every page on its own reader when the threads cannot start', async () => {
    const serial = await readAll(1);
    const broken = await readAll(3, path.resolve('fixtures/renja/no-such-worker.js'));
    expect(broken.ownPages.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(JSON.stringify(broken.pages)).toBe(JSON.stringify(serial.pages));
  });

  it('reads again on its own reader a page the thread says needs it (no text: OCR decides there)', async () => {
    const { ownPages } = await readAll(2, undefined, (p) => p.pageNumber === 5);
    expect(ownPages).toContain(5);
  });

  it('opens an encrypted document on the thread with the password given', async () => {
    const file = path.resolve('fixtures/bad/encrypted-needs-password.pdf');
    const own = await openPdf(file, { password: 'rahasia', ocr: { mode: 'off' } });
    const ownPages: number[] = [];
    const readers = pageReaders(
      (n) => (ownPages.push(n), own.page(n)),
      { source: file, password: 'rahasia' },
      2,
      () => false,
    );
    try {
      // two at once: the first free reader is the thread
      const [a, b] = await Promise.all([readers.read(1), readers.read(1)]);
      expect(ownPages).toEqual([1]);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(a.textRuns.length).toBeGreaterThan(10);
    } finally {
      await readers.close();
      await own.close();
    }
  });

  it('fails a broken page exactly as a serial read does', async () => {
    const file = path.resolve('fixtures/bad/page-tree-loop.pdf');
    const own = await openPdf(file, { ocr: { mode: 'off' } });
    const serial = await own.page(2).then(
      () => null,
      (e: Error) => `${e.name}: ${e.message}`,
    );
    const readers = pageReaders(
      (n) => own.page(n),
      { source: file },
      2,
      () => false,
    );
    try {
      const threaded = await Promise.all([readers.read(1), readers.read(2)]).then(
        () => null,
        (e: Error) => `${e.name}: ${e.message}`,
      );
      expect(serial).toMatch(/page tree/);
      expect(threaded).toBe(serial);
    } finally {
      await readers.close();
      await own.close();
    }
  });
});
