/** Writers for `renja tables`: CSV like tabula (tables separated by a blank line) and JSON with full provenance. */
import { tableToMatrix, type Table } from '../tables/model.js';
import { csvCell, type CsvOptions } from './escape.js';

function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tablesToCsv(tables: Table[], opts: CsvOptions = {}): string {
  return tables
    .map((t) =>
      tableToMatrix(t)
        .map((row) => row.map((c) => csvField(csvCell(c, opts))).join(','))
        .join('\n'),
    )
    .join('\n\n')
    .concat(tables.length ? '\n' : '');
}

export function tablesToJson(tables: Table[], doc: { file: string; pages: number }): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return JSON.stringify(
    {
      file: doc.file,
      pages: doc.pages,
      tables: tables.map((t) => ({
        id: t.id,
        method: t.method,
        pages: t.pages,
        parts: t.parts.map((p) => ({
          ...p,
          bbox: { x0: round(p.bbox.x0), y0: round(p.bbox.y0), x1: round(p.bbox.x1), y1: round(p.bbox.y1) },
        })),
        headerRows: t.headerRows,
        rowCount: t.rowCount,
        colCount: t.colCount,
        captionLines: t.captionLines,
        quality: t.quality,
        cells: t.cells.map((c) => ({
          row: c.row,
          col: c.col,
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          page: c.page,
          bbox: [round(c.bbox.x0), round(c.bbox.y0), round(c.bbox.x1), round(c.bbox.y1)],
          text: c.text,
          ...(c.continued ? { continued: true } : {}),
        })),
      })),
    },
    null,
    2,
  );
}
