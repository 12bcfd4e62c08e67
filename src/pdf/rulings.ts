/**
 * Rulings (table rules) from a page's operator list: stroked straight segments and thin filled rectangles,
 * mapped to reader space. Curves, white or transparent paint, and anything off the page are dropped.
 */
import type { Ruling } from './types.js';
import { apply, meanScale, type Matrix } from './matrix.js';
import { applyStateOp } from './graphics-state.js';
import { OPS } from './pdfjs.js';

/** A filled rectangle thinner than this is a rule: office tools draw borders up to 3 px (2.25 pt); text-line shading is taller. */
export const MAX_RULE_THICKNESS_PT = 3;
/** Segments within this angle tolerance (as a ratio of their length) count as axis-aligned. */
const AXIS_SLOPE_TOLERANCE = 0.02;
/** A paint this close to white (every channel ≥ 0xF0) is invisible on paper: e.g. Word's white "borders" over grids. */
const WHITE_CHANNEL_MIN = 0xf0;
/** Shorter segments are hatching, bullets or glyph parts, not rules. */
const MIN_RULING_LENGTH_PT = 2;

const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_QUAD = 3;
const DRAW_CLOSE = 4;

interface GState {
  ctm: Matrix;
  lineWidth: number;
  strokeColor: string;
  fillColor: string;
  strokeAlpha: number;
  fillAlpha: number;
}

export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export interface RulingScan {
  rulings: Ruling[];
  imageCount: number;
}

function isWhite(color: string): boolean {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return false;
  const r = parseInt(color.slice(1, 3), 16);
  const g = parseInt(color.slice(3, 5), 16);
  const b = parseInt(color.slice(5, 7), 16);
  return r >= WHITE_CHANNEL_MIN && g >= WHITE_CHANNEL_MIN && b >= WHITE_CHANNEL_MIN;
}

const STROKE_OPS = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILL_OPS = new Set<number>([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const IMAGE_OPS = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
  OPS.paintImageMaskXObjectRepeat,
]);

type Point = [number, number];
interface SubPath {
  points: Point[];
  closed: boolean;
  hasCurve: boolean;
}

/** Splits pdf.js's flat path buffer (DrawOPS codes followed by coordinates) into sub-paths. */
function parsePath(buf: ArrayLike<number>): SubPath[] {
  const subs: SubPath[] = [];
  let cur: SubPath | null = null;
  for (let i = 0; i < buf.length;) {
    const op = buf[i++];
    switch (op) {
      case DRAW_MOVE:
        cur = { points: [[buf[i], buf[i + 1]]], closed: false, hasCurve: false };
        subs.push(cur);
        i += 2;
        break;
      case DRAW_LINE:
        if (!cur) {
          cur = { points: [], closed: false, hasCurve: false };
          subs.push(cur);
        }
        cur.points.push([buf[i], buf[i + 1]]);
        i += 2;
        break;
      case DRAW_CURVE:
        if (cur) {
          cur.hasCurve = true;
          cur.points.push([buf[i + 4], buf[i + 5]]);
        }
        i += 6;
        break;
      case DRAW_QUAD:
        if (cur) {
          cur.hasCurve = true;
          cur.points.push([buf[i + 2], buf[i + 3]]);
        }
        i += 4;
        break;
      case DRAW_CLOSE:
        if (cur) cur.closed = true;
        break;
      default:
        return subs; // unknown code: stop rather than misread coordinates
    }
  }
  return subs;
}

function segmentToRuling(a: Point, b: Point, width: number): Ruling | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len < MIN_RULING_LENGTH_PT) return null;
  if (Math.abs(dy) <= len * AXIS_SLOPE_TOLERANCE) {
    return { orientation: 'h', pos: (a[1] + b[1]) / 2, start: Math.min(a[0], b[0]), end: Math.max(a[0], b[0]), width };
  }
  if (Math.abs(dx) <= len * AXIS_SLOPE_TOLERANCE) {
    return { orientation: 'v', pos: (a[0] + b[0]) / 2, start: Math.min(a[1], b[1]), end: Math.max(a[1], b[1]), width };
  }
  return null;
}

/** An axis-aligned rectangle (4 corners, optionally repeating the first) in reader space, or null. */
function asRectangle(points: Point[]): { x0: number; y0: number; x1: number; y1: number } | null {
  let pts = points;
  if (pts.length === 5 && Math.abs(pts[4][0] - pts[0][0]) < 0.01 && Math.abs(pts[4][1] - pts[0][1]) < 0.01)
    pts = pts.slice(0, 4);
  if (pts.length === 2) {
    // pdf.js encodes a zero-width/height `re` as moveTo + lineTo to the far corner
    return {
      x0: Math.min(pts[0][0], pts[1][0]),
      y0: Math.min(pts[0][1], pts[1][1]),
      x1: Math.max(pts[0][0], pts[1][0]),
      y1: Math.max(pts[0][1], pts[1][1]),
    };
  }
  if (pts.length !== 4) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const eps = Math.max(0.05, (x1 - x0 + y1 - y0) * 0.005);
  // every corner must sit on the box's edges in both axes (rules out diamonds and trapezoids)
  for (const [x, y] of pts) {
    const onX = Math.abs(x - x0) < eps || Math.abs(x - x1) < eps;
    const onY = Math.abs(y - y0) < eps || Math.abs(y - y1) < eps;
    if (!onX || !onY) return null;
  }
  return { x0, y0, x1, y1 };
}

