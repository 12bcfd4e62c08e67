#!/usr/bin/env node
/**
 * fixtures/scan/photo-cover.pdf: a document whose first page is a cover photo (an image, no text layer) followed by
 * a born-digital table page (page 1 of fixtures/engine/wrapped-code-cell.pdf). OCR in auto mode must name the
 * photo page and not read it; the table page reads as usual. The "photo" is drawn here: soft gradients, discs
 * and noise from a seeded generator, so the file is the same on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { rng } from './renja-fixtures/rng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'fixtures/scan');

function photoPng() {
  const [w, h] = [496, 702];
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  const sky = ctx.createLinearGradient(0, 0, 0, h);
  sky.addColorStop(0, '#2f6fb0');
  sky.addColorStop(0.55, '#9cc3e6');
  sky.addColorStop(1, '#4a7a3a');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, w, h);
  const rand = rng(20240101);
  for (let i = 0; i < 40; i++) {
    const g = Math.round(60 + rand() * 120);
    ctx.fillStyle = `rgba(${g}, ${Math.round(g * 0.9)}, ${Math.round(g * 0.7)}, 0.6)`;
    ctx.beginPath();
    ctx.arc(rand() * w, h * 0.4 + rand() * h * 0.6, 10 + rand() * 60, 0, 2 * Math.PI);
    ctx.fill();
  }
  const img = ctx.getImageData(0, 0, w, h);
  for (let i = 0; i < img.data.length; i += 4) {
    const n = Math.round((rand() - 0.5) * 30);
    for (let c = 0; c < 3; c++) img.data[i + c] = Math.max(0, Math.min(255, img.data[i + c] + n));
  }
  ctx.putImageData(img, 0, 0);
  return canvas.toBuffer('image/png');
}

const doc = await PDFDocument.create();
const cover = doc.addPage([595.28, 841.89]);
cover.drawImage(await doc.embedPng(photoPng()), { x: 0, y: 0, width: 595.28, height: 841.89 });
const tablePdf = await PDFDocument.load(readFileSync(path.join(ROOT, 'fixtures/engine/wrapped-code-cell.pdf')));
const [tablePage] = await doc.copyPages(tablePdf, [0]);
doc.addPage(tablePage);
doc.setProducer('renja-audit fixtures');
doc.setCreationDate(new Date('2024-01-01T00:00:00Z'));
doc.setModificationDate(new Date('2024-01-01T00:00:00Z'));
writeFileSync(path.join(OUT, 'photo-cover.pdf'), await doc.save({ useObjectStreams: false }));
writeFileSync(
  path.join(OUT, 'photo-cover.expected.json'),
  JSON.stringify({ pictures: [1], textPages: [2], tablePageFrom: 'fixtures/engine/wrapped-code-cell.pdf#1' }, null, 2) +
    '\n',
);
console.log('fixtures/scan/photo-cover.pdf written');
