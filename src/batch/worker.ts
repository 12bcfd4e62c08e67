/**
 * The batch worker (runs in a piscina worker thread, loaded from dist/batch/worker.js): the per-document step,
 * shared with `renja worker` (which runs this same module on its own pool). Only the summary goes back.
 */
import { processDocument } from './process-document.js';

export default processDocument;
