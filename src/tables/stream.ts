/**
 * Stream method: tables without rules. Columns come from where the text of many lines lines up; a line whose key
 * (first) column is empty continues the row above, because that is how wrapped cells look without rules — the
 * classic stream failure is to turn each wrapped line into a row of its own.
 */
import type { Box, TextRun } from '../pdf/types.js';
import type { Cell } from './model.js';
import type { PhysicalTable } from './physical.js';
import type { PageTolerances } from './tolerance.js';

/** Runs further apart than this (in em of the font) sit in different columns; word spaces are ~0.25 em. */
const COLUMN_GAP_EM = 1.0;
/** A borderless table needs this many aligned columns and rows before we call it a table rather than prose. */
const MIN_STREAM_COLS = 3;
const MIN_STREAM_ROWS = 3;
/** Lines further apart than this many line heights end a borderless table. */
const MAX_ROW_GAP_LINES = 2.5;

interface Segment {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface SLine {
  segs: Segment[];
  y0: number;
  y1: number;
}

function toLines(runs: TextRun[], fontSize: number): SLine[] {
  const sorted = runs.filter((r) => r.direction === 0).sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const lines: { runs: TextRun[]; y0: number; y1: number }[] = [];
  for (const r of sorted) {
    const l = lines[lines.length - 1];
    if (l && Math.min(l.y1, r.y1) - Math.max(l.y0, r.y0) > 0.5 * Math.min(l.y1 - l.y0, r.y1 - r.y0)) {
      l.runs.push(r);
      l.y0 = Math.min(l.y0, r.y0);
      l.y1 = Math.max(l.y1, r.y1);
    } else lines.push({ runs: [r], y0: r.y0, y1: r.y1 });
  }
  return lines.map((l) => {
    const rs = l.runs.sort((a, b) => a.x0 - b.x0);
    const segs: Segment[] = [];
    for (const r of rs) {
      // a run can itself hold a wide gap made of spaces (text laid out with spaces): split it there
      for (const part of splitOnWideSpaces(r, fontSize)) {
        const s = segs[segs.length - 1];
        if (s && part.x0 - s.x1 <= COLUMN_GAP_EM * fontSize) {
          s.text += (part.x0 - s.x1 > 0.15 * fontSize && !s.text.endsWith(' ') ? ' ' : '') + part.text;
          s.x1 = Math.max(s.x1, part.x1);
          s.y0 = Math.min(s.y0, part.y0);
          s.y1 = Math.max(s.y1, part.y1);
        } else segs.push({ ...part });
      }
    }
    for (const s of segs) s.text = s.text.replace(/\s+/g, ' ').trim();
    return { segs: segs.filter((s) => s.text), y0: l.y0, y1: l.y1 };
  });
}

function splitOnWideSpaces(r: TextRun, fontSize: number): Segment[] {
  const m = /\s{3,}/.exec(r.text);
  if (!m) return [{ text: r.text, x0: r.x0, x1: r.x1, y0: r.y0, y1: r.y1 }];
  const cw = (r.x1 - r.x0) / r.text.length;
  const out: Segment[] = [];
  const re = /\S+(?:\s{1,2}\S+)*/g;
  let mm: RegExpExecArray | null;
  while ((mm = re.exec(r.text))) out.push({ text: mm[0], x0: r.x0 + mm.index * cw, x1: r.x0 + (mm.index + mm[0].length) * cw, y0: r.y0, y1: r.y1 });
  void fontSize;
  return out;
}

/** Column boundaries from the union of x-ranges of the segments of the table's fullest lines. */
function columnBounds(lines: SLine[], region: Box): number[] {
  const counts = lines.map((l) => l.segs.length).filter((n) => n > 1);
  const sorted = [...counts].sort((a, b) => a - b);
  const typical = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 1;
  const basis = lines.filter((l) => l.segs.length >= typical);
  const ranges = basis.flatMap((l) => l.segs.map((s) => [s.x0, s.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const clusters: [number, number][] = [];
  for (const [a, b] of ranges) {
    const c = clusters[clusters.length - 1];
    if (c && a <= c[1]) c[1] = Math.max(c[1], b);
    else clusters.push([a, b]);
  }
  const xs = [Math.min(region.x0, clusters[0]?.[0] ?? region.x0)];
  for (let i = 1; i < clusters.length; i++) xs.push((clusters[i - 1][1] + clusters[i][0]) / 2);
  xs.push(Math.max(region.x1, clusters[clusters.length - 1]?.[1] ?? region.x1));
  return xs;
}

function buildTable(lines: SLine[], page: number, region: Box | undefined, joinKeyless: boolean): PhysicalTable | null {
  if (!lines.length) return null;
  const bbox: Box = region ?? {
    x0: Math.min(...lines.flatMap((l) => l.segs.map((s) => s.x0))),
    x1: Math.max(...lines.flatMap((l) => l.segs.map((s) => s.x1))),
    y0: lines[0].y0,
    y1: lines[lines.length - 1].y1,
  };
  const xs = columnBounds(lines, bbox);
  const nc = xs.length - 1;
  type Row = { texts: string[]; y0: number; y1: number };
  const rows: Row[] = [];
  for (const l of lines) {
    const texts = Array<string>(nc).fill('');
    for (const s of l.segs) {
      const cx = (s.x0 + s.x1) / 2;
      let k = xs.findIndex((x, i) => i < nc && cx >= x && cx < xs[i + 1]);
      if (k < 0) k = cx < xs[0] ? 0 : nc - 1;
      texts[k] = texts[k] ? `${texts[k]} ${s.text}` : s.text;
    }
    const prev = rows[rows.length - 1];
    if (joinKeyless && prev && texts[0] === '' && texts.some((t) => t)) {
      texts.forEach((t, k) => {
        if (t) prev.texts[k] = prev.texts[k] ? `${prev.texts[k]} ${t}` : t;
      });
      prev.y1 = l.y1;
    } else rows.push({ texts, y0: l.y0, y1: l.y1 });
  }
  const ys = [rows[0].y0, ...rows.slice(1).map((r, i) => (rows[i].y1 + r.y0) / 2), rows[rows.length - 1].y1];
  const cells: Cell[] = [];
  rows.forEach((r, ri) =>
    r.texts.forEach((text, ci) =>
      cells.push({ text, page, bbox: { x0: xs[ci], x1: xs[ci + 1], y0: ys[ri], y1: ys[ri + 1] }, row: ri, col: ci, rowSpan: 1, colSpan: 1 }),
    ),
  );
  const chars = lines.reduce((n, l) => n + l.segs.reduce((m, s) => m + s.text.replace(/\s/g, '').length, 0), 0);
  return { page, method: 'stream', bbox, xs, ys, cells, openTop: false, openBottom: false, charsInRegion: chars, charsInCells: chars, captionLines: [] };
}

export interface StreamOptions {
  /** Treat every line in `region` as one table (an explicit area, as tabula's stream does). */
  wholeRegion: boolean;
  region?: Box;
  joinKeyless?: boolean;
}

export function findStreamTables(runs: TextRun[], page: number, tol: PageTolerances, opts: StreamOptions): PhysicalTable[] {
  const lines = toLines(runs, tol.fontSize);
  const joinKeyless = opts.joinKeyless ?? true;
  if (opts.wholeRegion) {
    const t = buildTable(lines, page, opts.region, joinKeyless);
    return t ? [t] : [];
  }
  // blocks of consecutive lines where most lines have several aligned segments
  const out: PhysicalTable[] = [];
  let block: SLine[] = [];
  const flush = () => {
    const multi = block.filter((l) => l.segs.length >= MIN_STREAM_COLS);
    if (multi.length >= MIN_STREAM_ROWS) {
      // trim single-segment lines at the block's ends: they are captions or prose around the table
      let a = 0;
      let b = block.length - 1;
      while (a < b && block[a].segs.length < 2) a++;
      while (b > a && block[b].segs.length < 2) b--;
      const t = buildTable(block.slice(a, b + 1), page, undefined, joinKeyless);
      if (t && t.xs.length - 1 >= MIN_STREAM_COLS) out.push(t);
    }
    block = [];
  };
  for (const l of lines) {
    const prev = block[block.length - 1];
    const lineH = l.y1 - l.y0;
    const farApart = prev && l.y0 - prev.y1 > MAX_ROW_GAP_LINES * lineH;
    // a paragraph line (one long segment spanning most of the text width) ends a table block
    const prose = l.segs.length === 1 && l.segs[0].x1 - l.segs[0].x0 > 0.6 * (Math.max(...lines.flatMap((q) => q.segs.map((s) => s.x1))) - Math.min(...lines.flatMap((q) => q.segs.map((s) => s.x0))));
    if (farApart || prose) flush();
    if (!prose) block.push(l);
  }
  flush();
  return out;
}
