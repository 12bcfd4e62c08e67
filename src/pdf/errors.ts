/**
 * Failure classes a document can end in; shared by the CLI, reports and batch summaries:
 * - `encrypted`: needs a password, or the one given is wrong;
 * - `corrupt`: not a PDF, truncated, or a broken structure (a page tree that loops, a page that cannot be read);
 * - `scanned`: pages that are pictures, without a text layer (run OCR first);
 * - `no-text`: pages with neither text nor pictures (blank);
 * - `no-renja-tables`: readable, but no Renja table in it;
 * - `unreadable`: the file itself cannot be read (permission denied, a dangling or looping symbolic link);
 * - `timeout`, `internal-error`: the document took too long, or renja failed on it (a bug).
 */
export const ERROR_CLASSES = [
  'encrypted',
  'corrupt',
  'scanned',
  'no-text',
  'no-renja-tables',
  'unreadable',
  'timeout',
  'internal-error',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** An expected, explainable failure of one document: printed as one line, never as a stack trace. */
export class PdfError extends Error {
  constructor(
    readonly errorClass: ErrorClass,
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'PdfError';
  }
}
