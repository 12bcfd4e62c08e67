/** A document's output folder `DIR/<doc>/`: what a batch writes there, and clearing what an earlier run left. */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_FILE } from '../report/atomic-write.js';
import { DONE_FILE } from './done-marker.js';

/** The per-document files a batch writes (and clears before re-running a document). */
export const DOC_OUTPUTS = ['discrepancies.csv', 'records.csv', 'report.json', 'report.html'] as const;

/** Empties a document's folder of what an earlier run left (marker first, so a crash here never leaves a stale one). */
export async function clearDocDir(docDir: string): Promise<void> {
  await rm(path.join(docDir, DONE_FILE), { force: true });
  await removeDocOutputs(docDir);
  await removeTempFiles(docDir);
}

export async function removeDocOutputs(docDir: string): Promise<void> {
  for (const f of DOC_OUTPUTS) await rm(path.join(docDir, f), { force: true });
}

/** Temp files of atomic writes cut short by a kill. */
export async function removeTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (TEMP_FILE.test(n)) await rm(path.join(dir, n), { force: true });
}
