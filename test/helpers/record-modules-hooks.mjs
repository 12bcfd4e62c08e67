/** The off-thread load hook of record-modules.mjs (Node 20's module.register): appends each module URL loaded. */
import { appendFileSync } from 'node:fs';

let settings = { out: '', thread: 'main' };

export function initialize(data) {
  settings = data;
}

export async function load(url, context, next) {
  appendFileSync(settings.out, `${settings.thread}\t${url}\n`);
  return next(url, context);
}
