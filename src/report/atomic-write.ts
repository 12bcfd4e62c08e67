/**
 * The one atomic file writer: data goes to a temporary file in the target's directory (same file system, so the
 * rename is atomic), is flushed to disk (fsync), then renamed over the target; on any failure the temporary file
 * is removed. A crash or error leaves either the old file or the new one, never a partial file. A process killed
 * mid-write can leave a temporary file behind: its name matches TEMP_FILE, so a later run can sweep it.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeDirs, OutDirError, reasonOf } from './out-dir.js';

/** Names of the temporary files: `.<name>.<pid>.<12 hex>.tmp`. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** The target name a temporary file stands for (`.report.html.123.0a1b2c3d4e5f.tmp` -> `report.html`), or null. */
export function tempFileTarget(name: string): string | null {
  const m = /^\.(.+)\.\d+\.[0-9a-f]{12}\.tmp$/.exec(name);
  return m ? m[1] : null;
}

/** The whole content, or a function that writes it into the open temporary file (for streamed output). */
export type AtomicContent = string | Uint8Array | ((fh: FileHandle) => Promise<void>);

/**
 * Writes `content` to `path` atomically. A failure to create, fill or rename the file (permissions, read-only or
 * full disk, `path` a folder) is an OutDirError; an error thrown by a content function is passed on as it is.
 */
export async function writeFileAtomic(path: string, content: AtomicContent): Promise<void> {
  const dir = dirname(path);
  await makeDirs(dir);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const cannot = (err: unknown) => new OutDirError(path, reasonOf(err));
  try {
    const fh = await open(tmp, 'w').catch((err: unknown) => Promise.reject(cannot(err)));
    try {
      if (typeof content === 'function') await content(fh);
      else await fh.writeFile(content).catch((err: unknown) => Promise.reject(cannot(err)));
      await fh.sync().catch((err: unknown) => Promise.reject(cannot(err)));
    } finally {
      await fh.close();
    }
    await rename(tmp, path).catch((err: unknown) => Promise.reject(cannot(err)));
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
