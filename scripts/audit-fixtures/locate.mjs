// Where a model row and one of its cells are printed in the rendered PDF, found from the page
// text (pdftotext), never from the audit tool: the pages of the golden discrepancy files.
import { pdfPages } from '../renja-fixtures/expected.mjs';
import { cellText } from '../renja-fixtures/seed-parse.mjs';

// Same tokenisation as scripts/renja-fixtures/expected.mjs: words of two or more letters/digits.
const tokens = (s) =>
  s
    .split(/[\s\u00a6\/-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((w) => w.length >= 2);
// Share of a row's words that must be on a page for the row to count as printed there (as in expected.mjs).
const ROW_ON_PAGE = 0.9;

/**
 * Pages of every row of the given tables (in document order): { [tableId]: [{ pages: [p] or
 * [p, p+1] when the row is cut by a page break }] }, plus the page of the allocation sentence.
 * `text` gives a cell's words as printed (the seed's raw cells keep their forced breaks: `PENYELENGGA¦RAAN`).
 */
export function locateRows(pdf, tables, { text = cellText } = {}) {
  const pages = pdfPages(pdf);
  const bags = pages.map((lines) => new Set(tokens(lines.join(' '))));
  const out = {};
  let from = 0;
  for (const t of tables) {
    let start = -1;
    for (let p = from; p < pages.length && start < 0; p++) if (pages[p].some((l) => l === t.label)) start = p;
    if (start < 0) throw new Error(`caption not found in PDF: ${t.label}`);
    let cur = start;
    out[t.id] = t.rows.map((r, ri) => {
      const toks = [...new Set(tokens(r.cells.map(text).join(' ')))];
      const frac = (...ps) => toks.filter((w) => ps.some((p) => bags[p].has(w))).length / toks.length;
      for (let q = cur; q < Math.min(pages.length, cur + 4); q++) {
        if (frac(q) >= ROW_ON_PAGE) return { pages: [(cur = q) + 1] };
        if (q + 1 >= pages.length) continue;
        if (frac(q + 1) >= ROW_ON_PAGE) return { pages: [(cur = q + 1) + 1] };
        if (frac(q) > 0.1 && frac(q, q + 1) >= ROW_ON_PAGE) {
          cur = q + 1;
          return { pages: [q + 1, q + 2] };
        }
      }
      throw new Error(`${t.label}: row ${ri} not found in PDF`);
    });
    from = cur;
  }
  const prose = pages.findIndex((lines) => lines.some((l) => /Jumlah anggaran yang dialokasikan/i.test(l)));
  return { rows: out, prosePage: prose + 1, pageTokens: bags };
}

/** Page of one cell's text within its row's pages (the first page holding all its words). */
export function cellPage(loc, tableId, rowIndex, text) {
  const row = loc.rows[tableId][rowIndex];
  const toks = tokens(text);
  const hit = row.pages.find((p) => toks.every((w) => loc.pageTokens[p - 1].has(w)));
  if (hit === undefined) throw new Error(`${tableId} row ${rowIndex}: "${text}" not on pages ${row.pages}`);
  return hit;
}
