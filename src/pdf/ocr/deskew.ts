/**
 * Deskew: an office scanner feeds pages a degree or two askew. The angle is the one at which the ink's
 * horizontal projection is sharpest (text lines and table rules then fall into few rows); the page is rotated
 * back by it before rulings are found and words are read. Pure functions over grey buffers.
 */
import { INK_THRESHOLD, type GreyImage } from './bitmap.js';

export interface SkewOptions {
  /** Largest skew looked for, in degrees either way. */
  maxDegrees?: number;
  /** Resolution of the search, in degrees. */
  stepDegrees?: number;
}

/** Ink pixels on a coarse grid (every `stride`-th pixel each way): plenty for the projection and fast. */
function inkPoints(img: GreyImage, stride: number): { xs: Float64Array; ys: Float64Array; n: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += stride) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x += stride) {
      if (img.data[row + x] < INK_THRESHOLD) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys), n: xs.length };
}

function profileScore(
  xs: Float64Array,
  ys: Float64Array,
  n: number,
  degrees: number,
  height: number,
  width: number,
  bin: number,
): number {
  const t = Math.tan((degrees * Math.PI) / 180);
  const offset = Math.abs(t) * width + 1;
  const bins = new Float64Array(Math.ceil((height + 2 * offset) / bin) + 1);
  for (let i = 0; i < n; i++) bins[Math.floor((ys[i] - xs[i] * t + offset) / bin)]++;
  let score = 0;
  for (let i = 0; i < bins.length; i++) score += bins[i] * bins[i];
  return score;
}

/**
 * The page's skew in degrees: positive when the content is rotated clockwise on the bitmap (its lines go down
 * to the right, y growing downwards). `rotate(img, -skew)` straightens it.
 */
export function estimateSkew(img: GreyImage, opts: SkewOptions = {}): number {
  const max = opts.maxDegrees ?? 3;
  const step = opts.stepDegrees ?? 0.05;
  const stride = Math.max(1, Math.round(Math.min(img.width, img.height) / 800));
  const { xs, ys, n } = inkPoints(img, stride);
  if (n < 100) return 0;
  const bin = stride;
  const search = (from: number, to: number, by: number): number => {
    let best = 0;
    let bestScore = -1;
    for (let a = from; a <= to + 1e-9; a += by) {
      const s = profileScore(xs, ys, n, a, img.height, img.width, bin);
      if (s > bestScore) {
        bestScore = s;
        best = a;
      }
    }
    return best;
  };
  const coarse = search(-max, max, 0.25);
  const fine = search(coarse - 0.25, coarse + 0.25, step);
  // round to the search step so that equal inputs give equal angles in every run
  const rounded = Number((Math.round(fine / step) * step).toFixed(2));
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rotates the image by `degrees` about its centre (positive turns the content clockwise on screen), bilinear,
 * same size, paper-white where nothing maps.
 */
export function rotate(img: GreyImage, degrees: number): GreyImage {
  if (degrees === 0) return img;
  const { width, height, data } = img;
  const out = new Uint8Array(width * height);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // inverse mapping: where in the source this output pixel comes from
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      let v = 255;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
        const fx = sx - x0;
        const fy = sy - y0;
        const i = y0 * width + x0;
        const top = data[i] + (data[i + 1] - data[i]) * fx;
        const bottom = data[i + width] + (data[i + width + 1] - data[i + width]) * fx;
        v = top + (bottom - top) * fy;
      }
      out[y * width + x] = Math.round(v);
    }
  }
  return { width, height, data: out };
}
