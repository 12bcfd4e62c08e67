/** Failure classes a document can end in; shared by the CLI, reports and batch summaries. */
export type ErrorClass = 'encrypted' | 'corrupt' | 'no-text-layer' | 'no-renja-tables' | 'timeout' | 'internal-error';

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
