/**
 * A document's output folder `DIR/<doc>/`: where it is (always a real folder strictly inside DIR), what a batch
 * writes there, and clearing what an earlier run left. Only renja's own file names are ever deleted, never a
 * folder, never anything outside DIR.
 */
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempFileTarget } from '../report/atomic-write.js';
import { isInside, makeDirs } from '../report/out-dir.js';
import { isSafeDocName, OUT_DIR_FILES } from './names.js';

/** A document's completion marker (src/batch/done-marker.ts), written last. */
export const DONE_FILE = '.done.json';

/** The per-document files a batch writes (and clears before re-running a document). */
export const DOC_OUTPUTS = ['discrepancies.csv', 'records.csv', 'report.json', 'report.html'] as const;

/** Every file name renja writes into DIR or DIR/<doc>/: the only names whose leftovers it may delete. */
const OWN_FILES = new Set<string>([...DOC_OUTPUTS, DONE_FILE, ...OUT_DIR_FILES]);

/** A doc folder renja refuses to use: the name is unsafe, or the folder is a link or a file. */
export class DocDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocDirError';
  }
}

/** `DIR/<doc>`, checked: the name is a safe one-level folder name and the path stays strictly inside DIR. */
export function docDirPath(outDir: string, doc: string): string {
  const dir = path.join(path.resolve(outDir), doc);
  if (!isSafeDocName(doc) || !isInside(outDir, dir) || path.dirname(dir) !== path.resolve(outDir))
    throw new DocDirError(`refused document name ${JSON.stringify(doc)}: not a single folder name inside the output`);
  return dir;
}

/** Throws unless `dir` is missing or a real folder (a symbolic link could lead writes and deletes out of DIR). */
async function checkRealFolder(dir: string): Promise<boolean> {
  const st = await lstat(dir).catch(() => null);
  if (!st) return false;
  if (st.isSymbolicLink()) throw new DocDirError(`${dir} is a symbolic link: renja writes only into real folders`);
  if (!st.isDirectory()) throw new DocDirError(`${dir} is a file, not a folder`);
  return true;
}

/** Creates (when needed) and returns the checked `DIR/<doc>` folder. */
export async function makeDocDir(outDir: string, doc: string): Promise<string> {
  const dir = docDirPath(outDir, doc);
  await makeDirs(outDir);
  if (!(await checkRealFolder(dir))) {
    await mkdir(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    await checkRealFolder(dir);
  }
  return dir;
}

/** Empties a document's folder of what an earlier run left (marker first, so a crash here never leaves a stale one). */
export async function clearDocDir(docDir: string): Promise<void> {
  if (!(await checkRealFolder(docDir))) return;
  await rm(path.join(docDir, DONE_FILE), { force: true });
  await removeDocOutputs(docDir);
  await removeTempFiles(docDir);
}

export async function removeDocOutputs(docDir: string): Promise<void> {
  if (!(await checkRealFolder(docDir))) return;
  for (const f of DOC_OUTPUTS) await rm(path.join(docDir, f), { force: true });
}

/** Temp files of renja's own atomic writes cut short by a kill (never another program's temporary files). */
export async function removeTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    const target = tempFileTarget(n);
    if (target !== null && OWN_FILES.has(target)) await rm(path.join(dir, n), { force: true });
  }
}
