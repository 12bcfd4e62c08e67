import fs from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
const { pdfjs } = await import('/work/wt-ocr/dist/pdf/pdfjs.js');
const { renderGrey } = await import('/work/wt-ocr/dist/pdf/ocr/render.js');
const { estimateSkew, rotate } = await import('/work/wt-ocr/dist/pdf/ocr/deskew.js');
const { detectLines, eraseLines } = await import('/work/wt-ocr/dist/pdf/ocr/lines.js');
const doc = await pdfjs.getDocument({
  data: new Uint8Array(fs.readFileSync('fixtures/scan/renja-pasirian-scan.pdf')),
  verbosity: 0,
}).promise;
const img = await renderGrey(await doc.getPage(1), 300);
const st = rotate(img, -estimateSkew(img));
const cl = eraseLines(st, detectLines(st, { minLength: 75, maxGap: 15, maxThickness: 9 }));
const [x0, y0, w, h] = process.argv.slice(2).map(Number);
const c = createCanvas(w, h);
const ctx = c.getContext('2d');
const id = ctx.createImageData(w, h);
for (let y = 0; y < h; y++)
  for (let x = 0; x < w; x++) {
    const v = cl.data[(y0 + y) * cl.width + x0 + x];
    const i = 4 * (y * w + x);
    id.data[i] = id.data[i + 1] = id.data[i + 2] = v;
    id.data[i + 3] = 255;
  }
ctx.putImageData(id, 0, 0);
fs.writeFileSync('/tmp/ocr/crop.png', c.toBuffer('image/png'));
console.log(cl.width, cl.height);
