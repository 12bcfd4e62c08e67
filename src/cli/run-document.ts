/** Runs one document's work and turns expected failures into one line on stderr and exit code 1. */
import path from 'node:path';
import { PdfError } from '../pdf/errors.js';

export async function runDocument(file: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    process.stderr.write(`renja: ${describeFailure(file, err)}\n`);
    process.exitCode = 1;
  }
}

export function describeFailure(file: string, err: unknown): string {
  if (err instanceof PdfError) {
    const base = path.basename(file);
    return err.message.includes(base) ? err.message.replace(err.file ?? file, base) : `${base}: ${err.message}`;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `${path.basename(file)}: file not found`;
  return `${path.basename(file)}: internal error: ${e?.message ?? String(err)}`;
}
