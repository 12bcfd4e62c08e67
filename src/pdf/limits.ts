/**
 * Per-page limits: a hostile or broken page (millions of operators, thousands of rules, a grid of millions of
 * slots) costs far more than its bytes suggest. Past a limit the page's content of that kind is set aside and a
 * note names the page, so the document goes on and the auditor sees which page was not read. Whole-document
 * runaways (e.g. deeply nested `q` that pdf.js itself parses in quadratic time) are stopped by the worker's time
 * limit and heap cap instead (src/batch/pool.ts).
 *
 * The limits sit far above real pages: over the 94 PDFs of the bench corpus (2,000 pages) the largest page holds
 * 1,970 rule segments and 1,751 words, and the largest grid 2,295 slots (measured 2026-11-29). A page of 2,001 ×
 * 2,001 rules took 76 s and 1.7 GB before the grid limit, 3.4 s after.
 */
export const PAGE_LIMITS = {
  /** Operators in one page's operator list. */
  operators: 1_000_000,
  /** Rule segments (stroked lines and thin filled rectangles) on one page. */
  rulings: 20_000,
  /** Text runs (words) on one page. */
  textRuns: 50_000,
  /** Slots (rows × columns) of one ruled grid. */
  gridSlots: 100_000,
} as const;

export type PageLimitKind = keyof typeof PAGE_LIMITS;

/** A page cut short: which limit, how much the page held, and what was set aside. */
export interface PageLimitNote {
  page: number;
  kind: PageLimitKind;
  count: number;
  limit: number;
  message: string;
}

const WHAT: Record<PageLimitKind, [string, string]> = {
  operators: ['drawing operators', 'its text and rules were not read'],
  rulings: ['rule segments', 'its rules were set aside (no ruled tables read on it)'],
  textRuns: ['words', 'its text was not read'],
  gridSlots: ['grid slots in one ruled table', 'that grid was not read as a table'],
};

export function pageLimitNote(page: number, kind: PageLimitKind, count: number): PageLimitNote {
  const [what, effect] = WHAT[kind];
  const limit = PAGE_LIMITS[kind];
  return {
    page,
    kind,
    count,
    limit,
    message: `page ${page} cut short: ${count.toLocaleString('en-US')} ${what} (limit ${limit.toLocaleString('en-US')}); ${effect}`,
  };
}
