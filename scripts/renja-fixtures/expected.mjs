// Golden data from the MODEL (never from an extractor): table cells as a reader writes them,
// pages located in the rendered PDF, and the totals an auditor checks.
import { execFileSync } from 'node:child_process';
import { walkGrid } from './odt.mjs';
import { cellText } from './seed-parse.mjs';

/** Rows with spans -> dense string rows (merged text at the top-left slot) + span list. */
export function denseRows(rows, ncols) {
  const out = [];
  const spans = [];
  let cur = [];
  walkGrid(rows, ncols, (r, kind, c, k) => {
    if (kind === 'end') {
      out.push(cur);
      cur = [];
      return;
    }
    if (kind === 'covered') {
      cur.push('');
      return;
    }
    // line breaks between words read as single spaces; forced mid-token breaks join
    cur.push(
      cellText(c)
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    );
    if ((c.cs ?? 1) > 1 || (c.rs ?? 1) > 1) spans.push({ row: r, col: k, rowSpan: c.rs ?? 1, colSpan: c.cs ?? 1 });
  });
  return { rows: out, spans };
}

/** Text of every page of a PDF (pdftotext -layout), whitespace-collapsed per line. */
export function pdfPages(pdf) {
  const txt = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = txt.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages.map((p) => p.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()));
}

const tokens = (s) =>
  s
    .split(/[\s\u00a6\/-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((w) => w.length >= 2);
// A row counts as printed on a page when this share of its words is there (LibreOffice may
// still break an over-long word at a character boundary, so not every token survives).
const ROW_ON_PAGE = 0.9;

/**
 * Pages of each table: start = page with a line equal to the caption label; then the rows are
 * walked in order with a page pointer that only moves forward, and a row whose words are found
 * only on two consecutive pages together (a row broken by a page break) moves it to the later
 * one. The end page is the pointer after the last row.
 */
export function locateTables(tables, pages) {
  const bags = pages.map((lines) => new Set(tokens(lines.join(' '))));
  let from = 0;
  const found = [];
  for (const t of tables) {
    let start = -1;
    for (let p = from; p < pages.length && start < 0; p++) if (pages[p].some((l) => l === t.label)) start = p;
    if (start < 0) throw new Error(`caption not found in PDF: ${t.label}`);
    let cur = start;
    const lost = [];
    const broken = [];
    t.rawRows.forEach((row, ri) => {
      const toks = [...new Set(tokens(row))];
      if (!toks.length) return;
      const frac = (...ps) => toks.filter((w) => ps.some((p) => bags[p].has(w))).length / toks.length;
      for (let q = cur; q < Math.min(pages.length, cur + 4); q++) {
        if (frac(q) >= ROW_ON_PAGE) {
          cur = q;
          return;
        }
        if (q + 1 >= pages.length) continue;
        if (frac(q + 1) >= ROW_ON_PAGE) {
          cur = q + 1;
          return;
        }
        if (frac(q) > 0.1 && frac(q, q + 1) >= ROW_ON_PAGE) {
          broken.push({ row: ri, pages: [q + 1, q + 2] });
          cur = q + 1;
          return;
        }
      }
      lost.push(ri);
    });
    if (lost.length) throw new Error(`${t.label}: rows not found in PDF: ${lost.join(', ')}`);
    found.push({ start: start + 1, end: cur + 1, broken });
    from = cur;
  }
  return found;
}

// ---------------------------------------------------------------- money and terbilang

/** `2.830.445.095` -> 2830445095n; `-` -> 0n (nil); empty -> null. Indonesian dots are thousands. */
export function parseRp(s) {
  const t = (s ?? '')
    .replace(/^Rp\.?\s*/i, '')
    .replace(/,-$/, '')
    .trim();
  if (t === '') return null;
  if (t === '-') return 0n;
  if (!/^\d{1,3}(\.\d{3})*$/.test(t)) return null;
  return BigInt(t.replace(/\./g, ''));
}
export const fmtRp = (n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const UNITS = {
  nol: 0,
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  seribu: 1000,
};
/** Indonesian amount in words -> BigInt (`Dua Milyar Delapan Ratus ... Rupiah`). */
export function terbilangToBigInt(words) {
  const toks = words
    .toLowerCase()
    .replace(/rupiah/g, '')
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let total = 0n;
  let group = 0n; // value below 1000 being built
  let cur = 0n;
  for (const w of toks) {
    if (w in UNITS) {
      const v = BigInt(UNITS[w]);
      if (w === 'seratus') cur += 100n;
      else if (w === 'seribu')
        total += 1000n; // `seribu` is a whole thousands group on its own
      else cur += v;
    } else if (w === 'belas') cur += 10n;
    else if (w === 'puluh') {
      group += cur * 10n;
      cur = 0n;
    } else if (w === 'ratus') {
      group += cur * 100n;
      cur = 0n;
    } else if (w === 'ribu') {
      total += (group + cur) * 1000n;
      group = 0n;
      cur = 0n;
    } else if (w === 'juta') {
      total += (group + cur) * 1000000n;
      group = 0n;
      cur = 0n;
    } else if (w === 'milyar' || w === 'miliar') {
      total += (group + cur) * 1000000000n;
      group = 0n;
      cur = 0n;
    } else if (w === 'triliun') {
      total += (group + cur) * 1000000000000n;
      group = 0n;
      cur = 0n;
    } else throw new Error(`unknown terbilang word: ${w}`);
  }
  return total + group + cur;
}

// ---------------------------------------------------------------- hierarchy sums

/** Level of a Kepmendagri 050-5889 code as printed (`7.1.1`, `7.01.04` program; 5 parts kegiatan; 6 sub). */
export function levelOf(code) {
  const parts = code.split('.').filter(Boolean);
  if (parts.length === 3) return 'program';
  if (parts.length === 5) return 'kegiatan';
  if (parts.length === 6) return 'sub_kegiatan';
  return 'unknown';
}

/**
 * Check parent = sum of the rows below it, by document order (codes in the seed are not
 * reliable: `7.01.06.2.06` is followed by `7.01.06.2.01.xx`). rows: [{code, role, amounts:[BigInt|null]}]
 */
export function hierarchyChecks(table, rows, fields) {
  const issues = [];
  const order = ['program', 'kegiatan', 'sub_kegiatan', 'aktivitas'];
  const lv = (r) => (r.role === 'aktivitas' ? 'aktivitas' : r.code ? levelOf(r.code) : null);
  rows.forEach((r, i) => {
    const L = lv(r);
    if (!L || L === 'aktivitas') return;
    const childLevel = order[order.indexOf(L) + 1];
    const kids = [];
    for (let j = i + 1; j < rows.length; j++) {
      const Lj = lv(rows[j]);
      if (Lj === null) continue;
      if (order.indexOf(Lj) <= order.indexOf(L)) break;
      if (Lj === childLevel) kids.push(rows[j]);
    }
    if (!kids.length) return;
    fields.forEach((f, fi) => {
      const printed = r.amounts[fi];
      const sum = kids.reduce((a, k) => a + (k.amounts[fi] ?? 0n), 0n);
      if (printed === null && sum === 0n) return;
      if (printed !== sum) {
        issues.push({
          table,
          code: r.code,
          level: L,
          field: f,
          printed: printed === null ? null : printed.toString(),
          childrenSum: sum.toString(),
          difference: printed === null ? null : (printed - sum).toString(),
          children: kids.length,
        });
      }
    });
  });
  return issues;
}
