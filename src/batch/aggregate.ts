/**
 * Batch-wide CSVs rebuilt from the per-document ones: the header once, then each document's file without its
 * header line, streamed byte for byte (never parsed, never held whole), written atomically (writeFileAtomic).
 * Rebuilding from scratch each run is what makes a resumed batch's aggregates equal an uninterrupted one's.
 */
import { createReadStream } from 'node:fs';
import { writeFileAtomic } from '../report/atomic-write.js';

const NEWLINE = 0x0a;

/** Writes `header`, then every source file's bytes after its first line, to `target` atomically. */
export async function concatCsvBodies(target: string, header: string, sources: string[]): Promise<void> {
  await writeFileAtomic(target, async (fh) => {
    await fh.write(header);
    for (const src of sources) {
      let inHeader = true;
      for await (const chunk of createReadStream(src)) {
        let buf = chunk as Buffer;
        if (inHeader) {
          const nl = buf.indexOf(NEWLINE);
          if (nl < 0) continue;
          inHeader = false;
          buf = buf.subarray(nl + 1);
        }
        if (buf.length) await fh.write(buf);
      }
    }
  });
}
