/**
 * Putting text into cells: runs are cut where they cross a column boundary, each piece goes to the cell that holds
 * its centre, and a cell's pieces are read back as lines in reading order. Wrapped lines are joined with a space,
 * or without one when the page shows a word or code broken mid-way (see `joinLines`).
 */
import type { Box, TextRun } from '../pdf/types.js';
import { charWidthLike, glyphOffsets } from './glyph-width.js';

export interface Piece {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  fontSize: number;
  direction: TextRun['direction'];
  bold: boolean;
  italic: boolean;
  /** OCR confidence of the run the piece comes from (0..100); absent for a text layer. */
  confidence?: number;
}

/**
 * A gap between two pieces on one line wider than this share of the font size is a word space. It matches the
 * gap at which the PDF reader ends a word (src/pdf/text-from-ops.ts), so words split there are joined back with one.
 */
export const WORD_GAP_EM = 0.1;
/** Two pieces share a line when their vertical overlap is at least this share of the smaller height. */
const SAME_LINE_OVERLAP = 0.5;
/**
 * A line counts as full when the next line's first character would overflow the cell. Its width is estimated from
 * glyph classes (glyph-width.ts); this share of it leaves room for that estimate's error.
 */
const NEXT_CHAR_SHARE = 0.9;

export function runToPiece(r: TextRun): Piece {
  return {
    text: r.text,
    x0: r.x0,
    x1: r.x1,
    y0: r.y0,
    y1: r.y1,
    fontSize: r.fontSize,
    direction: r.direction,
    bold: r.bold,
    italic: r.italic,
    ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
  };
}

/** A cell's OCR confidence: that of its least sure word; undefined when no piece came from OCR. */
export function cellConfidence(pieces: Piece[]): number | undefined {
  const c = pieces.map((p) => p.confidence).filter((x): x is number => x !== undefined);
  return c.length ? Math.min(...c) : undefined;
}

/**
 * Cuts a horizontal run at the given x boundaries it crosses, sharing its width among characters in proportion
 * to their count (pdf.js gives one width per run, not per glyph). A boundary is honoured only where a space or
 * a glyph edge is close to it, so a centred word that merely overhangs a rule is not cut mid-letter.
 */
export function splitAtBoundaries(p: Piece, xs: number[]): Piece[] {
  if (p.direction !== 0 || p.text.length < 2) return [p];
  const inner = xs.filter((x) => x > p.x0 + 0.5 && x < p.x1 - 0.5);
  if (!inner.length) return [p];
  const n = p.text.length;
  const offsets = glyphOffsets(p.text, p.x1 - p.x0);
  const at = (i: number) => p.x0 + offsets[i];
  const out: Piece[] = [];
  let startIdx = 0;
  for (const x of inner) {
    // the character boundary nearest the rule
    let cut = 0;
    let best = Infinity;
    for (let i = 1; i < n; i++) {
      const d = Math.abs(at(i) - x);
      if (d < best) {
        best = d;
        cut = i;
      }
    }
    // prefer a nearby space as the cut point: text runs that cross rules are usually two cells' words joined
    for (let d = 0; d <= 2; d++) {
      if (p.text[cut - d] === ' ') {
        cut -= d;
        break;
      }
      if (p.text[cut + d] === ' ') {
        cut += d;
        break;
      }
    }
    if (cut <= startIdx || cut >= n) continue;
    out.push({ ...p, text: p.text.slice(startIdx, cut), x0: at(startIdx), x1: at(cut) });
    startIdx = cut;
  }
  out.push({ ...p, text: p.text.slice(startIdx), x0: at(startIdx), x1: p.x1 });
  return out.filter((q) => q.text.trim().length > 0).map(trimPiece);
}

/** Drops leading/trailing spaces of a piece and the width they take. */
function trimPiece(p: Piece): Piece {
  const lead = p.text.length - p.text.trimStart().length;
  const trail = p.text.length - p.text.trimEnd().length;
  if (!lead && !trail) return p;
  const offsets = glyphOffsets(p.text, p.x1 - p.x0);
  return { ...p, text: p.text.trim(), x0: p.x0 + offsets[lead], x1: p.x0 + offsets[p.text.length - trail] };
}

interface Line {
  pieces: Piece[];
  y0: number;
  y1: number;
}

