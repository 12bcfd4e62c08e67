/**
 * Printed page numbers (folios). Auditors cite the number printed on the page, not the PDF page index: a Renja's
 * cover and front matter are not numbered, so PDF p. 48 is often printed "45". A folio is a number alone on a line
 * at the top or bottom of the page text (`45`, `- 45 -`, `Hal. 45`, `Halaman 45`, roman `iv`), or the number that
 * ends a running head or foot printed on several pages (`Renja Kecamatan Pasirian Tahun 2024 45`). No folio: blank.
 */

/** Lines at each edge of the page text searched for the folio. */
const EDGE_LINES = 2;
/** A running line must repeat on this many pages before its trailing number is read as the folio. */
const RUNNING_MIN_PAGES = 3;

const ALONE = /^[-–—.\s]*(?:hal(?:aman)?\.?\s*)?(\d{1,3}|[ivxlc]{1,7})[-–—.\s]*$/i;
const TRAILING = /^(.*\S)\s+(\d{1,3})$/;

function edges(lines: string[]): string[] {
  const ls = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (ls.length <= EDGE_LINES * 2) return ls;
  return [...ls.slice(-EDGE_LINES).reverse(), ...ls.slice(0, EDGE_LINES)];
}

/** A roman folio only when it is a well-formed small roman number (not a word such as `civil`). */
function isRoman(s: string): boolean {
  return /^(x{0,3})(ix|iv|v?i{0,3})$/i.test(s) && s.length > 0;
}

/** The folio of every page that prints one, by PDF page number. Pure: page texts in, strings out. */
export function printedPageNumbers(pages: { page: number; lines: string[] }[]): Map<number, string> {
  // running heads/feet: the text before a trailing number, counted over pages
  const runs = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of edges(p.lines)) {
      const m = TRAILING.exec(l);
      if (m) seen.add(m[1].toLowerCase());
    }
    for (const k of seen) runs.set(k, (runs.get(k) ?? 0) + 1);
  }
  const raw = new Map<number, string>();
  for (const p of pages) {
    const f = folioOf(p.lines, (prefix) => (runs.get(prefix.toLowerCase()) ?? 0) >= RUNNING_MIN_PAGES);
    if (f !== null) raw.set(p.page, f);
  }
  // A number at a page edge may be a table's last row number: keep a numeric folio only when a page near it
  // counts along with it (same offset from the PDF page number), unless the document has a single page.
  const offset = (page: number): number | null => {
    const f = raw.get(page);
    return f !== undefined && /^\d+$/.test(f) ? page - Number(f) : null;
  };
  const out = new Map<number, string>();
  for (const [page, f] of raw) {
    const o = offset(page);
    const near = [-2, -1, 1, 2].some((k) => offset(page + k) === o);
    if (o === null || near || pages.length === 1) out.set(page, f);
  }
  return out;
}

/** One page's folio; `isRunning` says whether a line's text before its trailing number repeats across pages. */
export function folioOf(lines: string[], isRunning: (prefix: string) => boolean = () => false): string | null {
  const es = edges(lines);
  for (const l of es) {
    const m = ALONE.exec(l);
    if (!m) continue;
    const v = m[1];
    if (/^\d+$/.test(v)) return String(parseInt(v, 10));
    if (isRoman(v)) return v.toLowerCase();
  }
  for (const l of es) {
    const m = TRAILING.exec(l);
    if (m && isRunning(m[1])) return String(parseInt(m[2], 10));
  }
  return null;
}
