/**
 * Output folders: creating them without Node's recursive mkdir (which spins forever on some paths, e.g. under
 * /proc), checking up front that a folder can be written, and keeping paths inside it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Exit status when an output folder cannot be created or written (sysexits EX_CANTCREAT). */
export const EXIT_CANT_WRITE = 73;

/** An output folder that cannot be created or written: told as one line, exit EXIT_CANT_WRITE. */
export class OutDirError extends Error {
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(`cannot write to ${dir}: ${reason}`);
    this.name = 'OutDirError';
  }
}

/** A write failure's reason, short (`permission denied (EACCES)`). */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: 'cannot be created there (ENOENT)',
    EACCES: 'permission denied (EACCES)',
    EPERM: 'not permitted (EPERM)',
    EROFS: 'read-only file system (EROFS)',
    ENOTDIR: 'a part of the path is a file, not a folder (ENOTDIR)',
    ENOSPC: 'no space left on the device (ENOSPC)',
    EISDIR: 'it is a folder (EISDIR)',
    EDQUOT: 'disk quota exceeded (EDQUOT)',
  };
  return (e?.code && why[e.code]) ?? e?.message ?? String(err);
}

/**
 * `mkdir -p`: finds the nearest existing ancestor, checks it is a folder, then creates each missing level, one
 * non-recursive mkdir each, so every failure is an error and never a loop. Throws OutDirError.
 */
export async function makeDirs(dir: string): Promise<void> {
  const abs = path.resolve(dir);
  const missing: string[] = [];
  for (let cur = abs; ;) {
    try {
      if (!(await stat(cur)).isDirectory())
        throw new OutDirError(dir, cur === abs ? 'it is a file, not a folder' : `${cur} is a file, not a folder`);
      break;
    } catch (err) {
      if (err instanceof OutDirError) throw err;
      const up = path.dirname(cur);
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || up === cur) throw new OutDirError(dir, reasonOf(err));
      missing.push(cur);
      cur = up;
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutDirError(dir, reasonOf(err));
    }
  }
}

/**
 * Creates `dir` and proves it writable by creating and removing a probe file of our own (a permission check alone
 * says yes to root on a read-only mount or /proc). Throws OutDirError.
 */
export async function prepareOutDir(dir: string): Promise<void> {
  await makeDirs(dir);
  const probe = path.join(dir, `.renja-write-test.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(probe, 'wx');
    await fh.close();
  } catch (err) {
    throw new OutDirError(dir, reasonOf(err));
  }
  await unlink(probe).catch(() => undefined);
}

/** Whether `p` lies strictly inside `root` (both resolved; `root` itself and anything beside it are outside). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(path.resolve(root), path.resolve(p));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
