/** Text runs from pdf.js text content, in reader space, with fake-bold duplicates removed. */
import type { TextRun } from './types.js';
import { multiply } from './matrix.js';

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export interface FontStyleLike {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

export interface FontFacts {
  /** The PDF's own font name (e.g. `ABCDEE+Arial-BoldItalicMT`), when pdf.js resolved it. */
  name: string;
  bold: boolean;
  italic: boolean;
}

/** Ascent used when a font reports none: typical Latin fonts sit at ~0.8 em above the baseline. */
const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = -0.2;
/** Fake bold draws the same glyphs again offset by a fraction of the font size; real text never overlaps that much. */
const FAKE_BOLD_OFFSET_EM = 0.25;
/** Per-character advance below which a fully doubled run is read as glyphs painted twice. */
const DOUBLED_GLYPH_MAX_ADVANCE_EM = 0.35;

function directionOf(m: number[]): TextRun['direction'] {
  const angle = (Math.atan2(m[1], m[0]) * 180) / Math.PI;
  const a = (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
  // reader space has y down, so a baseline pointing "up" the page has a negative angle
  return a === 0 ? 0 : a === 90 ? 270 : a === 180 ? 180 : 90;
}

export function boldItalicFromName(name: string): { bold: boolean; italic: boolean } {
  const n = name.replace(/^[A-Z]{6}\+/, '');
  return {
    bold: /bold|black|heavy|semibold|demi|,B\b|-B\b/i.test(n),
    italic: /italic|oblique|,I\b|-I\b|-It\b/i.test(n),
  };
}

/**
 * Converts pdf.js text items to reader-space runs. `viewportTransform` is the page viewport at scale 1.
 */
export function toTextRuns(
  items: TextItemLike[],
  styles: Record<string, FontStyleLike>,
  viewportTransform: readonly number[],
  fontFacts: (fontName: string) => FontFacts | null,
): TextRun[] {
  const runs: TextRun[] = [];
  for (const it of items) {
    if (!it.str || !it.str.trim()) continue;
    const m = multiply(viewportTransform, it.transform);
    const fontSize = Math.hypot(m[2], m[3]);
    if (!(fontSize > 0)) continue;
    const viewScale = Math.hypot(viewportTransform[0], viewportTransform[1]);
    // item.width is in user space along the baseline; reader space at scale 1 keeps its length
    const width = it.width * (viewScale || 1);
    const style = styles[it.fontName] ?? {};
    const ascent = style.ascent && style.ascent > 0 ? style.ascent : DEFAULT_ASCENT;
    const descent = style.descent && style.descent < 0 ? style.descent : DEFAULT_DESCENT;
    const dir = directionOf(m);
    const bx = m[4];
    const by = m[5];
    let box: { x0: number; y0: number; x1: number; y1: number };
    switch (dir) {
      case 0:
        box = { x0: bx, x1: bx + width, y0: by - ascent * fontSize, y1: by - descent * fontSize };
        break;
      case 180:
        box = { x0: bx - width, x1: bx, y0: by + descent * fontSize, y1: by + ascent * fontSize };
        break;
      case 90: // reading top to bottom
        box = { x0: bx + descent * fontSize, x1: bx + ascent * fontSize, y0: by, y1: by + width };
        break;
      default: // 270: reading bottom to top
        box = { x0: bx - ascent * fontSize, x1: bx - descent * fontSize, y0: by - width, y1: by };
    }
    const facts = fontFacts(it.fontName);
    const fromName = facts ? { bold: facts.bold, italic: facts.italic } : { bold: false, italic: false };
    runs.push({
      text: it.str,
      ...box,
      fontName: facts?.name ?? it.fontName,
      fontSize,
      bold: fromName.bold,
      italic: fromName.italic,
      direction: dir,
    });
  }
  return dedupeFakeBold(runs);
}

/** Drops runs that repeat the same text at (almost) the same place: generators fake bold that way. */
export function dedupeFakeBold(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  const byText = new Map<string, TextRun[]>();
  for (const r of runs) {
    const same = byText.get(r.text);
    const tol = r.fontSize * FAKE_BOLD_OFFSET_EM;
    const dup = same?.find(
      (o) => Math.abs(o.x0 - r.x0) <= tol && Math.abs(o.y0 - r.y0) <= tol && o.direction === r.direction,
    );
    if (dup) {
      dup.bold = true;
      continue;
    }
    const fixed = undoubleGlyphs(r);
    out.push(fixed);
    if (same) same.push(fixed);
    else byText.set(r.text, [fixed]);
  }
  return out;
}

/** `SSttaatt` (each glyph painted twice in one run) becomes `Stat`; only when every pair is doubled. */
function undoubleGlyphs(r: TextRun): TextRun {
  const t = r.text;
  if (t.length < 4 || t.length % 2 !== 0) return r;
  for (let i = 0; i < t.length; i += 2) if (t[i] !== t[i + 1] || t[i] === ' ') return r;
  // doubled glyphs advance about half as far per character as real text (~0.5 em per glyph)
  if ((r.x1 - r.x0) / t.length > r.fontSize * DOUBLED_GLYPH_MAX_ADVANCE_EM) return r;
  return { ...r, text: Array.from({ length: t.length / 2 }, (_, i) => t[2 * i]).join(''), bold: true };
}
