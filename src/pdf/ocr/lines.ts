/**
 * Ruling lines from a bitmap: a morphological opening along rows (and along columns) keeps only dark runs at
 * least `minLength` pixels long, which text strokes never are; runs in neighbouring rows are joined into one
 * line with its thickness. Pure: a grey buffer in, line segments in pixels out.
 */
import { INK_THRESHOLD, type GreyImage } from './bitmap.js';

export interface PixelLine {
  orientation: 'h' | 'v';
  /** Centre of the line across its direction (y for 'h', x for 'v'), in pixels. */
  pos: number;
  start: number;
  end: number;
  /** Thickness in pixels. */
  width: number;
}

export interface LineOptions {
  /** Shortest dark run that counts as part of a line, in pixels. */
  minLength: number;
  /** Largest break inside one line (scanner dropouts, crossing text), in pixels. */
  maxGap: number;
  /** Thickest line kept (thicker is a filled block or a photo), in pixels. */
  maxThickness: number;
  threshold?: number;
}

interface Run {
  line: number;
  start: number;
  end: number;
}

/** Dark runs of at least minLength along each line (row or column) of the image. */
function longRuns(img: GreyImage, horizontal: boolean, minLength: number, threshold: number): Run[] {
  const { width, height, data } = img;
  const lines = horizontal ? height : width;
  const len = horizontal ? width : height;
  const step = horizontal ? 1 : width;
  const runs: Run[] = [];
  for (let l = 0; l < lines; l++) {
    const base = horizontal ? l * width : l;
    let runStart = -1;
    let lastInk = -1;
    for (let i = 0; i <= len; i++) {
      const ink = i < len && data[base + i * step] < threshold;
      if (ink) {
        // a short light break (a dropout of the scan) does not end the run
        if (runStart < 0 || i - lastInk > 2) {
          if (runStart >= 0 && lastInk - runStart + 1 >= minLength)
            runs.push({ line: l, start: runStart, end: lastInk });
          runStart = i;
        }
        lastInk = i;
      }
    }
    if (runStart >= 0 && lastInk - runStart + 1 >= minLength) runs.push({ line: l, start: runStart, end: lastInk });
  }
  return runs;
}

interface Group {
  first: number;
  last: number;
  start: number;
  end: number;
  weight: number;
  sum: number;
}

/** Joins runs of neighbouring rows that overlap into one line, then collinear pieces across small gaps. */
function groupRuns(runs: Run[], orientation: 'h' | 'v', maxGap: number, maxThickness: number): PixelLine[] {
  const open: Group[] = [];
  const done: Group[] = [];
  for (const r of runs) {
    // runs arrive sorted by line; groups that ended more than one line ago can no longer grow
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i].last < r.line - 1) done.push(...open.splice(i, 1));
    }
    // a run can touch several groups (the grey edge pieces of one thick line): they become one
    const touching = open.filter((o) => o.last >= r.line - 1 && r.start <= o.end + 2 && r.end >= o.start - 2);
    const len = r.end - r.start + 1;
    if (touching.length) {
      const g = touching[0];
      for (const o of touching.slice(1)) {
        g.first = Math.min(g.first, o.first);
        g.start = Math.min(g.start, o.start);
        g.end = Math.max(g.end, o.end);
        g.weight += o.weight;
        g.sum += o.sum;
        open.splice(open.indexOf(o), 1);
      }
      g.last = r.line;
      g.start = Math.min(g.start, r.start);
      g.end = Math.max(g.end, r.end);
      g.weight += len;
      g.sum += r.line * len;
    } else {
      open.push({ first: r.line, last: r.line, start: r.start, end: r.end, weight: len, sum: r.line * len });
    }
  }
  done.push(...open);
  const lines: PixelLine[] = done
    .map((g) => ({
      orientation,
      pos: g.sum / g.weight,
      start: g.start,
      end: g.end,
      width: g.last - g.first + 1,
    }))
    .filter((l) => l.width <= maxThickness)
    .sort((a, b) => a.pos - b.pos || a.start - b.start);
  // collinear pieces of one broken line
  const merged: PixelLine[] = [];
  for (const l of lines) {
    const m = merged.find(
      (o) => Math.abs(o.pos - l.pos) <= 3 && l.start <= o.end + maxGap && l.end >= o.start - maxGap,
    );
    if (m) {
      const wa = m.end - m.start + 1;
      const wb = l.end - l.start + 1;
      m.pos = (m.pos * wa + l.pos * wb) / (wa + wb);
      m.start = Math.min(m.start, l.start);
      m.end = Math.max(m.end, l.end);
      m.width = Math.max(m.width, l.width);
    } else merged.push({ ...l });
  }
  return merged;
}

export function detectLines(img: GreyImage, opts: LineOptions): PixelLine[] {
  const threshold = opts.threshold ?? INK_THRESHOLD;
  const h = groupRuns(longRuns(img, true, opts.minLength, threshold), 'h', opts.maxGap, opts.maxThickness);
  const v = groupRuns(longRuns(img, false, opts.minLength, threshold), 'v', opts.maxGap, opts.maxThickness);
  return [...h, ...v];
}

/**
 * Paints the lines white so that OCR does not read them as `|` or `_` glued to the words they touch.
 * Returns a new image; the lines are widened by one pixel each side to take their grey edges too.
 */
export function eraseLines(img: GreyImage, lines: PixelLine[]): GreyImage {
  const out = new Uint8Array(img.data);
  const { width, height } = img;
  for (const l of lines) {
    const half = l.width / 2 + 1;
    const a = Math.max(0, Math.floor(l.pos - half));
    const b = Math.min((l.orientation === 'h' ? height : width) - 1, Math.ceil(l.pos + half));
    for (let across = a; across <= b; across++) {
      for (let along = l.start; along <= l.end; along++) {
        const idx = l.orientation === 'h' ? across * width + along : along * width + across;
        out[idx] = 255;
      }
    }
  }
  return { width, height, data: out };
}
