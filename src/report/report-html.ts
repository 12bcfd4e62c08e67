/**
 * report.html: one self-contained page (inline CSS, no scripts, no external assets) a person
 * can open from disk or mail: summary, table totals side by side, counts per rule and
 * severity, then every finding grouped by rule with both values, where they stand in the
 * PDF, and the explanation tree. All text from the document is escaped.
 */
import { Decimal } from 'decimal.js';
import type { TableId } from '../renja/schema.js';
import { RuleIdSchema, SeveritySchema, type Discrepancy, type ExplanationNode, type Side } from '../reconcile/types.js';
import { TABLE_LABEL } from '../reconcile/pairs.js';
import type { TableTotal } from '../reconcile/totals.js';
import { displayValue, formatRupiah } from './format.js';
import { countFindings, RULE_TITLE, tableSummaries, type ReportInput } from './model.js';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
const e = escapeHtml;

/**
 * The report's Content-Security-Policy: it is one self-contained file with only an inline style sheet, so nothing
 * else may load or run, whatever text a document smuggles in (no scripts, no network, no forms).
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--card:#fff;--accent:#0b4f8a;
--err:#b42318;--err-bg:#fdecea;--warn:#9a5b00;--warn-bg:#fff4e0;--info:#175cd3;--info-bg:#e8f0fe;--ok:#1a7f37}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--accent);color:#fff;padding:22px 40px 18px}
header .brand{font-size:12px;letter-spacing:.08em;text-transform:uppercase;opacity:.8}
header h1{margin:4px 0 6px;font-size:24px;font-weight:600}
header .meta{font-size:13px;opacity:.9}
main{max-width:1200px;margin:0 auto;padding:24px 40px 60px}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:0 0 20px}
h2{font-size:17px;margin:0 0 12px;font-weight:600}
h2 .rid{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);font-weight:400;margin-left:8px}
h2 .n{display:inline-block;min-width:22px;padding:0 7px;border-radius:11px;background:var(--bg);color:var(--muted);font-size:12px;text-align:center;margin-left:6px;vertical-align:middle}
.cards{display:flex;gap:14px;background:none;border:0;padding:0}
.card{flex:1;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;border-top:4px solid var(--line)}
.card .k{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.card .v{font-size:26px;font-weight:600;margin-top:2px}
.card.error{border-top-color:var(--err)}.card.error .v{color:var(--err)}
.card.warning{border-top-color:#f0a500}.card.warning .v{color:var(--warn)}
.card.info{border-top-color:var(--info)}.card.info .v{color:var(--info)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.04em;background:#fafbfc}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.zero{color:#c1c7cd}
.code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}
.src{font-size:12px;color:var(--muted);white-space:nowrap}
.val{font-variant-numeric:tabular-nums;white-space:nowrap}
.txt{max-width:260px}
.neg,.pos{color:var(--ink);font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11.5px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.badge.error{background:var(--err-bg);color:var(--err)}
.badge.warning{background:var(--warn-bg);color:var(--warn)}
.badge.info{background:var(--info-bg);color:var(--info)}
.msg{color:#3e4c59;font-size:13px;max-width:380px}
tr.expl td{background:#fbfcfe;border-bottom:1px solid var(--line);padding:6px 14px 12px 34px}
.tree-title{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;margin:4px 0 4px}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:20px}
ul.tree{padding-left:0}
ul.tree li{position:relative;padding:3px 0 3px 14px}
ul.tree ul li:before{content:"";position:absolute;left:0;top:0;bottom:0;border-left:1px solid #cbd2d9}
ul.tree ul li:after{content:"";position:absolute;left:0;top:13px;width:10px;border-top:1px solid #cbd2d9}
ul.tree ul li:last-child:before{bottom:auto;height:13px}
.lvl{font-size:11px;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 5px;margin:0 4px}
ul.tree b,ul.tree .val{white-space:nowrap}
.note{font-size:12px;color:var(--muted)}
.note.full{color:var(--ok)}
.empty{color:var(--muted)}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:10px}
`;

function badge(sev: string): string {
  return `<span class="badge ${e(sev)}">${e(sev)}</span>`;
}

function where(table: TableId, page: number | null): string {
  return `${e(TABLE_LABEL[table])}${page !== null ? ` · p. ${page}` : ''}`;
}

function sideCell(s: Side | null): string {
  if (!s) return '<td></td>';
  const v = s.value === null ? '<span class="empty">—</span>' : e(displayValue(s.value));
  const cls = s.value instanceof Decimal ? 'val' : 'txt';
  return `<td><div class="${cls}">${v}</div><div class="src">${where(s.table, s.page)}</div></td>`;
}

function signed(d: Decimal): string {
  const s = formatRupiah(d.abs());
  return d.isZero() ? s : d.isNegative() ? `−${s}` : `+${s}`;
}

function diffCell(d: Decimal | null): string {
  if (!d) return '<td class="num"></td>';
  return `<td class="num ${d.isNegative() ? 'neg' : d.isZero() ? '' : 'pos'}">${e(signed(d))}</td>`;
}

function money(s: string | null): string {
  return s === null ? 'absent' : formatRupiah(new Decimal(s));
}

function treeNode(n: ExplanationNode): string {
  const diff =
    n.difference === null
      ? ''
      : ` <b class="${n.difference.startsWith('-') ? 'neg' : 'pos'}">${e(signed(new Decimal(n.difference)))}</b>`;
  const head = n.code ? `<span class="code">${e(n.code)}</span>` : '';
  const lvl = `<span class="lvl">${e(n.level.replace('_', ' '))}</span>`;
  const vals = `<span class="val">${e(money(n.valueA))} → ${e(money(n.valueB))}</span>`;
  const kids = n.children.length ? `<ul>${n.children.map(treeNode).join('')}</ul>` : '';
  const full = n.note.startsWith('fully explained') ? ' full' : '';
  return `<li>${head}${lvl}${e(n.name)} · ${vals}${diff}<div class="note${full}">${e(n.note)}</div>${kids}</li>`;
}

function explanationRow(d: Discrepancy): string {
  if (!d.explanation || !d.b) return '';
  const title = `Explanation: ${TABLE_LABEL[d.a.table]} → ${TABLE_LABEL[d.b.table]}`;
  return `<tr class="expl"><td colspan="8"><div class="tree-title">${e(title)}</div><ul class="tree">${treeNode(d.explanation)}</ul></td></tr>`;
}

function findingRow(d: Discrepancy): string {
  const name = d.a.name || d.b?.name || '';
  return (
    `<tr><td>${badge(d.severity)}</td><td class="code">${e(d.code ?? '')}</td><td class="txt">${e(name)}</td>` +
    `<td class="code">${e(d.field)}</td>${sideCell(d.a)}${sideCell(d.b)}${diffCell(d.difference)}` +
    `<td class="msg">${e(d.message)}</td></tr>${explanationRow(d)}`
  );
}

function totalCell(t: TableTotal | null): string {
  if (!t) return '<td class="num empty">—</td>';
  const src =
    t.source === 'printed'
      ? `printed total${t.record ? ` · p. ${t.record.page}` : ''}`
      : `sum of ${t.level?.replace('_', ' ') ?? ''} rows`;
  return `<td class="num"><div class="val">${e(formatRupiah(t.value))}</div><div class="src">${e(src)}</div></td>`;
}

function totalsSection(input: ReportInput): string {
  const tables = tableSummaries(input.extraction);
  if (tables.length === 0)
    return '<section><h2>Table totals</h2><p class="empty">No Renja tables were read.</p></section>';
  const ref = tables.find((t) => t.table === 'T41')?.pagu ?? null;
  const rows = tables
    .map((t) => {
      const delta =
        ref && t.pagu && t.table !== 'T41' ? diffCell(ref.value.minus(t.pagu.value)) : '<td class="num"></td>';
      const pages = t.pages.length ? `${t.pages[0]}${t.pages.length > 1 ? `–${t.pages[t.pages.length - 1]}` : ''}` : '';
      return `<tr><td><b>${e(t.label)}</b></td><td class="num">${e(pages)}</td><td class="num">${t.records}</td>${totalCell(t.pagu)}${delta}${totalCell(t.paguMaju)}</tr>`;
    })
    .join('');
  return (
    '<section><h2>Table totals</h2><table><thead><tr><th>Table</th><th class="num">Pages</th><th class="num">Records</th>' +
    '<th class="num">Total pagu</th><th class="num">Tabel 4.1 minus this</th><th class="num">Total prakiraan maju</th></tr></thead>' +
    `<tbody>${rows}</tbody></table></section>`
  );
}

function countsSection(ds: Discrepancy[]): string {
  const { byRule, bySeverity } = countFindings(ds);
  const sevs = SeveritySchema.options;
  const rows = RuleIdSchema.options
    .map((r) => {
      const cells = sevs.map((s) => `<td class="num${byRule[r][s] ? '' : ' zero'}">${byRule[r][s]}</td>`).join('');
      const total = sevs.reduce((a, s) => a + byRule[r][s], 0);
      const name = total ? `<a href="#rule-${r}">${e(RULE_TITLE[r])}</a>` : e(RULE_TITLE[r]);
      return `<tr><td>${name}</td><td class="code">${r}</td>${cells}</tr>`;
    })
    .join('');
  const foot = sevs.map((s) => `<td class="num"><b>${bySeverity[s]}</b></td>`).join('');
  return (
    '<section><h2>Findings per rule</h2><table><thead><tr><th>Rule</th><th>Id</th>' +
    sevs.map((s) => `<th class="num">${badge(s)}</th>`).join('') +
    `</tr></thead><tbody>${rows}<tr><td><b>Total</b></td><td></td>${foot}</tr></tbody></table></section>`
  );
}

function ruleSections(ds: Discrepancy[]): string {
  return RuleIdSchema.options
    .map((r) => {
      const list = ds.filter((d) => d.rule === r);
      if (list.length === 0) return '';
      return (
        `<section id="rule-${r}"><h2>${e(RULE_TITLE[r])}<span class="rid">${r}</span><span class="n">${list.length}</span></h2>` +
        '<table><thead><tr><th>Severity</th><th>Code</th><th>Name</th><th>Field</th><th>Value A</th><th>Value B</th>' +
        `<th class="num">Difference (B − A)</th><th>Message</th></tr></thead><tbody>${list.map(findingRow).join('')}</tbody></table></section>`
      );
    })
    .join('');
}

export function reportHtml(input: ReportInput): string {
  const x = input.extraction;
  const ds = input.discrepancies;
  const { bySeverity } = countFindings(ds);
  const title = input.document?.title || x.doc;
  const meta = [
    `File ${x.file}`,
    `${x.pages} pages`,
    input.generatedAt ? `generated ${input.generatedAt}` : '',
    input.tool ? `${input.tool.name} ${input.tool.version}` : '',
  ].filter(Boolean);
  const cards = (['error', 'warning', 'info'] as const)
    .map(
      (s) =>
        `<div class="card ${s}"><div class="k">${s === 'info' ? 'Infos' : `${s}s`}</div><div class="v">${bySeverity[s]}</div></div>`,
    )
    .join('');
  const tablesCount = new Set(x.records.map((r) => r.table)).size;
  const none = ds.length === 0 ? '<section><h2>Findings</h2><p>No discrepancies: the tables agree.</p></section>' : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Renja audit: ${e(title)}</title><style>${CSS}</style></head>
<body><header><div class="brand">renja-audit · Renja PD consistency report</div><h1>${e(title)}</h1>
<div class="meta">${meta.map(e).join(' · ')}</div></header>
<main><section class="cards">${cards}<div class="card"><div class="k">Tables read</div><div class="v">${tablesCount}</div></div>
<div class="card"><div class="k">Records</div><div class="v">${x.records.length}</div></div></section>
${totalsSection(input)}${countsSection(ds)}${none}${ruleSections(ds)}
<footer>Money in Rupiah. Difference is value B minus value A. Pages refer to the PDF.</footer></main></body></html>
`;
}
