/**
 * A debug view of one page, as pdfplumber's: the page's rulings, text runs and the cells the engine found, drawn
 * as SVG in reader space. Open it in a browser next to the PDF to see at once why a grid came out wrong.
 */
import type { PageData } from '../pdf/types.js';
import type { Table } from '../tables/model.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r2 = (n: number) => Math.round(n * 100) / 100;

export function pageDebugSvg(page: PageData, tables: Table[]): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(page.width)}" height="${r2(page.height)}" viewBox="0 0 ${r2(page.width)} ${r2(page.height)}" font-family="sans-serif">`,
    `<title>page ${page.pageNumber}: ${page.textRuns.length} text runs, ${page.rulings.length} rulings</title>`,
    `<rect x="0" y="0" width="${r2(page.width)}" height="${r2(page.height)}" fill="#fff" stroke="#999"/>`,
  );
  // cells first (underneath), one colour per table
  const colours = ['#1f77b4', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b'];
  tables.forEach((t, ti) => {
    const colour = colours[ti % colours.length];
    for (const c of t.cells.filter((x) => x.page === page.pageNumber)) {
      const { x0, y0, x1, y1 } = c.bbox;
      out.push(
        `<rect x="${r2(x0)}" y="${r2(y0)}" width="${r2(x1 - x0)}" height="${r2(y1 - y0)}" fill="${colour}" fill-opacity="${c.row < t.headerRows ? 0.12 : 0.04}" stroke="${colour}" stroke-width="0.6"><title>${esc(`${t.id} r${c.row} c${c.col}${c.rowSpan > 1 || c.colSpan > 1 ? ` span ${c.rowSpan}x${c.colSpan}` : ''}: ${c.text}`)}</title></rect>`,
      );
    }
    const part = t.parts.find((p) => p.page === page.pageNumber);
    if (part)
      out.push(
        `<text x="${r2(part.bbox.x0)}" y="${r2(part.bbox.y0 - 2)}" font-size="7" fill="${colour}">${esc(`${t.id} (${t.method}, ${t.rowCount}x${t.colCount}, header ${t.headerRows})`)}</text>`,
      );
  });
  for (const r of page.rulings) {
    const [x1, y1, x2, y2] = r.orientation === 'h' ? [r.start, r.pos, r.end, r.pos] : [r.pos, r.start, r.pos, r.end];
    out.push(
      `<line x1="${r2(x1)}" y1="${r2(y1)}" x2="${r2(x2)}" y2="${r2(y2)}" stroke="#d62728" stroke-width="${r2(Math.max(0.3, r.width))}"/>`,
    );
  }
  for (const t of page.textRuns) {
    out.push(
      `<rect x="${r2(t.x0)}" y="${r2(t.y0)}" width="${r2(t.x1 - t.x0)}" height="${r2(t.y1 - t.y0)}" fill="none" stroke="#bbb" stroke-width="0.2"/>`,
      t.direction === 0
        ? `<text x="${r2(t.x0)}" y="${r2(t.y1 - (t.y1 - t.y0) * 0.2)}" font-size="${r2(t.fontSize * 0.9)}" fill="#333">${esc(t.text)}</text>`
        : '',
    );
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n') + '\n';
}
