import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes to a file atomically (temp name, then rename) or to stdout. */
export async function writeOutput(text: string, file?: string): Promise<void> {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}
