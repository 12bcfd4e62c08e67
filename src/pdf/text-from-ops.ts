/**
 * Text runs read from the operator list itself, so a page is parsed once instead of twice (pdf.js's
 * getTextContent parses the content stream again). Follows the PDF text model as pdf.js's canvas renderer does:
 * text matrix × CTM, font size, character and word spacing, horizontal scaling, rise, TJ adjustments. Each run is
 * one word (glyphs between spaces or wide gaps), with its exact extent, which is what the table layer works with.
 */
import { apply, multiply, type Matrix } from './matrix.js';
import { applyStateOp } from './graphics-state.js';
import { OPS } from './pdfjs.js';
import { boldItalicFromName, dedupeFakeBold } from './text.js';
import type { TextRun } from './types.js';

/** What we read of a pdf.js font object (commonObjs); every field is optional there. */
export interface FontLike {
  name?: string;
  loadedName?: string;
  fontMatrix?: number[];
  vertical?: boolean;
  ascent?: number;
  descent?: number;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
  isType3Font?: boolean;
}

interface GlyphLike {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

/** A gap wider than this share of the font size between two glyphs ends a word (TJ-positioned words); keep in step
 * with WORD_GAP_EM in src/tables/cell-text.ts, which joins such words back with a space. */
const WORD_BREAK_GAP_EM = 0.1;
/** Kerning may pull a glyph back over its neighbour by up to this share of the font size; more is a new word. */
const MAX_KERN_OVERLAP_EM = 0.5;
/** Glyphs of one word sit on one baseline, give or take rounding. */
const BASELINE_TOLERANCE_EM = 0.2;
const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = -0.2;
const IDENTITY_FONT_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

interface TextState {
  ctm: Matrix;
  font: FontLike | null;
  fontSize: number;
  fontDirection: 1 | -1;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
}

function directionOf(m: readonly number[]): TextRun['direction'] {
  const angle = (Math.atan2(m[1], m[0]) * 180) / Math.PI;
  const a = (((Math.round(angle / 90) * 90) % 360) + 360) % 360;
  return a === 0 ? 0 : a === 90 ? 90 : a === 180 ? 180 : 270;
}

export function textRunsFromOperatorList(
  ops: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  viewportTransform: readonly number[],
  fontOf: (loadedName: string) => FontLike | null,
): TextRun[] {
  const runs: TextRun[] = [];
  let st: TextState = {
    ctm: [...viewportTransform] as Matrix,
    font: null,
    fontSize: 0,
    fontDirection: 1,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    textMatrix: [1, 0, 0, 1, 0, 0],
    x: 0,
    y: 0,
    lineX: 0,
    lineY: 0,
  };
  const stack: TextState[] = [];
  const moveText = (x: number, y: number) => {
    st.x = st.lineX += x;
    st.y = st.lineY += y;
  };

  // the word being collected, in reader space
  interface Word {
    text: string;
    start: [number, number];
    end: [number, number];
    fontSize: number;
    dir: TextRun['direction'];
    font: FontLike;
  }
  let word: Word | null = null;

  const flush = () => {
    if (word && word.text.trim()) emit(word);
    word = null;
  };

  const emit = (w: Word) => {
    const { fontSize, dir, font } = w;
    const ascent = font.ascent && font.ascent > 0 ? font.ascent : DEFAULT_ASCENT;
    const descent = font.descent && font.descent < 0 ? font.descent : DEFAULT_DESCENT;
    const [sx, sy] = w.start;
    const [ex, ey] = w.end;
    let box: { x0: number; y0: number; x1: number; y1: number };
    switch (dir) {
      case 0:
        box = { x0: Math.min(sx, ex), x1: Math.max(sx, ex), y0: sy - ascent * fontSize, y1: sy - descent * fontSize };
        break;
      case 180:
        box = { x0: Math.min(sx, ex), x1: Math.max(sx, ex), y0: sy + descent * fontSize, y1: sy + ascent * fontSize };
        break;
      case 90:
        box = { x0: sx + descent * fontSize, x1: sx + ascent * fontSize, y0: Math.min(sy, ey), y1: Math.max(sy, ey) };
        break;
      default:
        box = { x0: sx - ascent * fontSize, x1: sx - descent * fontSize, y0: Math.min(sy, ey), y1: Math.max(sy, ey) };
    }
    const byName = boldItalicFromName(font.name ?? '');
    runs.push({
      text: w.text.normalize('NFKC'),
      ...box,
      fontName: font.name ?? font.loadedName ?? '',
      fontSize,
      bold: Boolean(font.bold || font.black) || byName.bold,
      italic: Boolean(font.italic) || byName.italic,
      direction: dir,
    });
  };

  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    const next = applyStateOp(fn, args, st, stack);
    if (next) {
      st = next;
      continue;
    }
    switch (fn) {
      case OPS.beginText:
        st.textMatrix = [1, 0, 0, 1, 0, 0];
        st.x = st.lineX = 0;
        st.y = st.lineY = 0;
        break;
      case OPS.setFont: {
        const font = fontOf(String(args?.[0]));
        let size = Number(args?.[1]) || 0;
        st.fontDirection = size < 0 ? -1 : 1;
        if (size < 0) size = -size;
        st.font = font;
        st.fontSize = size;
        break;
      }
      case OPS.setCharSpacing:
        st.charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        st.wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        st.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.setLeading:
        st.leading = -(Number(args?.[0]) || 0);
        break;
      case OPS.setTextRise:
        st.rise = Number(args?.[0]) || 0;
        break;
      case OPS.moveText:
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        st.leading = Number(args?.[1]) || 0;
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setTextMatrix:
        {
          // pdf.js passes the matrix as one array argument
          const tm = (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]) ? args![0] : args) as ArrayLike<number>;
          st.textMatrix = [tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]];
        }
        st.x = st.lineX = 0;
        st.y = st.lineY = 0;
        break;
      case OPS.nextLine:
        moveText(0, st.leading);
        break;
      case OPS.showText:
        showText(args?.[0] as (GlyphLike | number | null)[]);
        break;
      default:
        break;
    }
  }
  flush();
  return dedupeFakeBold(runs);

  function showText(glyphs: (GlyphLike | number | null)[] | undefined): void {
    if (!glyphs || !st.font || st.fontSize === 0) return;
    const font = st.font;
    const fontMatrix = font.fontMatrix ?? IDENTITY_FONT_MATRIX;
    const size = st.fontSize;
    const widthScale = size * fontMatrix[0];
    const hs = st.hScale * st.fontDirection;
    // maps (x along the baseline, in text space units × font size) to reader space
    const m = multiply(multiply(st.ctm, st.textMatrix), [hs, 0, 0, 1, st.x, st.y + st.rise]);
    const fontSize = Math.hypot(m[2], m[3]) * size;
    if (!(fontSize > 0)) return;
    const dir = directionOf(m);
    const gapBreak = WORD_BREAK_GAP_EM * fontSize;
    let x = 0;
    for (const g of glyphs) {
      if (g === null || g === undefined) continue;
      if (typeof g === 'number') {
        x += (-g * size) / 1000; // TJ adjustment, thousandths of text space
        continue;
      }
      const w = g.width * widthScale;
      const spacing = (g.isSpace ? st.wordSpacing : 0) + st.charSpacing;
      const ch = g.unicode ?? '';
      // isSpace only means "char code 32" (where word spacing applies): subset fonts put letters there
      if (/^\s+$/.test(ch)) flush();
      else if (ch) {
        const p0 = apply(m, x, 0);
        const p1 = apply(m, x + w, 0);
        // the glyph continues the word when it starts where the word ended, on the same baseline and size
        // (signed along the baseline: kerning pulls a glyph back over its neighbour)
        let cont = false;
        if (word !== null && word.dir === dir && Math.abs(word.fontSize - fontSize) <= fontSize * 0.05) {
          const len = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) || 1;
          const ux = (p1[0] - p0[0]) / len;
          const uy = (p1[1] - p0[1]) / len;
          const dx = p0[0] - word.end[0];
          const dy = p0[1] - word.end[1];
          const along = dx * ux + dy * uy;
          const across = Math.abs(-dx * uy + dy * ux);
          cont =
            along <= gapBreak && along >= -MAX_KERN_OVERLAP_EM * fontSize && across <= BASELINE_TOLERANCE_EM * fontSize;
        }
        if (!cont) {
          flush();
          word = { text: ch, start: p0, end: p1, fontSize, dir, font };
        } else {
          word!.text += ch;
          word!.end = p1;
        }
      }
      x += w + spacing * st.fontDirection;
    }
    st.x += x * hs;
  }
}
