/**
 * A page-reading thread (loaded from dist/pdf/page-worker.js by page-threads.ts): opens its own copy of one
 * document and reads the pages it is asked for. pdf.js parses on the thread that calls it, so a second document
 * instance on a second thread is how one document's pages use more than one core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openPdf } from './load.js';
import type { PageThreadInit, PageThreadReply, PageThreadRequest } from './page-threads.js';

const init = workerData as PageThreadInit;
const port = parentPort!;
// OCR stays with the document's own reader: a page without text comes back empty and is read there.
const opened = openPdf(typeof init.source === 'string' ? init.source : new Uint8Array(init.source), {
  password: init.password,
  textSource: init.textSource,
  ocr: { mode: 'off' },
});
// an open failure is answered per request (the caller then reads those pages itself)
opened.catch(() => undefined);

port.on('message', (req: PageThreadRequest) => {
  if (req.kind === 'close') {
    void opened
      .then((h) => h.close())
      .catch(() => undefined)
      .finally(() => port.close());
    return;
  }
  void opened
    .then((h) => h.page(req.page))
    .then(
      (page): PageThreadReply => ({ id: req.id, page }),
      (err: unknown): PageThreadReply => ({ id: req.id, error: (err as Error)?.message ?? String(err) }),
    )
    .then((reply) => port.postMessage(reply));
});
