/**
 * DIR/report.html of a batch: every document on one line, in the reader's language: status, pages, the total pagu
 * of each table side by side (a total that differs from the same document's Tabel 4.1 is marked), causes by
 * severity, the Rupiah at stake, and a link to the document's own report. Built from summary.csv's rows only, so a
 * resumed batch rebuilds it from the documents' markers like every other aggregate.
 */
import { Decimal } from 'decimal.js';
import { SeveritySchema } from '../reconcile/types.js';
import type { TableId } from '../renja/schema.js';
import { catalogue, DEFAULT_LOCALE, formatDateTime, ui, type ReaderLocale, type UiKey } from '../i18n/index.js';
import { formatRupiah } from './format.js';
import { REPORT_CSP, REPORT_CSS } from './html-assets.js';
import { TABLE_ORDER } from './model.js';
import { escapeHtml as e } from './report-html.js';
import type { SummaryRow } from './summary-csv.js';

export interface BatchOverviewOptions {
  locale?: ReaderLocale;
  generatedAt?: string;
  tool?: { name: string; version: string };
}

const BATCH_JS = `
(function(){var q=document.getElementById('q');if(!q)return;var rows=[].slice.call(document.querySelectorAll('tbody tr'));
q.addEventListener('input',function(){var t=q.value.toLowerCase();rows.forEach(function(r){r.classList.toggle('hidden',t&&r.textContent.toLowerCase().indexOf(t)<0)})})})();
`;

const money = (v: string | null | undefined) => (v ? formatRupiah(new Decimal(v)) : '');

export function batchOverviewHtml(rows: readonly SummaryRow[], opts: BatchOverviewOptions = {}): string {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const c = catalogue(locale.lang);
  const tables = TABLE_ORDER.filter((t) => rows.some((r) => r.totals?.[t] !== undefined));
  const statusText = (s: string) => {
    const key = `status_${s}` as UiKey;
    return key in c.ui ? ui(c, key) : s;
  };
  const th = (s: string, cls = '') => `<th${cls ? ` class="${cls}"` : ''}>${e(s)}</th>`;
  const head =
    `<tr>${th(ui(c, 'colDoc'))}${th(ui(c, 'colStatus'))}${th(ui(c, 'colPages'), 'num')}` +
    tables.map((t: TableId) => th(c.table[t], 'num')).join('') +
    SeveritySchema.options
      .map((s) => `<th class="num"><span class="badge ${s}">${e(c.severity[s])}</span></th>`)
      .join('') +
    `${th(ui(c, 'colAtStake'), 'num')}</tr>`;
  const body = rows
    .map((r) => {
      const ref = r.totals?.T41;
      const totals = tables
        .map((t) => {
          const v = r.totals?.[t];
          const off = v !== undefined && ref !== undefined && t !== 'T41' && !new Decimal(v).equals(new Decimal(ref));
          return `<td class="num${off ? ' neg' : ''}"><span class="val">${e(money(v))}</span>${off ? ' <mark>≠</mark>' : ''}</td>`;
        })
        .join('');
      const counts = [r.causesError, r.causesWarning, r.causesInfo]
        .map((n) => `<td class="num${n ? '' : ' zero'}">${n ?? ''}</td>`)
        .join('');
      const ok = r.status === 'ok';
      const status = `<span class="badge ${ok ? 'info' : r.status === 'failed' ? 'error' : 'warning'}">${e(statusText(r.status))}</span>`;
      const note = !ok && r.message ? `<div class="src">${e(r.message)}</div>` : '';
      return (
        `<tr><td><div class="name">${ok ? `<a href="${e(encodeURI(r.doc))}/report.html">${e(r.doc)}</a>` : e(r.doc)}</div>` +
        `<div class="src">${e(r.file)}</div>${note}</td><td>${status}</td><td class="num">${r.pages ?? ''}</td>${totals}${counts}` +
        `<td class="num"><span class="val">${e(money(r.amountAtStake))}</span></td></tr>`
      );
    })
    .join('');
  const meta = [
    opts.generatedAt ? ui(c, 'generated', { date: formatDateTime(opts.generatedAt, c.lang, locale.tz) }) : '',
    opts.tool ? `${opts.tool.name} ${opts.tool.version}` : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${c.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(ui(c, 'batchTitle'))}</title><style>${REPORT_CSS}
main{max-width:none}section.wide{overflow-x:auto}table.batch th{white-space:normal;vertical-align:bottom}table.batch td{white-space:nowrap}table.batch th,table.batch td{padding:6px 6px}
table.batch td:first-child{white-space:normal;min-width:200px;max-width:320px;overflow-wrap:anywhere}
</style></head>
<body><header><div class="brand">${e(ui(c, 'brand'))}</div><h1>${e(ui(c, 'batchTitle'))}</h1>
<div class="meta">${meta.map(e).join(' · ')}</div></header>
<main><p class="lead">${e(ui(c, 'batchLead', { n: rows.length }))}</p>
<div class="filters"><input type="search" id="q" placeholder="${e(ui(c, 'batchSearch'))}" aria-label="${e(ui(c, 'batchSearch'))}"></div>
<section class="wide"><table class="batch"><thead>${head}</thead><tbody>${body}</tbody></table></section>
<footer>${e(ui(c, 'footer'))}</footer></main>
<script>${BATCH_JS}</script></body></html>
`;
}
