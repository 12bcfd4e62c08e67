/** How a document's failure reads: one line naming the file, and its class. */
import path from 'node:path';
import { PdfError, type ErrorClass } from '../pdf/errors.js';

export function describeFailure(file: string, err: unknown): string {
  if (err instanceof PdfError) {
    const base = path.basename(file);
    return err.message.includes(base) ? err.message.replace(err.file ?? file, base) : `${base}: ${err.message}`;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return `${path.basename(file)}: file not found`;
  return `${path.basename(file)}: internal error: ${e?.message ?? String(err)}`;
}

/** The failure class of an error thrown while reading a document: its own for a PdfError, else internal-error. */
export function failureClass(err: unknown): ErrorClass {
  return err instanceof PdfError ? err.errorClass : 'internal-error';
}
