/**
 * report.html: one self-contained page (inline CSS and script, no external assets) a person can open from disk or
 * mail, in the reader's language: summary, table totals side by side, counts per rule and severity, a filter bar,
 * then every finding grouped by rule with both values, where they stand in the PDF, the explanation tree and the
 * page in view. All text from the document is escaped.
 */
import { Decimal } from 'decimal.js';
import { RuleIdSchema, SeveritySchema, type Discrepancy, type ExplanationNode, type Side } from '../reconcile/types.js';
import type { TableTotal } from '../reconcile/totals.js';
import type { DocumentPart, TableId } from '../renja/schema.js';
import { documentParts, pageRanges, pageRef } from '../renja/parts.js';
import {
  catalogue,
  DEFAULT_LOCALE,
  findingText,
  formatDateTime,
  renderMessage,
  ui,
  type Catalogue,
} from '../i18n/index.js';
import { levelWords } from '../i18n/helpers.js';
import { displayValue, formatRupiah } from './format.js';
import { REPORT_CSP, REPORT_CSS, REPORT_JS } from './html-assets.js';

export { REPORT_CSP };
import { countFindings, tableSummaries, type ReportInput } from './model.js';
import { cellsByPage, cropSpec, findingCrops, pageCellData, type PageCrop } from './page-view.js';
import { textDiff, type DiffRun } from './text-diff.js';
import { groupCauses, type Cause, type CauseAnalysis } from '../reconcile/causes.js';
import { causeTitle } from './cause-text.js';

/** Control characters a file name or cell may smuggle in, shown as `\x1b` rather than written raw. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeHtml(s: string): string {
  return s
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
const e = escapeHtml;

/** JSON inside a <script> block: `<` escaped so no text from the document can close the block. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

interface Ctx {
  c: Catalogue;
  input: ReportInput;
  /** Folio printed on a PDF page, where the page prints one. */
  printed: Record<string, string>;
  /** The files the document came as (src/renja/parts.ts): several, and every page names its file. */
  parts: DocumentPart[];
  /** Program code -> program name, for the program filter. */
  programs: Map<string, string>;
  /** Each finding's page view. */
  crops: Map<Discrepancy, PageCrop[]>;
}

function badge(c: Catalogue, sev: Discrepancy['severity']): string {
  return `<span class="badge ${e(sev)}">${e(c.severity[sev])}</span>`;
}

/** `hlm. 53 (tercetak 51)`: the PDF page, and the folio printed on it when it differs. */
function pageText(x: Ctx, page: number): string {
  const p = x.printed[String(page)];
  const at = filePage(x, page);
  return `${at.file}${p && p !== String(at.page) ? ui(x.c, 'pagePrinted', { n: at.page, p }) : ui(x.c, 'pageShort', { n: at.page })}`;
}

/** A logical page as the reader finds it: `bab3.pdf ` and the page within that file for a document of several files. */
function filePage(x: Ctx, page: number): { file: string; page: number } {
  if (x.parts.length <= 1) return { file: '', page };
  const r = pageRef(x.parts, page);
  return { file: `${r.file} `, page: r.page };
}

function where(x: Ctx, table: TableId, page: number | null): string {
  return `${e(x.c.table[table])}${page !== null ? ` · ${e(pageText(x, page))}` : ''}`;
}

function runsHtml(runs: DiffRun[]): string {
  return runs.map((r) => (r.changed ? `<mark>${e(r.text)}</mark>` : e(r.text))).join('');
}

/** A side's value; text that differs from the other side's text has its differing characters marked. */
function valueHtml(c: Catalogue, s: Side, other: Side | null, which: 'a' | 'b'): string {
  if (s.value === null) return `<span class="empty" title="${e(ui(c, 'blank'))}">—</span>`;
  if (typeof s.value === 'string' && typeof other?.value === 'string') {
    const d = textDiff(which === 'a' ? s.value : other.value, which === 'a' ? other.value : s.value);
    return runsHtml(which === 'a' ? d.a : d.b);
  }
  return e(displayValue(s.value));
}

/** A value with no cell of its own: a sum the tool computed (it has a value), or the row a table lacks (none). */
const computed = (s: Side) => s.page === null && s.bbox === null;

