/**
 * A page-reading thread (loaded from dist/pdf/page-worker.js by page-threads.ts). pdf.js parses on the thread that
 * calls it, so a copy of the document opened on a second thread is how one document's pages use more than one
 * core. The thread is started ahead (its modules load while the command starts) and serves one document after
 * another: each request names its document, which is opened on first use and closed when released.
 */
import { parentPort } from 'node:worker_threads';
import { openPdf, type PdfHandle } from './load.js';
import type { PageThreadInit, PageThreadReply, PageThreadRequest } from './page-threads.js';

const port = parentPort!;
let current: { key: PageThreadInit; handle: Promise<PdfHandle> } | null = null;

const sameDoc = (a: PageThreadInit, b: PageThreadInit) =>
  a.source === b.source && a.password === b.password && a.textSource === b.textSource;

function release(): Promise<void> {
  const was = current;
  current = null;
  return was
    ? was.handle.then(
        (h) => h.close(),
        () => undefined,
      )
    : Promise.resolve();
}

function handleFor(doc: PageThreadInit): Promise<PdfHandle> {
  if (current && sameDoc(current.key, doc)) return current.handle;
  void release();
  // OCR stays with the document's own reader: a page without text comes back empty and is read there.
  const handle = openPdf(typeof doc.source === 'string' ? doc.source : new Uint8Array(doc.source), {
    password: doc.password,
    textSource: doc.textSource,
    ocr: { mode: 'off' },
  });
  handle.catch(() => undefined);
  current = { key: doc, handle };
  return handle;
}

port.on('message', (req: PageThreadRequest) => {
  if (req.kind === 'release') {
    void release().then(() => port.postMessage({ id: req.id, released: true } satisfies PageThreadReply));
    return;
  }
  void handleFor(req.doc)
    .then((h) => h.page(req.page))
    .then(
      (page): PageThreadReply => ({ id: req.id, page }),
      (err: unknown): PageThreadReply => ({ id: req.id, error: (err as Error)?.message ?? String(err) }),
    )
    .then((reply) => port.postMessage(reply));
});
