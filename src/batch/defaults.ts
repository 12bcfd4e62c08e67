/**
 * The pool's defaults and where its compiled worker modules are, kept apart from run-batch.ts so the command line
 * can name them (`--timeout`'s default, the audit's worker) without loading the batch and everything it imports.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Per-document limit for a hang: the slowest real Renja PDFs take well under a minute; 5 min leaves ample room. */
export const DEFAULT_TIMEOUT_SECONDS = 300;
/**
 * Heap cap per worker thread. The largest real documents peak far below 1 GiB; 4 GiB keeps a runaway document
 * from taking the machine while never tripping on an honest one.
 */
export const DEFAULT_WORKER_HEAP_MB = 4096;

/**
 * A compiled worker module `name` beside the module at `moduleUrl` (one folder below src/ or dist/): next to it when
 * that module is compiled, in dist/ when it runs from src/ (tests), since worker threads cannot load TypeScript.
 */
export function defaultWorkerFile(moduleUrl: string = import.meta.url, name = 'worker.js'): string {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.js')) return path.join(path.dirname(here), name);
  return path.resolve(path.dirname(here), '..', '..', 'dist', path.basename(path.dirname(here)), name);
}