function sideCell(x: Ctx, d: Discrepancy, which: 'a' | 'b'): string {
  const { c } = x;
  const s = which === 'a' ? d.a : d.b;
  const other = which === 'a' ? d.b : d.a;
  if (!s) return '<td></td>';
  const cls = s.value instanceof Decimal ? 'val' : 'txt';
  let value = valueHtml(c, s, other, which);
  let src = where(x, s.table, s.page);
  if (computed(s) && s.value === null && d.rule === 'missing-row')
    value = `<span class="empty">${e(ui(c, 'absent'))}</span>`;
  else if (computed(s) && s.value instanceof Decimal) src += ` · ${e(ui(c, 'computed'))}`;
  return `<td><div class="${cls}">${value}</div><div class="src">${src}</div></td>`;
}

function signed(d: Decimal): string {
  const s = formatRupiah(d.abs());
  return d.isZero() ? s : d.isNegative() ? `−${s}` : `+${s}`;
}

function diffCell(d: Decimal | null): string {
  if (!d) return '<td class="num"></td>';
  return `<td class="num ${d.isNegative() ? 'neg' : d.isZero() ? '' : 'pos'}"><span class="val">${e(signed(d))}</span></td>`;
}

function money(c: Catalogue, s: string | null): string {
  return s === null ? ui(c, 'absent') : formatRupiah(new Decimal(s));
}

function treeNode(x: Ctx, n: ExplanationNode): string {
  const { c } = x;
  const diff =
    n.difference === null
      ? ''
      : ` <b class="${n.difference.startsWith('-') ? 'neg' : 'pos'}">${e(signed(new Decimal(n.difference)))}</b>`;
  const head = n.code ? `<span class="code">${e(n.code)}</span>` : '';
  const level = n.level === 'total' ? ui(c, 'total') : levelWords(n.level);
  const lvl = `<span class="lvl">${e(level)}</span>`;
  const vals = `<span class="val">${e(money(c, n.valueA))} → ${e(money(c, n.valueB))}</span>`;
  const kids = n.children.length ? `<ul>${n.children.map((k) => treeNode(x, k)).join('')}</ul>` : '';
  const full = n.noteMsg?.key === 'note-covered' && n.noteMsg.params.full ? ' full' : '';
  const note = n.noteMsg ? renderMessage(n.noteMsg, c.lang) : n.note;
  const name = n.level === 'total' ? '' : `${e(n.name)} · `;
  return `<li>${head}${lvl}${name}${vals}${diff}<div class="note${full}">${e(note)}</div>${kids}</li>`;
}

const nodeCount = (n: ExplanationNode): number => 1 + n.children.reduce((k, c) => k + nodeCount(c), 0);

/** Trees of a few rows are shown open; longer ones fold, so one total does not fill the screen. */
const OPEN_TREE_NODES = 6;

function explanationRow(x: Ctx, d: Discrepancy): string {
  if (!d.explanation || !d.b) return '';
  const title = ui(x.c, 'explanation', { a: x.c.table[d.a.table], b: x.c.table[d.b.table] });
  const n = nodeCount(d.explanation);
  const open = n <= OPEN_TREE_NODES ? ' open' : '';
  return (
    `<tr class="sub"><td colspan="7"><details class="tree"${open}><summary>${e(title)} (${e(ui(x.c, 'rows', { n }))})</summary>` +
    `<ul class="tree">${treeNode(x, d.explanation)}</ul></details></td></tr>`
  );
}

function pageLabel(x: Ctx, page: number): string {
  const p = x.printed[String(page)];
  const at = filePage(x, page);
  return `${at.file}${ui(x.c, 'pdfPage', { n: at.page })}${p && p !== String(at.page) ? ` · ${ui(x.c, 'printedPage', { n: p })}` : ''}`;
}

function pageViewRow(x: Ctx, crops: PageCrop[]): string {
  if (crops.length === 0) return '';
  const { c } = x;
  const labels = crops.map((p) => ` data-p${p.page}="${e(pageLabel(x, p.page))}"`).join('');
  const pages = crops.map((p) => pageText(x, p.page)).join(', ');
  return (
    `<tr class="sub"><td colspan="7"><details class="view"><summary>${e(ui(c, 'showPage'))} (${e(pages)})</summary>` +
    `<div class="pv" data-view="${e(cropSpec(crops))}"${labels}><div class="note">${e(ui(c, 'pageNote'))}</div></div>` +
    '</details></td></tr>'
  );
}

