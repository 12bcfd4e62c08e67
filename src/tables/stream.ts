/**
 * Stream method: tables without rules. Columns are the gutters where no word of any table line stands (a
 * projection of the words onto the x axis); a line whose key (first) column is empty continues the row above,
 * because that is how wrapped cells look without rules — the classic stream failure is to turn each wrapped line
 * into a row of its own. Header lines above the first data row are read as one header row.
 */
import type { Box, TextRun } from '../pdf/types.js';
import { glyphOffsets } from './glyph-width.js';
import { groupByLine } from './lines.js';
import type { Cell } from './model.js';
import type { PhysicalTable } from './physical.js';
import type { PageTolerances } from './tolerance.js';

/** Runs further apart than this (in em) sit in different columns when finding table-like lines; word spaces are ~0.25 em. */
const COLUMN_GAP_EM = 1.0;
/** A gutter between columns is at least this wide (in em): wider than a word space. */
const MIN_GUTTER_EM = 0.5;
/** A borderless table needs this many aligned columns and rows before we call it a table rather than prose. */
const MIN_STREAM_COLS = 3;
const MIN_STREAM_ROWS = 3;
/** Lines further apart than this many line heights end a borderless table. */
const MAX_ROW_GAP_LINES = 2.5;
/** A single segment wider than this share of the text block is a paragraph line, not a table row. */
const PROSE_LINE_SHARE = 0.6;

interface Word {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface SLine {
  words: Word[];
  /** Words grouped by COLUMN_GAP_EM: a rough count of the line's columns. */
  segments: number;
  y0: number;
  y1: number;
  x0: number;
  x1: number;
}

function runWords(r: TextRun): Word[] {
  const offsets = glyphOffsets(r.text, r.x1 - r.x0);
  const out: Word[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(r.text)))
    out.push({
      text: m[0],
      x0: r.x0 + offsets[m.index],
      x1: r.x0 + offsets[m.index + m[0].length],
      y0: r.y0,
      y1: r.y1,
    });
  return out;
}

function toLines(runs: TextRun[], fontSize: number): SLine[] {
  const lines = groupByLine(runs.filter((r) => r.direction === 0).flatMap(runWords), 0.5);
  return lines.map((l) => {
    const ws = l.items;
    let segments = ws.length ? 1 : 0;
    for (let i = 1; i < ws.length; i++) if (ws[i].x0 - ws[i - 1].x1 > COLUMN_GAP_EM * fontSize) segments++;
    return { words: ws, segments, y0: l.y0, y1: l.y1, x0: ws[0]?.x0 ?? 0, x1: ws[ws.length - 1]?.x1 ?? 0 };
  });
}