function rectToRuling(r: { x0: number; y0: number; x1: number; y1: number }): Ruling | null {
  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  if (h <= MAX_RULE_THICKNESS_PT && w >= MIN_RULING_LENGTH_PT && w > h) {
    return { orientation: 'h', pos: (r.y0 + r.y1) / 2, start: r.x0, end: r.x1, width: Math.max(h, 0.1) };
  }
  if (w <= MAX_RULE_THICKNESS_PT && h >= MIN_RULING_LENGTH_PT && h > w) {
    return { orientation: 'v', pos: (r.x0 + r.x1) / 2, start: r.y0, end: r.y1, width: Math.max(w, 0.1) };
  }
  return null;
}

function clip(r: Ruling, pageW: number, pageH: number): Ruling | null {
  const [limitPos, limitAlong] = r.orientation === 'h' ? [pageH, pageW] : [pageW, pageH];
  if (r.pos < -1 || r.pos > limitPos + 1) return null;
  const start = Math.max(0, r.start);
  const end = Math.min(limitAlong, r.end);
  if (end - start < MIN_RULING_LENGTH_PT) return null;
  return { ...r, start, end };
}

/**
 * Walks an operator list and returns its rulings in reader space. `viewportTransform` maps PDF user space to
 * reader space (pdf.js viewport at scale 1, which applies /Rotate and flips y).
 */
export function scanOperatorList(
  ops: OperatorListLike,
  viewportTransform: readonly number[],
  pageW: number,
  pageH: number,
): RulingScan {
  const rulings: Ruling[] = [];
  let imageCount = 0;
  let gs: GState = {
    ctm: [...viewportTransform] as Matrix,
    lineWidth: 1,
    strokeColor: '#000000',
    fillColor: '#000000',
    strokeAlpha: 1,
    fillAlpha: 1,
  };
  const stack: GState[] = [];
  const { fnArray, argsArray } = ops;

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    const next = applyStateOp(fn, args, gs, stack);
    if (next) {
      gs = next;
      continue;
    }
    switch (fn) {
      case OPS.setLineWidth:
        gs.lineWidth = args?.[0] as number;
        break;
      case OPS.setStrokeRGBColor:
        gs.strokeColor = String(args?.[0]);
        break;
      case OPS.setFillRGBColor:
        gs.fillColor = String(args?.[0]);
        break;
      case OPS.setFillColorN:
        gs.fillColor = 'pattern';
        break;
      case OPS.setStrokeColorN:
        gs.strokeColor = 'pattern';
        break;
      case OPS.setGState:
        for (const entry of (args?.[0] as [string, unknown][]) ?? []) {
          if (entry[0] === 'LW') gs.lineWidth = entry[1] as number;
          else if (entry[0] === 'CA') gs.strokeAlpha = entry[1] as number;
          else if (entry[0] === 'ca') gs.fillAlpha = entry[1] as number;
        }
        break;
      case OPS.constructPath: {
        const paintOp = args?.[0] as number;
        const data = args?.[1] as ArrayLike<number>[] | undefined;
        const buf = data?.[0];
        if (!buf || !buf.length) break;
        const doStroke = STROKE_OPS.has(paintOp) && !isWhite(gs.strokeColor) && gs.strokeAlpha > 0;
        const doFill = FILL_OPS.has(paintOp) && !isWhite(gs.fillColor) && gs.fillAlpha > 0;
        if (!doStroke && !doFill) break;
        const scale = meanScale(gs.ctm);
        for (const sub of parsePath(buf)) {
          if (sub.hasCurve) continue; // rounded boxes and circles are not table rules
          const pts = sub.points.map(([x, y]) => apply(gs.ctm, x, y));
          if (doStroke) {
            // a zero line width means "thinnest the device can draw"
            const w = Math.max(gs.lineWidth * scale, 0.1);
            for (let k = 1; k < pts.length; k++)
              pushClipped(rulings, segmentToRuling(pts[k - 1], pts[k], w), pageW, pageH);
            if (sub.closed && pts.length > 2)
              pushClipped(rulings, segmentToRuling(pts[pts.length - 1], pts[0], w), pageW, pageH);
          }
          if (doFill && !doStroke) {
            const rect = asRectangle(pts);
            if (rect) pushClipped(rulings, rectToRuling(rect), pageW, pageH);
          }
        }
        break;
      }
      default:
        if (IMAGE_OPS.has(fn)) imageCount++;
    }
  }
  return { rulings, imageCount };
}

function pushClipped(out: Ruling[], r: Ruling | null, pageW: number, pageH: number): void {
  if (!r) return;
  const c = clip(r, pageW, pageH);
  if (c) out.push(c);
}
