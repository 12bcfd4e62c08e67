/**
 * Reading one document's pages on several cores. pdf.js parses a page on the thread that asks for it, so each
 * extra thread opens its own copy of the document (page-worker.ts) and pages are handed to whichever reader is
 * free. The result is the serial one: a page's data depends only on the page, pages are taken in order, and any
 * failure on a thread (or a page that needs OCR) is read again by the document's own reader, which then fails or
 * OCRs exactly as a serial read would.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageData } from './types.js';

/** What a page thread needs to open the document: its path (read there) or its bytes (copied). */
export interface PageThreadInit {
  source: string | ArrayBuffer;
  password?: string;
  textSource?: 'ops' | 'textcontent';
}

export type PageThreadRequest = { kind: 'page'; id: number; page: number } | { kind: 'close' };
export type PageThreadReply = { id: number; page: PageData } | { id: number; error: string };

/** Fewer pages than this per thread and a thread's start (loading pdf.js, opening the file) costs more than it saves. */
export const MIN_PAGES_PER_THREAD = 6;

/** Heap of one page thread: it holds one document and one page at a time. */
const PAGE_THREAD_HEAP_MB = 512;

/** How long a page thread may take to close its document before it is stopped. */
const CLOSE_GRACE_MS = 2000;

export interface PageReaders {
  /** Reads a page on a free reader (the document's own one included); the same data a serial read gives. */
  read(page: number): Promise<PageData>;
  close(): Promise<void>;
}

/** How many readers are worth starting for `pages` pages with `threads` allowed (1 = the document's own only). */
export function readerCount(threads: number, pages: number): number {
  return Math.max(1, Math.min(Math.floor(threads), Math.floor(pages / MIN_PAGES_PER_THREAD)));
}

/** The compiled page-thread module: next to this one in dist/, or dist/pdf/ when running from src/ (tests). */
export function pageWorkerFile(moduleUrl: string = import.meta.url): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'page-worker.js');
  return path.resolve(path.dirname(here), '..', '..', 'dist', 'pdf', 'page-worker.js');
}

/**
 * Readers for one document: `own` (the document's handle, which also OCRs) plus `threads - 1` page threads.
 * `needsOwn(page)` says whether a page read on a thread must be read again by `own` (no text: OCR decides).
 */
export function pageReaders(
  own: (page: number) => Promise<PageData>,
  init: PageThreadInit,
  threads: number,
  needsOwn: (page: PageData) => boolean,
  workerFile: string = pageWorkerFile(),
): PageReaders {
  const threadReaders = Array.from({ length: Math.max(0, threads - 1) }, () => startThread(workerFile, init));
  // the document's own reader is the last choice: its thread also finds the tables of the pages taken
  const readers: Array<(page: number) => Promise<PageData>> = [
    ...threadReaders.map(
      (t) => (page: number) =>
        t.read(page).then(
          (data) => (needsOwn(data) ? own(page) : data),
          // whatever went wrong on the thread, the document's own reader decides (and fails as a serial read does)
          () => own(page),
        ),
    ),
    own,
  ];
  const free = readers.map((_, i) => i);
  const queue: Array<(reader: number) => void> = [];
  const dispatch = () => {
    while (queue.length && free.length) {
      free.sort((a, b) => a - b);
      queue.shift()!(free.shift()!);
    }
  };
  return {
    read(page) {
      return new Promise<PageData>((resolve, reject) => {
        queue.push((r) => {
          readers[r](page)
            .then(resolve, reject)
            .finally(() => {
              free.push(r);
              dispatch();
            });
        });
        dispatch();
      });
    },
    async close() {
      await Promise.all(threadReaders.map((t) => t.close()));
    },
  };
}

interface PageThread {
  read(page: number): Promise<PageData>;
  close(): Promise<void>;
}

function startThread(workerFile: string, init: PageThreadInit): PageThread {
  const worker = new Worker(workerFile, {
    workerData: init,
    resourceLimits: { maxOldGenerationSizeMb: PAGE_THREAD_HEAP_MB },
  });
  const pending = new Map<number, { resolve: (p: PageData) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let gone: Error | null = null;
  worker.on('message', (reply: PageThreadReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if ('page' in reply) p.resolve(reply.page);
    else p.reject(new Error(reply.error));
  });
  // a thread that dies (heap, crash) fails what it holds; its later pages fail at once and are read by `own`
  const fail = (err: Error) => {
    gone ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', fail);
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      fail(new Error('page thread exited'));
      resolve();
    }),
  );
  return {
    read(page) {
      if (gone) return Promise.reject(gone);
      return new Promise<PageData>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ kind: 'page', id, page } satisfies PageThreadRequest);
      });
    },
    async close() {
      if (!gone) {
        worker.postMessage({ kind: 'close' } satisfies PageThreadRequest);
        // a thread that does not close promptly is stopped
        const timer = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
