/**
 * Reading one document's pages on several cores. pdf.js parses a page on the thread that asks for it, so each
 * extra thread opens its own copy of the document (page-worker.ts) and pages are handed to whichever reader is
 * free. The result is the serial one: a page's data depends only on the page, pages are taken in order, and any
 * failure on a thread (or a page that needs OCR) is read again by the document's own reader, which then fails or
 * OCRs exactly as a serial read would.
 */
import { Worker } from 'node:worker_threads';
import { defaultWorkerFile } from '../batch/defaults.js';
import type { PageData } from './types.js';

/** What a page thread needs to open the document: its path (read there) or its bytes (copied). */
export interface PageThreadInit {
  source: string | ArrayBuffer;
  password?: string;
  textSource?: 'ops' | 'textcontent';
}

export type PageThreadRequest =
  | { kind: 'page'; id: number; page: number; doc: PageThreadInit }
  /** Close the document: the thread goes back to the pool. */
  | { kind: 'release'; id: number };
export type PageThreadReply =
  { id: number; page: PageData } | { id: number; error: string } | { id: number; released: true };

/** Fewer pages than this per thread and a thread's start (loading pdf.js, opening the file) costs more than it saves. */
export const MIN_PAGES_PER_THREAD = 6;

/** Heap of one page thread: it holds one document and one page at a time. */
const PAGE_THREAD_HEAP_MB = 512;

export interface PageReaders {
  /** Reads a page on a free reader (the document's own one included); the same data a serial read gives. */
  read(page: number): Promise<PageData>;
  close(): Promise<void>;
}

/** How many readers are worth starting for `pages` pages with `threads` allowed (1 = the document's own only). */
export function readerCount(threads: number, pages: number): number {
  return Math.max(1, Math.min(Math.floor(threads), Math.floor(pages / MIN_PAGES_PER_THREAD)));
}

/** The compiled page-thread module, dist/pdf/page-worker.js (also when this runs from src/ in the tests). */
export function pageWorkerFile(): string {
  return defaultWorkerFile(import.meta.url, 'page-worker.js');
}

/**
 * Page threads started ahead and reused: a thread costs most of a second to start (a fresh V8 isolate loading
 * pdf.js), so the commands start them while their own thread loads (warmPageThreads) and a batch keeps them from
 * one document to the next. Idle threads do not keep the process alive.
 */
const idleThreads = new Map<string, PageThread[]>();
const idleOf = (workerFile: string) => idleThreads.get(workerFile) ?? idleThreads.set(workerFile, []).get(workerFile)!;

/** Starts page threads so that `count` are idle, ready for the next document. */
export function warmPageThreads(count: number, workerFile: string = pageWorkerFile()): void {
  const idle = idleOf(workerFile);
  while (idle.length < count) idle.push(startThread(workerFile));
}

function takeThread(workerFile: string): PageThread {
  const idle = idleOf(workerFile);
  let t = idle.pop();
  while (t && t.gone()) t = idle.pop();
  return t ?? startThread(workerFile);
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
  const threadReaders = Array.from({ length: Math.max(0, threads - 1) }, () => takeThread(workerFile));
  for (const t of threadReaders) t.hold(true);
  // the document's own reader is the last choice: its thread also finds the tables of the pages taken
  const readers: Array<(page: number) => Promise<PageData>> = [
    ...threadReaders.map(
      (t) => (page: number) =>
        t.read(init, page).then(
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
      // each thread closes its copy of the document and waits, idle, for the next one
      await Promise.all(
        threadReaders.map(async (t) => {
          await t.release();
          t.hold(false);
          if (!t.gone()) idleOf(workerFile).push(t);
        }),
      );
    },
  };
}

interface PageThread {
  read(doc: PageThreadInit, page: number): Promise<PageData>;
  /** Closes the thread's document (it stays up for the next). */
  release(): Promise<void>;
  /** Whether the thread keeps the process alive (while it serves a document). */
  hold(on: boolean): void;
  gone(): boolean;
}

function startThread(workerFile: string): PageThread {
  const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: PAGE_THREAD_HEAP_MB } });
  worker.unref();
  const pending = new Map<number, { resolve: (r: PageThreadReply) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let gone: Error | null = null;
  worker.on('message', (reply: PageThreadReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    p.resolve(reply);
  });
  // a thread that dies (heap, crash, a bad module) fails what it holds; what it is asked later fails at once
  const fail = (err: Error) => {
    gone ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', fail);
  worker.once('exit', () => fail(new Error('page thread exited')));
  const ask = (
    req: { kind: 'page'; page: number; doc: PageThreadInit } | { kind: 'release' },
  ): Promise<PageThreadReply> => {
    if (gone) return Promise.reject(gone);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id } as PageThreadRequest);
    });
  };
  return {
    async read(doc, page) {
      const reply = await ask({ kind: 'page', page, doc });
      if ('page' in reply) return reply.page;
      throw new Error('error' in reply ? reply.error : 'unexpected reply from a page thread');
    },
    async release() {
      await ask({ kind: 'release' }).catch(() => undefined);
    },
    hold(on) {
      if (on) worker.ref();
      else worker.unref();
    },
    gone: () => gone !== null,
  };
}
