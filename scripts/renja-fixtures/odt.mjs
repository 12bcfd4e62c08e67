// Document model -> Flat ODT (.fodt), written the way a Word/LibreOffice user builds a Renja:
// portrait prose pages, landscape pages for wide tables, bordered tables with merged header
// cells, repeated header rows on some tables only, rows allowed to break across pages.
import { BRK } from './seed-parse.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cell/paragraph text with forced mid-token breaks (BRK) as <text:line-break/>. */
function inline(s) {
  return s
    .split(BRK)
    .map((part) => esc(part).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`))
    .join('<text:line-break/>');
}

function runsXml(runs) {
  return runs
    .map((r) => {
      const st = r.b && r.i ? 'Tbi' : r.b ? 'Tb' : r.i ? 'Ti' : null;
      return st ? `<text:span text:style-name="${st}">${inline(r.s)}</text:span>` : inline(r.s);
    })
    .join('');
}

/**
 * Lay rows with col/row spans on a grid. Calls emit(kind, cell, col) for each slot, kind is
 * 'cell' or 'covered'. Returns nothing; pure apart from the callback.
 */
export function walkGrid(rows, ncols, emit) {
  const occ = new Array(ncols).fill(0);
  rows.forEach((row, r) => {
    let k = 0;
    const next = () => {
      while (k < ncols && occ[k] > 0) {
        occ[k]--;
        emit(r, 'covered', null, k);
        k++;
      }
    };
    for (const c of row) {
      next();
      if (k >= ncols) throw new Error(`row ${r} overflows ${ncols} columns`);
      const cs = c.cs ?? 1;
      const rs = c.rs ?? 1;
      emit(r, 'cell', c, k);
      for (let j = 0; j < cs; j++) occ[k + j] = Math.max(occ[k + j], rs - 1);
      for (let j = 1; j < cs; j++) emit(r, 'covered', null, k + j);
      // occ for j>=1 includes this row's covered cells already emitted; they count from next row
      k += cs;
    }
    next();
    while (k < ncols) {
      emit(r, 'cell', { s: '' }, k);
      k++;
      next();
    }
    emit(r, 'end', null, ncols);
  });
}

const PAGE = {
  // F4 (folio) like most Lumajang documents: 21.5 x 33 cm
  F4: { w: 21.5, h: 33 },
  A4: { w: 21.0, h: 29.7 },
};

/**
 * Build the .fodt text.
 * opts: { paper: 'F4'|'A4', footer: string, font: string, bodyPt, marginsPortrait, marginsLandscape }
 */
export function buildFodt(blocks, opts) {
  const paper = PAGE[opts.paper];
  const font = opts.font;
  const auto = [];
  const body = [];
  let orient = 'portrait';
  let autoN = 0;
  const masterFor = (o) => (o === 'landscape' ? 'Landscape' : 'Portrait');

  /** A paragraph style that switches page style (this forces a page break, as in Word section breaks). */
  const switchStyle = (parent, o) => {
    const n = `PSW${++autoN}`;
    auto.push(
      `<style:style style:name="${n}" style:family="paragraph" style:parent-style-name="${parent}" style:master-page-name="${masterFor(o)}"><style:paragraph-properties style:page-number="auto"/></style:style>`,
    );
    return n;
  };
  const breakStyle = (parent) => {
    const n = `PBR${++autoN}`;
    auto.push(
      `<style:style style:name="${n}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties fo:break-before="page"/></style:style>`,
    );
    return n;
  };

  const STYLE_MAP = {
    body: 'Body',
    h2: 'H2',
    h3: 'H3',
    chapter: 'Chapter',
    chapterSub: 'ChapterSub',
    list1: 'List1',
    list2: 'List2',
    bullet1: 'Bullet1',
    bullet2: 'Bullet2',
    sign: 'Sign',
    toc: 'Toc',
    cover: 'Cover',
    coverSmall: 'CoverSmall',
    caption: 'Caption',
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const want = b.t === 'table' ? b.orientation : (b.orientation ?? 'portrait');
    if (b.t === 'p') {
      let st = STYLE_MAP[b.style] ?? 'Body';
      if (want !== orient) {
        st = switchStyle(st, want);
        orient = want;
      } else if (b.breakBefore) st = breakStyle(st);
      const bullet = b.style.startsWith('bullet') ? '•<text:tab/>' : '';
      const tab = b.style === 'toc' ? `<text:tab/>${esc(b.page ?? '')}` : '';
      body.push(`<text:p text:style-name="${st}">${bullet}${runsXml(b.runs)}${tab}</text:p>`);
      continue;
    }
    if (b.t === 'pagebreak') {
      body.push(`<text:p text:style-name="${breakStyle('Body')}"/>`);
      continue;
    }
    // ---- table
    b.caption.forEach((line, ci) => {
      let st = 'Caption';
      if (ci === 0 && want !== orient) {
        st = switchStyle('Caption', want);
        orient = want;
      } else if (ci === 0 && b.breakBefore) st = breakStyle('Caption');
      body.push(`<text:p text:style-name="${st}">${inline(line)}</text:p>`);
    });
    body.push(tableXml(b, auto, font));
    // a blank paragraph after a table, as Writer always keeps one
    body.push(`<text:p text:style-name="AfterTable"/>`);
  }

  const mp = opts.marginsPortrait; // [top, right, bottom, left] cm
  const ml = opts.marginsLandscape;
  const pageLayout = (name, w, h, m, o) =>
    `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${w}cm" fo:page-height="${h}cm" style:print-orientation="${o}" fo:margin-top="${m[0]}cm" fo:margin-right="${m[1]}cm" fo:margin-bottom="${m[2]}cm" fo:margin-left="${m[3]}cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>`;

  const footer = `<style:footer><text:p text:style-name="Footer">${esc(opts.footer)}<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>`;

  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(opts.title)}</dc:title><meta:generator>renja-audit scripts/make-renja-fixtures.mjs</meta:generator><meta:creation-date>2023-06-15T09:00:00</meta:creation-date><dc:date>2023-06-15T09:00:00</dc:date></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/><style:text-properties style:font-name="${font}" fo:font-size="${opts.bodyPt}pt" fo:language="id" fo:country="ID" fo:hyphenate="false"/></style:default-style>