/** The program a code belongs to: the longest program code it starts with. */
function programOf(code: string | null, programs: Map<string, string>): string {
  if (!code) return '';
  let best = '';
  for (const p of programs.keys()) if ((code === p || code.startsWith(`${p}.`)) && p.length > best.length) best = p;
  return best;
}

/** One finding: its row, its explanation tree and its page view. */
function findingRows(x: Ctx, d: Discrepancy): string {
  const { c } = x;
  // a computed side's name is the tool's own wording (`sum of 12 program rows`), not the document's
  const name = d.a.name || (d.b && !computed(d.b) ? d.b.name : '');
  const field = c.field[d.field] ?? d.field;
  return (
    `<tr class="fr" data-rule="${e(d.rule)}"><td>${badge(c, d.severity)}</td>` +
    `<td><div class="code">${e(d.code ?? '')}</div><div class="name">${e(name)}</div></td>` +
    `<td class="code" title="${e(d.field)}">${e(field)}</td>${sideCell(x, d, 'a')}${sideCell(x, d, 'b')}` +
    `${diffCell(d.difference)}<td class="msg">${e(findingText(d, c.lang))}<div class="rid">${e(d.rule)}</div></td></tr>` +
    `${explanationRow(x, d)}${pageViewRow(x, x.crops.get(d) ?? [])}`
  );
}

const COLS =
  '<colgroup><col class="sev"><col class="row"><col class="fld"><col class="va"><col class="vb"><col class="dif"><col></colgroup>';

/** One cause: a head line, the finding that speaks for it, and the findings it explains folded below. */
function causeBody(x: Ctx, cause: Cause): string {
  const { c } = x;
  const list = cause.findings;
  const attr = (v: string[]) => e([...new Set(v)].join(' '));
  const attrs =
    `data-sev="${attr(list.map((d) => d.severity))}" data-rule="${attr(list.map((d) => d.rule))}" ` +
    `data-tables="${attr(cause.tables)}" data-prog="${e(programOf(cause.code, x.programs))}"`;
  const head = [
    `<b>${e(ui(c, 'cause', { n: cause.id }))}</b>`,
    badge(c, cause.severity),
    e(ui(c, `kind_${cause.kind}`)),
    cause.amountAtStake && !cause.amountAtStake.isZero()
      ? `<span class="stake">${e(ui(c, 'atStake', { amount: formatRupiah(cause.amountAtStake) }))}</span>`
      : '',
    e(
      cause.echoes > 0
        ? ui(c, 'causeFindings', { n: list.length, echoes: cause.echoes })
        : list.length === 1
          ? ''
          : ui(c, 'causeFindingsPlain', { n: list.length }),
    ),
  ].filter(Boolean);
  // a pattern or a repeated difference is said in one sentence over its rows
  const pattern =
    cause.kind === 'pattern' || cause.kind === 'repeat'
      ? `<div class="pattern">${e(causeTitle(cause, c.lang))}</div>`
      : '';
  const others = list.filter((d) => d !== cause.root);
  const more = others.length
    ? `<tr class="sub"><td colspan="7"><details class="more"><summary>${e(ui(c, 'moreFindings', { n: others.length }))}</summary>` +
      `<table class="findings inner">${COLS}<tbody>${others.map((d) => findingRows(x, d)).join('')}</tbody></table></details></td></tr>`
    : '';
  return (
    `<tbody class="f" ${attrs}><tr class="ch"><td colspan="7">${head.join(' · ')}${pattern}</td></tr>` +
    `${findingRows(x, cause.root)}${more}</tbody>`
  );
}

function totalCell(x: Ctx, t: TableTotal | null): string {
  const { c } = x;
  if (!t) return '<td class="num empty">—</td>';
  const src =
    t.source === 'printed'
      ? `${ui(c, 'printedTotal')}${t.record ? ` · ${filePage(x, t.record.page).file}${ui(c, 'pageShort', { n: filePage(x, t.record.page).page })}` : ''}`
      : ui(c, 'sumOfRows', { level: levelWords(t.level) });
  return `<td class="num"><div class="val">${e(formatRupiah(t.value))}</div><div class="src">${e(src)}</div></td>`;
}

