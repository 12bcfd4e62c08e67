/** A grey bitmap (one byte a pixel, 0 = black, 255 = white, rows top to bottom): what the OCR stage works on. */
export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Pixels darker than this count as ink (scans have grey paper and JPEG noise; ink sits well below). */
export const INK_THRESHOLD = 160;

export function blankImage(width: number, height: number, value = 255): GreyImage {
  return { width, height, data: new Uint8Array(width * height).fill(value) };
}

/** RGBA (canvas ImageData) to grey with the usual luma weights, in integers. */
export function greyFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const a = rgba[j + 3];
    // transparent pixels are paper
    const luma = (rgba[j] * 299 + rgba[j + 1] * 587 + rgba[j + 2] * 114) / 1000;
    data[i] = Math.round((luma * a + 255 * (255 - a)) / 255);
  }
  return { width, height, data };
}

/** True when no pixel is ink: a blank page needs no OCR. */
export function isBlank(img: GreyImage, threshold = INK_THRESHOLD): boolean {
  const { data } = img;
  for (let i = 0; i < data.length; i++) if (data[i] < threshold) return false;
  return true;
}

/**
 * A page whose share of mid-tones (neither paper nor ink) reaches this is a picture (a cover photo, a drawn
 * diagram), not printed text or a table. Measured at 75 dpi on the corpus: scanned text and table pages 0.04-0.11
 * (JPEG noise and anti-aliasing around the ink), photo covers and a scanned diagram 0.36-0.54.
 */
export const PICTURE_MIDTONE_SHARE = 0.25;

/** Share of pixels between ink and paper (grey 60-200): high on photos, low on text however it was scanned. */
export function midtoneShare(img: GreyImage): number {
  const { data } = img;
  if (data.length === 0) return 0;
  let mid = 0;
  for (let i = 0; i < data.length; i++) if (data[i] >= 60 && data[i] <= 200) mid++;
  return mid / data.length;
}

export function isPicture(img: GreyImage): boolean {
  return midtoneShare(img) >= PICTURE_MIDTONE_SHARE;
}

/** Grey above this is paper or cell shading, never ink (measured on scans: ink < 120, shading 190-215, paper > 230). */
export const BACKGROUND_LEVEL = 170;

/**
 * Turns paper and cell shading white and stretches the rest: Tesseract misread header words on grey-shaded
 * cells (`Kebutuhan Dana` as `Sebaag2`) and read them right once the shading was gone.
 */
export function whitenBackground(img: GreyImage, level = BACKGROUND_LEVEL): GreyImage {
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) {
    const v = img.data[i];
    data[i] = v > level ? 255 : Math.round((v * 255) / level);
  }
  return { width: img.width, height: img.height, data };
}

/** A binary PGM (P5): the plainest image file Tesseract reads, with no encoder needed. */
export function toPgm(img: GreyImage): Uint8Array {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header, 0);
  out.set(img.data, header.length);
  return out;
}
