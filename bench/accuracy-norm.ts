/** Cell normalisation shared with ../shared/bench/score-table.mjs, so "equal" means the same in both places. */
export const normCell = (s: string) =>
  s
    .replace(/\r\n|\r|\n/g, ' ')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
