/**
 * Loaded with `node --import`: appends every module URL this thread loads to the file named by RENJA_MODULE_LOG,
 * one `<thread>\t<url>` line each (`main`, or `worker-<id>` for a worker thread that runs this script too), so a
 * test can check what a command's process loads (test/cli/lazy-load.test.ts). Does nothing without the variable.
 */
import { appendFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { isMainThread, threadId } from 'node:worker_threads';

const out = process.env.RENJA_MODULE_LOG;
const thread = isMainThread ? 'main' : `worker-${threadId}`;
if (out) {
  if (typeof nodeModule.registerHooks === 'function') {
    // Node 22.15+: in-thread hooks, so each thread records under its own name (and require() is seen too).
    nodeModule.registerHooks({
      load(url, context, next) {
        appendFileSync(out, `${thread}\t${url}\n`);
        return next(url, context);
      },
    });
  } else {
    // Node 20: off-thread hooks, told which thread registered them.
    nodeModule.register('./record-modules-hooks.mjs', import.meta.url, { data: { out, thread } });
  }
}
