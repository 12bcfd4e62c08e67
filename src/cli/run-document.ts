/** Runs one document's work and turns expected failures into one line on stderr and exit code 1. */
import path from 'node:path';
import { PdfError } from '../pdf/errors.js';
import { cannotWrite, onlyFiles, problem } from './output.js';

/** Runs one document's work: a folder given is a usage error (exit 2), an unwritable output exit 73. */
export async function runDocument(file: string, work: () => Promise<void>): Promise<void> {
  if (!(await onlyFiles([file]))) return;
  try {
    await work();
  } catch (err) {
    if (cannotWrite(err)) return;
    problem(describeFailure(file, err));
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