<style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="135%" fo:margin-bottom="0.2cm" fo:text-indent="1.0cm"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.15cm" fo:margin-left="0.5cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Chapter" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${opts.bodyPt + 2}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="ChapterSub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${opts.bodyPt + 1}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="List1" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1.0cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm" fo:line-height="125%"/></style:style>
<style:style style:name="List2" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.1cm" fo:line-height="125%"/></style:style>
<style:style style:name="Bullet1" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1.0cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Bullet2" style:family="paragraph" style:parent-style-name="Bullet1"><style:paragraph-properties fo:margin-left="1.6cm"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="8.5cm"/></style:style>
<style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"><style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CoverSmall" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm"/><style:text-properties fo:font-size="${opts.bodyPt + 1}pt"/></style:style>
<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:keep-with-next="always" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="AfterTable" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="4pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:border-top="0.5pt solid #000000" fo:padding-top="0.05cm"><style:tab-stops><style:tab-stop style:position="30cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Tbi" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
${pageLayout('pmP', paper.w, paper.h, mp, 'portrait')}
${pageLayout('pmL', paper.h, paper.w, ml, 'landscape')}
${auto.join('\n')}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pmP">${footer}</style:master-page>
<style:master-page style:name="Portrait" style:page-layout-name="pmP">${footer}</style:master-page>
<style:master-page style:name="Landscape" style:page-layout-name="pmL">${footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

/** One bordered table. Styles go to `auto`. */
function tableXml(t, auto, font) {
  const id = t.id.replace(/[^A-Za-z0-9]/g, '');
  const ncols = t.widths.length;
  const total = t.widths.reduce((a, b) => a + b, 0);
  const fs = t.fontPt;
  auto.push(
    `<style:style style:name="${id}" style:family="table"><style:table-properties style:width="${total.toFixed(2)}cm" table:align="center" style:may-break-between-rows="true" fo:margin-top="0.1cm"/></style:style>`,
  );
  t.widths.forEach((w, k) =>
    auto.push(
      `<style:style style:name="${id}.C${k}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`,
    ),
  );
  const border = 'fo:border="0.5pt solid #000000"';
  auto.push(
    `<style:style style:name="${id}.H" style:family="table-cell"><style:table-cell-properties ${border} fo:padding="0.06cm" style:vertical-align="middle" fo:background-color="${t.headerShade ?? '#d9d9d9'}"/></style:style>`,
  );
  auto.push(
    `<style:style style:name="${id}.N" style:family="table-cell"><style:table-cell-properties ${border} fo:padding="0.03cm" style:vertical-align="middle" fo:background-color="${t.numberShade ?? '#f2f2f2'}"/></style:style>`,
  );
  auto.push(
    `<style:style style:name="${id}.D" style:family="table-cell"><style:table-cell-properties ${border} fo:padding="0.06cm" style:vertical-align="top"/></style:style>`,
  );
  auto.push(
    `<style:style style:name="${id}.M" style:family="table-cell"><style:table-cell-properties ${border} fo:padding="0.06cm" style:vertical-align="middle"/></style:style>`,
  );
  auto.push(
    `<style:style style:name="${id}.T" style:family="table-cell"><style:table-cell-properties ${border} fo:padding="0.06cm" style:vertical-align="middle" fo:background-color="#eeeeee"/></style:style>`,
  );
  auto.push(
    `<style:style style:name="${id}.RK" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`,
  );
  auto.push(
    `<style:style style:name="${id}.RB" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>`,
  );
  for (const a of ['l', 'c', 'r']) {
    const al = { l: 'start', c: 'center', r: 'end' }[a];
    // automatic styles cannot inherit from each other, so every variant carries all properties
    const pp = `<style:paragraph-properties fo:text-align="${al}" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="112%"/>`;
    auto.push(
      `<style:style style:name="${id}.P${a}" style:family="paragraph">${pp}<style:text-properties fo:font-size="${fs}pt"/></style:style>`,
    );
    auto.push(
      `<style:style style:name="${id}.P${a}i" style:family="paragraph">${pp}<style:text-properties fo:font-size="${fs}pt" fo:font-style="italic"/></style:style>`,
    );
    auto.push(
      `<style:style style:name="${id}.P${a}b" style:family="paragraph">${pp}<style:text-properties fo:font-size="${fs}pt" fo:font-weight="bold"/></style:style>`,
    );
  }
  const out = [`<table:table table:name="${id}" table:style-name="${id}">`];
  t.widths.forEach((_, k) => out.push(`<table:table-column table:style-name="${id}.C${k}"/>`));

  const rowsXml = (rows, kindOf) => {
    const lines = [];
    let cur = [];
    walkGrid(rows, ncols, (r, kind, c, k) => {
      if (kind === 'end') {
        const rk = kindOf(r);
        lines.push(
          `<table:table-row table:style-name="${id}.${rk.keep ? 'RK' : 'RB'}">${cur.join('')}</table:table-row>`,
        );
        cur = [];
        return;
      }
      if (kind === 'covered') {
        cur.push('<table:covered-table-cell/>');
        return;
      }
      const rk = kindOf(r);
      const span = `${c.cs > 1 ? ` table:number-columns-spanned="${c.cs}"` : ''}${c.rs > 1 ? ` table:number-rows-spanned="${c.rs}"` : ''}`;
      let align = rk.header || rk.number ? 'c' : (c.a ?? t.align[k] ?? 'l');
      if (rk.role === 'total' && k === 0) align = 'c';
      if (rk.role === 'section') align = 'l';
      const weight = rk.header || rk.role === 'total' || c.b ? 'b' : c.i || rk.italic ? 'i' : '';
      const cellStyle = rk.number
        ? 'N'
        : rk.header
          ? 'H'
          : rk.role === 'total'
            ? 'T'
            : t.middleCols?.includes(k)
              ? 'M'
              : 'D';
      const paras = (c.s ?? '')
        .split('\n')
        .map((line) => `<text:p text:style-name="${id}.P${align}${weight}">${inline(line)}</text:p>`);
      cur.push(
        `<table:table-cell table:style-name="${id}.${cellStyle}"${span} office:value-type="string">${paras.join('')}</table:table-cell>`,
      );
    });
    return lines.join('\n');
  };

  const hdr = rowsXml(t.header, (r) => ({ header: r !== t.numberRow, number: r === t.numberRow, keep: true }));
  if (t.repeatHeader) out.push(`<table:table-header-rows>\n${hdr}\n</table:table-header-rows>`);
  else out.push(hdr);
  out.push(
    rowsXml(
      t.rows.map((r) => r.cells),
      (r) => ({ role: t.rows[r].role, italic: t.rows[r].italic, keep: false }),
    ),
  );
  out.push('</table:table>');
  return out.join('\n');
}