/** Column boundaries: the middles of the gutters left uncovered by every word of the given lines. */
function columnBounds(lines: SLine[], region: Box, fontSize: number): number[] {
  const ranges = lines.flatMap((l) => l.words.map((w) => [w.x0, w.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const clusters: [number, number][] = [];
  for (const [a, b] of ranges) {
    const c = clusters[clusters.length - 1];
    if (c && a - c[1] < MIN_GUTTER_EM * fontSize) c[1] = Math.max(c[1], b);
    else clusters.push([a, b]);
  }
  const xs = [Math.min(region.x0, clusters[0]?.[0] ?? region.x0)];
  for (let i = 1; i < clusters.length; i++) xs.push((clusters[i - 1][1] + clusters[i][0]) / 2);
  xs.push(Math.max(region.x1, clusters[clusters.length - 1]?.[1] ?? region.x1));
  return xs;
}

function looksLikeData(s: string): boolean {
  return /^\d/.test(s.trim());
}

function buildTable(
  lines: SLine[],
  page: number,
  region: Box | undefined,
  fontSize: number,
  joinKeyless: boolean,
): PhysicalTable | null {
  if (!lines.length) return null;
  const bbox: Box = region ?? {
    x0: Math.min(...lines.map((l) => l.x0)),
    x1: Math.max(...lines.map((l) => l.x1)),
    y0: lines[0].y0,
    y1: lines[lines.length - 1].y1,
  };
  // a line that spans several gutters on its own (a section title) would hide them: leave such lines out; and a
  // group title over several columns (`PAGU ANGGARAN` over `MURNI | PERUBAHAN`) would bridge their gutter, so the
  // columns come from the data lines (those holding digits) when there are enough of them
  const candidates = lines.filter((l) => l.segments > 1 || l.x1 - l.x0 < (bbox.x1 - bbox.x0) * 0.3);
  const dataLines = candidates.filter((l) => l.words.some((w) => /\d/.test(w.text)));
  const xs = columnBounds(dataLines.length >= MIN_STREAM_ROWS ? dataLines : candidates, bbox, fontSize);
  const nc = xs.length - 1;
  const colOf = (cx: number) => {
    for (let i = 0; i < nc; i++) if (cx < xs[i + 1]) return i;
    return nc - 1;
  };
  type Row = { texts: string[]; y0: number; y1: number };
  const lineRows: Row[] = lines.map((l) => {
    const texts = Array<string>(nc).fill('');
    for (const w of l.words) {
      const k = colOf((w.x0 + w.x1) / 2);
      texts[k] = texts[k] ? `${texts[k]} ${w.text}` : w.text;
    }
    return { texts, y0: l.y0, y1: l.y1 };
  });
  const rows: Row[] = [];
  // header lines: everything above the first line whose key column holds data; read as one row
  const firstData = lineRows.findIndex((r) => looksLikeData(r.texts[0]));
  let start = 0;
  if (
    joinKeyless &&
    firstData > 1 &&
    lineRows.slice(0, firstData).every((r) => !r.texts.some((t) => /\d{1,3}(\.\d{3})+/.test(t)))
  ) {
    const head: Row = { texts: Array<string>(nc).fill(''), y0: lineRows[0].y0, y1: lineRows[firstData - 1].y1 };
    for (const r of lineRows.slice(0, firstData))
      r.texts.forEach((t, k) => (head.texts[k] = head.texts[k] ? `${head.texts[k]} ${t}` : t));
    rows.push(head);
    start = firstData;
  }
  for (const r of lineRows.slice(start)) {
    const prev = rows[rows.length - 1];
    if (joinKeyless && prev && r.texts[0] === '' && r.texts.some((t) => t) && rows.length > (start ? 1 : 0)) {
      r.texts.forEach((t, k) => {
        if (t) prev.texts[k] = prev.texts[k] ? `${prev.texts[k]} ${t}` : t;
      });
      prev.y1 = r.y1;
    } else rows.push({ ...r, texts: [...r.texts] });
  }
  const ys = [rows[0].y0, ...rows.slice(1).map((r, i) => (rows[i].y1 + r.y0) / 2), rows[rows.length - 1].y1];
  const cells: Cell[] = [];
  rows.forEach((r, ri) =>
    r.texts.forEach((text, ci) =>
      cells.push({
        text,
        page,
        bbox: { x0: xs[ci], x1: xs[ci + 1], y0: ys[ri], y1: ys[ri + 1] },
        row: ri,
        col: ci,
        rowSpan: 1,
        colSpan: 1,
      }),
    ),
  );
  const chars = lines.reduce((n, l) => n + l.words.reduce((m, w) => m + w.text.length, 0), 0);
  return {
    page,
    method: 'stream',
    bbox,
    xs,
    ys,
    cells,
    openTop: false,
    openBottom: false,
    charsInRegion: chars,
    charsInCells: chars,
    captionLines: [],
  };
}

export interface StreamOptions {
  /** Treat every line in `region` as one table (an explicit area, as tabula's stream does). */
  wholeRegion: boolean;
  region?: Box;
  /** Merge lines whose key column is empty into the row above (default true). */
  joinKeyless?: boolean;
}

export function findStreamTables(
  runs: TextRun[],
  page: number,
  tol: PageTolerances,
  opts: StreamOptions,
): PhysicalTable[] {
  const lines = toLines(runs, tol.fontSize);
  const joinKeyless = opts.joinKeyless ?? true;
  if (opts.wholeRegion) {
    const t = buildTable(lines, page, opts.region, tol.fontSize, joinKeyless);
    return t ? [t] : [];
  }
  if (!lines.length) return [];
  const textWidth = Math.max(...lines.map((l) => l.x1)) - Math.min(...lines.map((l) => l.x0));
  const out: PhysicalTable[] = [];
  let block: SLine[] = [];
  const flush = () => {
    const multi = block.filter((l) => l.segments >= MIN_STREAM_COLS);
    if (multi.length >= MIN_STREAM_ROWS) {
      // trim single-segment lines at the block's ends: they are captions or prose around the table
      let a = 0;
      let b = block.length - 1;
      while (a < b && block[a].segments < 2) a++;
      // …but a trailing line indented past the key column is the wrapped end of the last row
      const left = Math.min(...multi.map((l) => l.x0));
      while (b > a && block[b].segments < 2 && block[b].x0 <= left + tol.fontSize) b--;
      // header lines just above the first multi-column line belong to the table (wrapped column titles)
      while (a > 0 && block[a - 1].segments >= 1 && block[a].y0 - block[a - 1].y1 < (block[a].y1 - block[a].y0) * 0.8)
        a--;
      const t = buildTable(block.slice(a, b + 1), page, undefined, tol.fontSize, joinKeyless);
      if (t && t.xs.length - 1 >= MIN_STREAM_COLS) out.push(t);
    }
    block = [];
  };
  for (const l of lines) {
    const prev = block[block.length - 1];
    const lineH = l.y1 - l.y0;
    const farApart = prev && l.y0 - prev.y1 > MAX_ROW_GAP_LINES * lineH;
    const prose = l.segments === 1 && l.x1 - l.x0 > PROSE_LINE_SHARE * textWidth;
    if (farApart || prose) flush();
    if (!prose) block.push(l);
  }
  flush();
  return out;
}
