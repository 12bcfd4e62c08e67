// Model tables -> an HTML page like a SIPD web export, printed by headless Chromium:
// landscape @page, CSS borders (Chromium paints them as filled rectangles), thead repeated.
import { walkGrid } from './odt.mjs';
import { cellText } from './seed-parse.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rowsHtml(rows, ncols, tag, align, rowInfo) {
  const out = [];
  let cur = [];
  walkGrid(rows, ncols, (r, kind, c, k) => {
    if (kind === 'end') {
      const info = rowInfo(r);
      out.push(`<tr${info.cls ? ` class="${info.cls}"` : ''}>${cur.join('')}</tr>`);
      cur = [];
      return;
    }
    if (kind === 'covered') return;
    const info = rowInfo(r);
    const a = tag === 'th' ? 'c' : info.role === 'total' && k === 0 ? 'c' : (c.a ?? align[k] ?? 'l');
    const attrs = `${c.cs > 1 ? ` colspan="${c.cs}"` : ''}${c.rs > 1 ? ` rowspan="${c.rs}"` : ''} class="${a}${c.i ? ' i' : ''}"`;
    cur.push(`<${tag}${attrs}>${esc(cellText(c))}</${tag}>`);
  });
  return out.join('\n');
}

export function buildHtml(tables, opts) {
  const parts = tables.map((t) => {
    const n = t.widths.length;
    const total = t.widths.reduce((a, b) => a + b, 0);
    const cols = t.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('');
    const head = rowsHtml(t.header, n, 'th', t.align, (r) => ({ cls: r === t.numberRow ? 'num' : '' }));
    const body = rowsHtml(
      t.rows.map((r) => r.cells),
      n,
      'td',
      t.align,
      (r) => ({
        role: t.rows[r].role,
        cls: t.rows[r].role === 'total' ? 'tot' : t.rows[r].role === 'aktivitas' ? 'akt' : '',
      }),
    );
    return `<section>
<div class="cap">${t.caption.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
<table class="${t.id}"><colgroup>${cols}</colgroup>
<thead>
${head}
</thead>
<tbody>
${body}
</tbody></table></section>`;
  });
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(opts.title)}</title>
<style>
@page { size: A4 landscape; margin: 10mm 8mm 12mm 8mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 7.5pt; color: #000; margin: 0; }
.top { display: flex; justify-content: space-between; border-bottom: 2px solid #1f4e79; padding-bottom: 3px; margin-bottom: 6px; }
.top b { color: #1f4e79; font-size: 10pt; }
section { break-before: page; }
section:first-of-type { break-before: auto; }
.cap { text-align: center; font-weight: bold; font-size: 9pt; margin: 4px 0 6px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
thead { display: table-header-group; }
th, td { border: 0.75pt solid #000; padding: 2px 3px; vertical-align: top; word-wrap: break-word; }
th { background: #dce6f1; vertical-align: middle; font-weight: bold; }
tr.num th { background: #f2f2f2; font-weight: normal; font-size: 6.5pt; }
tr { break-inside: auto; }
tr.tot td { font-weight: bold; background: #f2f2f2; }
tr.akt td { color: #222; }
.r { text-align: right; } .c { text-align: center; } .l { text-align: left; } .i { font-style: italic; }
table.TC33 td:first-child, table.TC31 td:first-child, table.T41 td:first-child { white-space: nowrap; }
</style></head><body>
<div class="top"><div><b>SIPD</b> &middot; Sistem Informasi Pemerintahan Daerah</div><div>Pemerintah Kabupaten Lumajang &middot; Kecamatan Pasirian &middot; Renja Tahun 2024</div></div>
${parts.join('\n')}
</body></html>
`;
}
