/**
 * Relative glyph widths. pdf.js reports one width per text run, not per glyph; to cut a run at a column rule or to
 * ask whether one more letter would have fit on a line we need each glyph's share. These classes follow the
 * advance widths common to Helvetica/Arial and Times (in em): close enough to place a cut within a glyph, and
 * always scaled by the run's measured width so the font's real size and face set the scale.
 */

const NARROW = new Set("iljtfrI.,:;'!|()[]/\\-`".split(''));
const WIDE = new Set('mwMW@%'.split(''));

/** Width of one character in em, by class. */
export function glyphEm(ch: string): number {
  if (ch === ' ') return 0.28;
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.85;
  if (/[0-9]/.test(ch)) return 0.55;
  if (/\p{Lu}/u.test(ch)) return 0.68;
  return 0.52;
}

export function textEm(s: string): number {
  let w = 0;
  for (const ch of s) w += glyphEm(ch);
  return w;
}

/**
 * Offsets (in points from the run's start) of each character boundary of `text`, for a run `width` points wide:
 * offsets[i] is where character i starts; offsets[text.length] = width.
 */
export function glyphOffsets(text: string, width: number): number[] {
  const total = textEm(text) || 1;
  const out = [0];
  let acc = 0;
  for (const ch of text) {
    acc += glyphEm(ch);
    out.push((acc / total) * width);
  }
  return out;
}

/** Estimated width in points of `ch` set in the same font as a run of `text` measured `width` points wide. */
export function charWidthLike(ch: string, text: string, width: number): number {
  const total = textEm(text);
  return total > 0 ? (glyphEm(ch) / total) * width : width;
}
