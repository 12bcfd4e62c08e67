/**
 * A Renja published as several files read as one document: each file's tables are extracted on their own (their
 * page model, stitching and continuation logic unchanged), then their pages are shifted by the pages of the files
 * before them so every page number is unique in the one logical document (src/renja/parts.ts maps them back).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DocumentInfo } from '../pdf/types.js';
import { layParts } from '../renja/parts.js';
import type { DocumentPart } from '../renja/schema.js';
import type { ExtractResult } from '../tables/extract.js';
import type { Table } from '../tables/model.js';

/** A table moved `offset` pages on and renamed (table ids stay unique across the parts). */
export function shiftTable(t: Table, offset: number, id: string): Table {
  return {
    ...t,
    id,
    pages: t.pages.map((p) => p + offset),
    parts: t.parts.map((p) => ({ ...p, page: p.page + offset })),
    cells: t.cells.map((c) => ({ ...c, page: c.page + offset })),
  };
}

export interface CombinedParts {
  parts: DocumentPart[];
  info: DocumentInfo;
  tables: Table[];
  pageTexts: ExtractResult['pageTexts'];
  pages: ExtractResult['pages'];
  limits: ExtractResult['limits'];
}

/**
 * Content identity of a document made of several files: sha256 over each part's base name and content hash, in
 * order, so renaming, reordering, adding or changing a part changes it.
 */
export function combinedHash(parts: { file: string; sha256: string }[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${path.basename(p.file)}\0${p.sha256}\n`);
  return h.digest('hex');
}

/** The parts' extraction results, in the given order, as one document's. */
export function combineParts(results: { file: string; result: ExtractResult; noTextLayer?: string }[]): CombinedParts {
  const parts = layParts(results.map((r) => ({ file: path.basename(r.file), pages: r.result.info.pages })));
  results.forEach((r, i) => {
    if (r.noTextLayer) parts[i].noTextLayer = true;
  });
  const tables: Table[] = [];
  const pageTexts: ExtractResult['pageTexts'] = [];
  const pages: ExtractResult['pages'] = [];
  const limits: ExtractResult['limits'] = [];
  results.forEach(({ result }, i) => {
    const offset = parts[i].firstPage - 1;
    for (const t of result.tables) tables.push(shiftTable(t, offset, `t${tables.length + 1}`));
    for (const p of result.pageTexts) pageTexts.push({ ...p, page: p.page + offset });
    for (const p of result.pages) pages.push({ ...p, page: p.page + offset });
    for (const l of result.limits ?? []) limits.push({ ...l, page: l.page + offset });
  });
  const infos = results.map((r) => r.result.info);
  const info: DocumentInfo = {
    // base names only: reports never show where the inputs were read from
    path: infos.map((x) => path.basename(x.path)).join(' + '),
    pages: infos.reduce((n, x) => n + x.pages, 0),
    producer: infos.find((x) => x.producer)?.producer ?? null,
    creator: infos.find((x) => x.creator)?.creator ?? null,
    title: infos.find((x) => x.title)?.title ?? null,
    sha256: combinedHash(infos.map((x) => ({ file: x.path, sha256: x.sha256 }))),
  };
  return { parts, info, tables, pageTexts, pages, limits };
}
