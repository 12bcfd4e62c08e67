import { writeFileAtomic } from '../report/atomic-write.js';

/** Writes to a file atomically (writeFileAtomic) or, without one, to stdout. */
export async function writeOutput(text: string, file?: string): Promise<void> {
  if (file) await writeFileAtomic(file, text);
  else process.stdout.write(text);
}