function groupLines(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const lines: Line[] = [];
  for (const p of sorted) {
    const h = p.y1 - p.y0;
    const line = lines.find((l) => {
      const ov = Math.min(l.y1, p.y1) - Math.max(l.y0, p.y0);
      return ov >= SAME_LINE_OVERLAP * Math.min(h, l.y1 - l.y0);
    });
    if (line) {
      line.pieces.push(p);
      line.y0 = Math.min(line.y0, p.y0);
      line.y1 = Math.max(line.y1, p.y1);
    } else lines.push({ pieces: [p], y0: p.y0, y1: p.y1 });
  }
  lines.sort((a, b) => a.y0 - b.y0);
  for (const l of lines) l.pieces.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** Joins the pieces of one line, inserting a space only where the glyph gap shows one. */
function lineText(l: Line): string {
  let s = '';
  let prev: Piece | null = null;
  for (const p of l.pieces) {
    if (prev) {
      const gap = p.x0 - prev.x1;
      const needSpace =
        gap > WORD_GAP_EM * Math.min(prev.fontSize, p.fontSize) && !s.endsWith(' ') && !p.text.startsWith(' ');
      s += needSpace ? ' ' : '';
    }
    s += p.text;
    prev = p;
  }
  return s.replace(/\s+/g, ' ').trim();
}

function lineWidth(l: Line): number {
  return l.pieces[l.pieces.length - 1].x1 - l.pieces[0].x0;
}

/**
 * Joins a cell's lines. A word-wrapper breaks inside a word only when the word does not fit on an empty line, so a
 * mid-word break (`doku`+`men`, `7.01.01.2.01.0`+`3`) shows on the page as a line holding a single token that fills
 * the cell's text width: not even one more character would fit. Only then are the lines joined without a space.
 * A line ending in a hyphen glued to a letter is a break after the hyphen (`RKA-`+`SKPD`).
 */
export function joinLines(lines: Line[], textWidth: number, lineBreak = ' '): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const t = lineText(lines[i]);
    if (!t) continue;
    if (!out) {
      out = t;
      continue;
    }
    const prev = lines[i - 1];
    const prevText = lineText(prev);
    const next = lines[i].pieces[0];
    const charWidth = charWidthLike(next.text.trimStart()[0] ?? 'n', next.text, next.x1 - next.x0);
    const singleToken = !/\s/.test(prevText);
    const full = lineWidth(prev) + charWidth * NEXT_CHAR_SHARE > textWidth;
    // a lower-case letter followed by a capital is a word boundary in Indonesian and English text (`Kecamatan`
    // + `Pasirian` in a cell that `Kecamatan` happens to fill), never the middle of a word
    const caseBoundary = /\p{Ll}$/u.test(prevText) && /^\p{Lu}/u.test(t);
    const forcedBreak = singleToken && full && !caseBoundary;
    // Writer and Word break after a hyphen or a slash glued to a letter (`RKA-`+`SKPD`, `Pemeliharaan/`+`Rehabilitasi`)
    const hyphenBreak = /[A-Za-z0-9][-/]$/.test(out) && /^[A-Za-z0-9]/.test(t);
    out += forcedBreak || hyphenBreak ? t : lineBreak + t;
  }
  return out;
}

export interface CellText {
  text: string;
  /** Box of the text itself (not the cell), or null when empty. */
  textBox: Box | null;
}

/**
 * Reads one cell's text from the pieces that belong to it. `padding` is the table's cell margin (the smallest gap
 * seen between a cell's left rule and its text), from which the width available to text follows. `lineBreak` is
 * what joins wrapped lines (a space; `\n` keeps the cell's lines as printed, as tabula's CSV does).
 */
export function cellText(pieces: Piece[], cell: Box, padding: number, lineBreak = ' '): CellText {
  if (!pieces.length) return { text: '', textBox: null };
  const horizontal = pieces.filter((p) => p.direction === 0);
  const textBox = {
    x0: Math.min(...pieces.map((p) => p.x0)),
    y0: Math.min(...pieces.map((p) => p.y0)),
    x1: Math.max(...pieces.map((p) => p.x1)),
    y1: Math.max(...pieces.map((p) => p.y1)),
  };
  if (horizontal.length >= pieces.length / 2) {
    const lines = groupLines(horizontal);
    const textWidth = Math.max(1, cell.x1 - cell.x0 - 2 * Math.min(padding, (cell.x1 - cell.x0) / 4));
    return { text: joinLines(lines, textWidth, lineBreak), textBox };
  }
  // rotated header text: lines are columns; read them left to right for 270° (bottom-up) text, right to left for 90°
  const vertical = pieces.filter((p) => p.direction !== 0);
  const dir = vertical[0].direction;
  const cols = [...vertical].sort(
    (a, b) => (dir === 90 ? b.x0 - a.x0 : a.x0 - b.x0) || (dir === 90 ? a.y0 - b.y0 : b.y0 - a.y0),
  );
  return {
    text: cols
      .map((p) => p.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    textBox,
  };
}