function pagesText(x: Ctx, pages: number[]): string {
  if (x.parts.length > 1) {
    // `bab3.pdf hlm. 11-13; bab4.pdf hlm. 3`: the pages within each file
    const byFile = new Map<string, number[]>();
    for (const p of pages) {
      const r = pageRef(x.parts, p);
      byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.page]);
    }
    return [...byFile].map(([f, ps]) => `${f} ${ui(x.c, 'pageShort', { n: pageRanges(ps) })}`).join('; ');
  }
  return pages.length ? `${pages[0]}${pages.length > 1 ? `–${pages[pages.length - 1]}` : ''}` : '';
}

function totalsSection(x: Ctx): string {
  const { c, input } = x;
  const tables = tableSummaries(input.extraction);
  const h = `<h2>${e(ui(c, 'tableTotals'))}</h2>`;
  if (tables.length === 0) return `<section>${h}<p class="empty">${e(ui(c, 'noTables'))}</p></section>`;
  const ref = tables.find((t) => t.table === 'T41')?.pagu ?? null;
  const rows = tables
    .map((t) => {
      const delta =
        ref && t.pagu && t.table !== 'T41' ? diffCell(ref.value.minus(t.pagu.value)) : '<td class="num"></td>';
      return (
        `<tr><td><b>${e(c.table[t.table])}</b></td><td class="num">${e(pagesText(x, t.pages))}</td>` +
        `<td class="num">${t.records}</td>${totalCell(x, t.pagu)}${delta}${totalCell(x, t.paguMaju)}</tr>`
      );
    })
    .join('');
  const th = (k: Parameters<typeof ui>[1], cls = 'num') => `<th class="${cls}">${e(ui(c, k))}</th>`;
  return (
    `<section>${h}<table><thead><tr>${th('colTable', '')}${th('colPages')}${th('colRecords')}${th('colTotalPagu')}` +
    `${th('colVsT41')}${th('colTotalMaju')}</tr></thead><tbody>${rows}</tbody></table></section>`
  );
}

