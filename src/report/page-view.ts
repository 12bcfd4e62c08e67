/**
 * "The page in view": for each finding, the part of the page(s) its values come from, drawn in report.html from the
 * cells the engine read (box and text), with the cited cells outlined. This module decides the crop windows and
 * gathers, once per page, only the cells inside some window, so the report stays small; the drawing itself is done
 * by the report's script when the reader opens a finding's page view.
 */
import type { Box } from '../pdf/types.js';
import type { Discrepancy, Side } from '../reconcile/types.js';
import type { Table } from '../tables/model.js';

export interface Cite {
  role: 'a' | 'b';
  box: Box;
}

/** One page of one finding's view: the window shown and the cells outlined in it. */
export interface PageCrop {
  page: number;
  window: Box;
  cites: Cite[];
}

/** Cells of a page kept for drawing: `[x0, y0, x1, y1, text]`, points from the page's top-left. */
export type CellData = [number, number, number, number, string];

/** Context shown above and below the cited cells (points): about two table rows. */
const MARGIN_Y = 34;
/** Width shown either side of a cited box that lies in no table cell (prose, captions). */
const MARGIN_X = 160;
const MAX_CELL_TEXT = 90;

const r1 = (n: number) => Math.round(n * 10) / 10;

function cites(d: Discrepancy): { page: number; cite: Cite }[] {
  const out: { page: number; cite: Cite }[] = [];
  const add = (s: Side | null, role: 'a' | 'b') => {
    if (s?.page && s.bbox) out.push({ page: s.page, cite: { role, box: s.bbox } });
  };
  add(d.a, 'a');
  add(d.b, 'b');
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A cell's box and text. */
export type PageCell = Box & { text: string };

/** Every table cell, grouped by page. */
export function cellsByPage(tables: readonly Table[]): Map<number, PageCell[]> {
  const out = new Map<number, PageCell[]>();
  for (const t of tables)
    for (const c of t.cells) {
      const list = out.get(c.page) ?? [];
      list.push({ ...c.bbox, text: c.text });
      out.set(c.page, list);
    }
  return out;
}

/** The windows of one finding: per page, the cited cells' rows with some context, across the table's width. */
export function findingCrops(d: Discrepancy, cells: Map<number, PageCell[]>): PageCrop[] {
  const byPage = new Map<number, Cite[]>();
  for (const { page, cite } of cites(d)) byPage.set(page, [...(byPage.get(page) ?? []), cite]);
  const out: PageCrop[] = [];
  for (const [page, cs] of byPage) {
    let y0 = Math.max(0, Math.min(...cs.map((c) => c.box.y0)) - MARGIN_Y);
    let y1 = Math.max(...cs.map((c) => c.box.y1)) + MARGIN_Y;
    const band = (cells.get(page) ?? []).filter((c) => c.y0 < y1 && y0 < c.y1);
    // no blank paper above or below the table
    if (band.length) {
      y0 = Math.max(y0, Math.min(...band.map((c) => c.y0), ...cs.map((c) => c.box.y0)));
      y1 = Math.min(y1, Math.max(...band.map((c) => c.y1), ...cs.map((c) => c.box.y1)));
    }
    const x0 = band.length
      ? Math.min(...band.map((c) => c.x0))
      : Math.max(0, Math.min(...cs.map((c) => c.box.x0)) - MARGIN_X);
    const x1 = band.length ? Math.max(...band.map((c) => c.x1)) : Math.max(...cs.map((c) => c.box.x1)) + MARGIN_X;
    out.push({ page, window: { x0: r1(x0), y0: r1(y0), x1: r1(x1), y1: r1(y1) }, cites: cs });
  }
  return out.sort((a, b) => a.page - b.page);
}

/** The cells to embed: per page, those inside at least one finding's window. */
export function pageCellData(crops: readonly PageCrop[], cells: Map<number, PageCell[]>): Record<number, CellData[]> {
  const windows = new Map<number, Box[]>();
  for (const c of crops) windows.set(c.page, [...(windows.get(c.page) ?? []), c.window]);
  const out: Record<number, CellData[]> = {};
  for (const [page, ws] of windows) {
    const kept = (cells.get(page) ?? []).filter((c) => ws.some((w) => overlaps(c, w)));
    out[page] = kept.map((c) => [
      r1(c.x0),
      r1(c.y0),
      r1(c.x1),
      r1(c.y1),
      c.text.length > MAX_CELL_TEXT ? `${c.text.slice(0, MAX_CELL_TEXT - 1)}…` : c.text,
    ]);
  }
  return out;
}

/** `53:x0,y0,x1,y1:a=x0,y0,x1,y1:b=…;59:…`: a finding's crops for the report's script. */
export function cropSpec(crops: readonly PageCrop[]): string {
  const box = (b: Box) => [b.x0, b.y0, b.x1, b.y1].map(r1).join(',');
  return crops
    .map((c) => [c.page, box(c.window), ...c.cites.map((x) => `${x.role}=${box(x.box)}`)].join(':'))
    .join(';');
}
