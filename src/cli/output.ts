/** Where the commands' data and one-line problems go: stdout or an output file, and stderr lines made safe. */
import { stat } from 'node:fs/promises';
import { DocDirError } from '../batch/doc-dir.js';
import { writeFileAtomic } from '../report/atomic-write.js';
import { visible } from '../report/escape.js';
import { EXIT_CANT_WRITE, OutDirError } from '../report/out-dir.js';

/** Exit status of a usage error (as commander's own). */
export const EXIT_USAGE = 2;

/** Writes to a file atomically (writeFileAtomic) or, without one, to stdout. */
export async function writeOutput(text: string, file?: string): Promise<void> {
  if (file) await writeFileAtomic(file, text);
  else process.stdout.write(text);
}

/** One problem line on stderr, `renja: ...`, with control characters (from file names) shown, not sent. */
export function problem(line: string): void {
  process.stderr.write(`renja: ${visible(line)}\n`);
}

/** An output that cannot be written (OutDirError, a refused doc folder): one line, exit EXIT_CANT_WRITE. */
export function cannotWrite(err: unknown): boolean {
  if (!(err instanceof OutDirError) && !(err instanceof DocDirError)) return false;
  problem(err.message);
  process.exitCode = EXIT_CANT_WRITE;
  return true;
}

/**
 * Refuses folders where a command takes PDF files (one line, exit 2), pointing at `renja batch`, which walks
 * folders. Returns false when one was refused.
 */
export async function onlyFiles(inputs: string[]): Promise<boolean> {
  for (const input of inputs) {
    if ((await stat(input).catch(() => null))?.isDirectory()) {
      problem(`${input} is a folder, not a PDF: to audit every PDF in it, run renja batch ${input} --out DIR`);
      process.exitCode = EXIT_USAGE;
      return false;
    }
  }
  return true;
}
