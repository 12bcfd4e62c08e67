/**
 * Tolerances derived from the page itself (glyph sizes, rule widths), as tabula does, so thresholds fit each
 * document instead of being magic numbers. Floors and caps are named with the reason they exist.
 */
import type { PageData } from '../pdf/types.js';

/** Below this, two rules are the same line even on the finest drawing: Word draws adjacent cell borders ~0.5 pt apart. */
const MIN_SNAP_PT = 1;
/** Snapping further than this would merge genuinely separate rules (double borders are ~2 pt apart). */
const MAX_SNAP_PT = 3;

export interface PageTolerances {
  /** Rules closer than this across their axis are one line. */
  snap: number;
  /** Collinear rule pieces separated by a gap up to this are one line (cell borders are drawn cell by cell). */
  join: number;
  /** Median font size of the page's text, in points. */
  fontSize: number;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function pageTolerances(page: PageData): PageTolerances {
  const fontSize = median(page.textRuns.map((r) => r.fontSize)) || 10;
  const ruleWidth = median(page.rulings.map((r) => r.width)) || 0.5;
  const snap = Math.min(MAX_SNAP_PT, Math.max(MIN_SNAP_PT, 2 * ruleWidth, fontSize * 0.1));
  return { snap, join: Math.max(snap, fontSize * 0.3), fontSize };
}

export { median };