function countsSection(c: Catalogue, ds: Discrepancy[]): string {
  const { byRule, bySeverity } = countFindings(ds);
  const sevs = SeveritySchema.options;
  const rows = RuleIdSchema.options
    .map((r) => {
      const cells = sevs.map((s) => `<td class="num${byRule[r][s] ? '' : ' zero'}">${byRule[r][s]}</td>`).join('');
      const total = sevs.reduce((a, s) => a + byRule[r][s], 0);
      const name = total ? `<a href="#temuan" data-set-rule="${r}">${e(c.rule[r])}</a>` : e(c.rule[r]);
      return `<tr><td title="${e(c.ruleHelp[r])}">${name}</td><td class="code">${r}</td>${cells}</tr>`;
    })
    .join('');
  const foot = sevs.map((s) => `<td class="num"><b>${bySeverity[s]}</b></td>`).join('');
  return (
    `<section><h2>${e(ui(c, 'findingsPerRule'))}</h2><table><thead><tr><th>${e(ui(c, 'colRule'))}</th>` +
    `<th>${e(ui(c, 'colRuleId'))}</th>${sevs.map((s) => `<th class="num">${badge(c, s)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows}<tr><td><b>${e(ui(c, 'total'))}</b></td><td></td>${foot}</tr></tbody></table></section>`
  );
}

function filterBar(x: Ctx, ds: Discrepancy[]): string {
  const { c } = x;
  const opt = (v: string, label: string) => `<option value="${e(v)}">${e(label)}</option>`;
  const sevs = SeveritySchema.options.filter((s) => ds.some((d) => d.severity === s));
  const rules = RuleIdSchema.options.filter((r) => ds.some((d) => d.rule === r));
  const tableIds = [...new Set(ds.flatMap((d) => [d.a.table, d.b?.table]).filter((t): t is TableId => !!t))];
  const progs = [...new Set(ds.map((d) => programOf(d.code, x.programs)).filter(Boolean))].sort();
  const progSelect = progs.length
    ? `<select id="f-prog">${opt('', ui(c, 'allPrograms'))}${progs.map((p) => opt(p, `${p} ${x.programs.get(p) ?? ''}`.slice(0, 70))).join('')}</select>`
    : '';
  return (
    `<div class="filters"><input type="search" id="q" placeholder="${e(ui(c, 'search'))}" aria-label="${e(ui(c, 'search'))}">` +
    `<select id="f-sev">${opt('', ui(c, 'allSeverities'))}${sevs.map((s) => opt(s, c.severity[s])).join('')}</select>` +
    `<select id="f-rule">${opt('', ui(c, 'allRules'))}${rules.map((r) => opt(r, c.rule[r])).join('')}</select>` +
    `<select id="f-table">${opt('', ui(c, 'allTables'))}${tableIds.map((t) => opt(t, c.table[t])).join('')}</select>` +
    `${progSelect}<button type="button" id="f-reset">${e(ui(c, 'reset'))}</button>` +
    `<span class="count" id="f-count" data-tpl="${e(ui(c, 'shown'))}"></span></div>`
  );
}

function causesSection(x: Ctx, analysis: CauseAnalysis, total: number): string {
  const { c } = x;
  const head =
    `${COLS}<thead><tr><th>${e(ui(c, 'colSeverity'))}</th><th>${e(ui(c, 'colRow'))}</th><th>${e(ui(c, 'colField'))}</th>` +
    `<th>${e(ui(c, 'colValueA'))}</th><th>${e(ui(c, 'colValueB'))}</th><th class="num">${e(ui(c, 'colDiff'))}</th>` +
    `<th>${e(ui(c, 'colMessage'))}</th></tr></thead>`;
  return (
    `<section id="temuan"><h2>${e(ui(c, 'causesTitle'))}<span class="n">${analysis.causes.length}</span></h2>` +
    `<p class="lead">${e(ui(c, 'causesLead', { causes: analysis.causes.length, findings: total }))}</p>` +
    `<table class="findings">${head}${analysis.causes.map((k) => causeBody(x, k)).join('')}</table></section>`
  );
}

export function reportHtml(input: ReportInput): string {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const c = catalogue(locale.lang);
  const x = input.extraction;
  const ds = input.discrepancies;
  const programs = new Map<string, string>();
  for (const r of x.records) if (r.level === 'program' && r.code && !programs.has(r.code)) programs.set(r.code, r.name);
  const cells = cellsByPage(input.tables ?? []);
  const crops = new Map(ds.map((d) => [d, findingCrops(d, cells)] as const));
  const pageData = pageCellData([...crops.values()].flat(), cells);
  const ctx: Ctx = { c, input, programs, printed: x.printedPages ?? {}, parts: documentParts(x), crops };
  const analysis = groupCauses(ds, x);
  const { bySeverity } = countFindings(ds);
  const title = input.document?.title || x.doc;
  const meta = [
    `${ui(c, 'file')} ${x.file}`,
    ui(c, 'pagesCount', { n: x.pages }),
    input.generatedAt ? ui(c, 'generated', { date: formatDateTime(input.generatedAt, c.lang, locale.tz) }) : '',
    input.tool ? `${input.tool.name} ${input.tool.version}` : '',
  ].filter(Boolean);
  const cards = SeveritySchema.options
    .map(
      (s) =>
        `<div class="card ${s}"><div class="k">${e(c.severity[s])}</div><div class="v">${bySeverity[s]}</div></div>`,
    )
    .join('');
  const tablesCount = new Set(x.records.map((r) => r.table)).size;
  const findings =
    ds.length === 0
      ? `<section><h2>${e(ui(c, 'findings'))}</h2><p>${e(ui(c, 'noFindings'))}</p></section>`
      : `${filterBar(ctx, ds)}${causesSection(ctx, analysis, ds.length)}`;
  return `<!DOCTYPE html>
<html lang="${c.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(ui(c, 'titlePrefix'))}: ${e(title)}</title><style>${REPORT_CSS}</style></head>
<body><header><div class="brand">${e(ui(c, 'brand'))}</div><h1>${e(title)}</h1>
<div class="meta">${meta.map(e).join(' · ')}</div></header>
<main><p class="lead">${e(ui(c, 'howToRead'))}</p>
<section class="cards">${cards}<div class="card"><div class="k">${e(ui(c, 'tablesRead'))}</div><div class="v">${tablesCount}</div></div>
<div class="card"><div class="k">${e(ui(c, 'records'))}</div><div class="v">${x.records.length}</div></div></section>
${totalsSection(ctx)}${countsSection(c, ds)}${findings}
<footer>${e(ui(c, 'footer'))}</footer></main>
<script type="application/json" id="pages">${scriptJson(pageData)}</script>
<script>${REPORT_JS}</script></body></html>
`;
}
