/** Renders a pdf.js page to a grey bitmap with @napi-rs/canvas (the canvas pdf.js itself uses in Node). */
import { createCanvas } from '@napi-rs/canvas';
import { greyFromRgba, type GreyImage } from './bitmap.js';

import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type RenderablePage = Pick<PDFPageProxy, 'getViewport' | 'render' | 'cleanup'>;
type RenderParameters = Parameters<PDFPageProxy['render']>[0];

export async function renderGrey(page: RenderablePage, dpi: number): Promise<GreyImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // @napi-rs/canvas implements the 2D context pdf.js draws on; its types are its own, hence the cast
  await page.render({ canvasContext: ctx, viewport, canvas } as unknown as RenderParameters).promise;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  return greyFromRgba(rgba, width, height);
}
