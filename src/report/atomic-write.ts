/**
 * The one atomic file writer: data goes to a temporary file in the target's directory (same file system, so the
 * rename is atomic), is flushed to disk (fsync), then renamed over the target; on any failure the temporary file
 * is removed. A crash or error leaves either the old file or the new one, never a partial file. A process killed
 * mid-write can leave a temporary file behind: its name matches TEMP_FILE, so a later run can sweep it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Names of the temporary files: `.<name>.<pid>.<12 hex>.tmp`. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** The whole content, or a function that writes it into the open temporary file (for streamed output). */
export type AtomicContent = string | Uint8Array | ((fh: FileHandle) => Promise<void>);

export async function writeFileAtomic(path: string, content: AtomicContent): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fh = await open(tmp, 'w');
    try {
      if (typeof content === 'function') await content(fh);
      else await fh.writeFile(content);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
