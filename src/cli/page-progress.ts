/**
 * Per-page progress of one document on a terminal (`doc: page 12/81`), rewritten in place on stderr. Nothing is
 * written when stderr is not a terminal, so logs, pipes and tests stay clean.
 */
type Progress = ((doc: string) => ((done: number, total: number) => void) | undefined) & { clear(): void };

let shown = false;

export const pageProgress: Progress = Object.assign(
  (doc: string) => {
    if (!process.stderr.isTTY) return undefined;
    return (done: number, total: number) => {
      process.stderr.write(`\r\x1b[K${doc}: page ${done}/${total}`);
      shown = true;
    };
  },
  {
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  },
);
