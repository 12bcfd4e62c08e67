/** Content identity of an input: sha256 of its bytes, streamed so large PDFs are never held whole. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The file's sha256 and its size in bytes, from one read. */
export async function digestFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const h = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    h.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), bytes };
}

export async function sha256File(file: string): Promise<string> {
  return (await digestFile(file)).sha256;
}
