import fs from 'node:fs';
const { pdfjs } = await import('/work/wt-ocr/dist/pdf/pdfjs.js');
const { renderGrey } = await import('/work/wt-ocr/dist/pdf/ocr/render.js');
const { estimateSkew, rotate } = await import('/work/wt-ocr/dist/pdf/ocr/deskew.js');
const { detectLines, eraseLines } = await import('/work/wt-ocr/dist/pdf/ocr/lines.js');
const { toPgm } = await import('/work/wt-ocr/dist/pdf/ocr/bitmap.js');
const T = (await import('tesseract.js')).default;
const exp = JSON.parse(fs.readFileSync('fixtures/scan/renja-pasirian-scan.expected.json', 'utf8'));
const doc = await pdfjs.getDocument({
  data: new Uint8Array(fs.readFileSync('fixtures/scan/renja-pasirian-scan.pdf')),
  verbosity: 0,
}).promise;
const [psm, dpi, erase, flat, only] = process.argv.slice(2);
const w = await T.createWorker('ind', 1, {
  langPath: 'node_modules/@tesseract.js-data/ind/4.0.0_best_int',
  cacheMethod: 'none',
});
await w.setParameters({ tessedit_pageseg_mode: psm, preserve_interword_spaces: '1', user_defined_dpi: dpi });
let ok = 0,
  all = 0;
const t0 = Date.now();
for (const p of exp.pages.filter((p) => !only || p.page === +only)) {
  const img = await renderGrey(await doc.getPage(p.page), +dpi);
  const st = rotate(img, -estimateSkew(img));
  const lines = detectLines(st, {
    minLength: Math.round(+dpi * 0.25),
    maxGap: Math.round(+dpi * 0.05),
    maxThickness: Math.max(3, Math.round(+dpi * 0.03)),
  });
  const clean = erase === '1' ? eraseLines(st, lines) : st;
  if (flat === '1')
    for (let i = 0; i < clean.data.length; i++) {
      const v = clean.data[i];
      clean.data[i] = v > 170 ? 255 : Math.round((v * 255) / 170);
    }
  const r = await w.recognize(Buffer.from(toPgm(clean)), {}, { text: true });
  if (only) fs.writeFileSync('/tmp/ocr/exp-text.txt', r.data.text);
  const toks = r.data.text.split(/\s+/);
  const bag = new Map();
  for (const t of toks) bag.set(t, (bag.get(t) ?? 0) + 1);
  for (const m of p.money) {
    all++;
    if (bag.get(m) > 0) {
      ok++;
      bag.set(m, bag.get(m) - 1);
    } else console.log('  miss', p.page, m);
  }
  console.log(
    p.page,
    'Kebutuhan',
    /Kebutuhan/.test(r.data.text),
    '100%',
    (r.data.text.match(/100%/g) || []).length,
    '7.1.1',
    /7\.1\.1/.test(r.data.text),
    'Kebutuhan Dana x',
    (r.data.text.match(/Kebutuhan/g) || []).length,
  );
}
console.log(`psm ${psm} dpi ${dpi} erase ${erase}: money ${ok}/${all}  ${((Date.now() - t0) / 1000).toFixed(1)} s`);
await w.terminate();
