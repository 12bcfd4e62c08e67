/**
 * Landscape content placed sideways on a portrait page without /Rotate (the text runs up or down the page):
 * turn the page so that most text reads left to right, as a reader would turn the paper.
 */
import type { Box, PageData, Ruling, TextRun } from './types.js';

/** Turn the page when at least this share of its characters runs vertically. */
const SIDEWAYS_SHARE = 0.6;

type Turn = 'cw' | 'ccw';

function turnPoint(t: Turn, W: number, H: number, x: number, y: number): [number, number] {
  return t === 'cw' ? [H - y, x] : [y, W - x];
}

function turnBox(t: Turn, W: number, H: number, b: Box): Box {
  const [ax, ay] = turnPoint(t, W, H, b.x0, b.y0);
  const [bx, by] = turnPoint(t, W, H, b.x1, b.y1);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

function turnDirection(t: Turn, d: TextRun['direction']): TextRun['direction'] {
  // directions are clockwise angles of the baseline in reader space; turning the page clockwise subtracts 90°
  const delta = t === 'cw' ? 90 : -90;
  return ((((d + delta) % 360) + 360) % 360) as TextRun['direction'];
}

export function sidewaysTurn(page: PageData): Turn | null {
  let up = 0;
  let down = 0;
  let total = 0;
  for (const r of page.textRuns) {
    const n = r.text.length;
    total += n;
    if (r.direction === 270) up += n;
    else if (r.direction === 90) down += n;
  }
  if (!total) return null;
  if (up / total >= SIDEWAYS_SHARE) return 'cw';
  if (down / total >= SIDEWAYS_SHARE) return 'ccw';
  return null;
}

/** Returns the page turned upright when its text runs sideways; otherwise the page itself. */
export function uprightPage(page: PageData): PageData {
  const t = sidewaysTurn(page);
  if (!t) return page;
  const W = page.width;
  const H = page.height;
  const textRuns = page.textRuns.map((r) => ({
    ...r,
    ...turnBox(t, W, H, r),
    direction: turnDirection(t, r.direction),
  }));
  const rulings: Ruling[] = page.rulings.map((r) => {
    const a = r.orientation === 'h' ? turnPoint(t, W, H, r.start, r.pos) : turnPoint(t, W, H, r.pos, r.start);
    const b = r.orientation === 'h' ? turnPoint(t, W, H, r.end, r.pos) : turnPoint(t, W, H, r.pos, r.end);
    const orientation = r.orientation === 'h' ? 'v' : 'h';
    return orientation === 'h'
      ? { orientation, pos: a[1], start: Math.min(a[0], b[0]), end: Math.max(a[0], b[0]), width: r.width }
      : { orientation, pos: a[0], start: Math.min(a[1], b[1]), end: Math.max(a[1], b[1]), width: r.width };
  });
  return { ...page, width: H, height: W, rotation: (page.rotation + (t === 'cw' ? 90 : 270)) % 360, textRuns, rulings };
}
