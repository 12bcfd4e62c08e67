/**
 * The style sheet and script of report.html, inline so the file stands alone (no network, nothing to install). The
 * script filters findings (search, severity, rule, table, program) and draws a finding's page view when opened.
 */

export const REPORT_CSS = `
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e1e5ea;--bg:#f4f6f8;--card:#fff;--accent:#0b4f8a;
--err:#b42318;--err-bg:#fdecea;--warn:#8a5300;--warn-bg:#fff3dc;--info:#175cd3;--info-bg:#e8f0fe;--ok:#1a7f37;--mark:#ffe08a}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--accent);color:#fff;padding:18px 28px 14px}
header .brand{font-size:12px;letter-spacing:.06em;text-transform:uppercase;opacity:.85}
header h1{margin:4px 0 4px;font-size:22px;font-weight:600}
header .meta{font-size:13px;opacity:.92}
main{max-width:1320px;margin:0 auto;padding:18px 24px 48px}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 16px}
h2{font-size:16px;margin:0 0 10px;font-weight:600}
h2 .rid{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);font-weight:400;margin-left:8px}
h2 .n{display:inline-block;min-width:22px;padding:0 7px;border-radius:11px;background:var(--bg);color:var(--muted);font-size:12px;text-align:center;margin-left:6px;vertical-align:middle}
p.lead{margin:0 0 16px;color:var(--muted);font-size:13px}
.cards{display:flex;gap:12px;background:none;border:0;padding:0;flex-wrap:wrap}
.card{flex:1 1 150px;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 16px;border-top:4px solid var(--line)}
.card .k{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.card .v{font-size:24px;font-weight:600;margin-top:2px}
.card.error{border-top-color:var(--err)}.card.error .v{color:var(--err)}
.card.warning{border-top-color:#f0a500}.card.warning .v{color:var(--warn)}
.card.info{border-top-color:var(--info)}.card.info .v{color:var(--info)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:11.5px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.03em;background:#fafbfc}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.zero{color:#c1c7cd}
.code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.src{font-size:12px;color:var(--muted)}
.val{font-variant-numeric:tabular-nums;white-space:nowrap}
.txt{overflow-wrap:anywhere}
.neg,.pos{font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11.5px;font-weight:600;letter-spacing:.02em;white-space:nowrap}
.badge.error{background:var(--err-bg);color:var(--err)}
.badge.warning{background:var(--warn-bg);color:var(--warn)}
.badge.info{background:var(--info-bg);color:var(--info)}
table.findings{table-layout:fixed}
table.findings col.sev{width:104px}table.findings col.row{width:21%}table.findings col.fld{width:96px}
table.findings col.va,table.findings col.vb{width:15%}table.findings col.dif{width:128px}
table.findings tbody.f{border-top:10px solid var(--bg)}
table.findings tbody.f td{border-bottom:0}
.msg{color:#3e4c59;font-size:13px;overflow-wrap:anywhere}
.name{font-size:13px;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;border-radius:2px;padding:0 1px}
tr.sub td{padding:0 8px 8px 112px}
tr.ch td{background:#f7f9fb;font-size:13px;padding:7px 8px;border-bottom:1px solid var(--line)}
tr.ch .stake{font-weight:600}
.pattern{margin-top:3px;color:var(--muted)}
.rid{font:11px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#9aa5b1;margin-top:2px}
table.findings.inner{margin:4px 0 0;border-left:3px solid var(--line)}
details.more>summary{cursor:pointer;color:var(--accent);font-size:12.5px;width:max-content}
.tree-title{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;margin:2px 0 4px}
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
details.view summary,details.tree summary{cursor:pointer;color:var(--accent);font-size:12.5px;width:max-content}
details.tree summary{text-transform:uppercase;letter-spacing:.04em;font-size:12px}
details.view .pv{margin:6px 0 2px;display:flex;flex-direction:column;gap:8px}
.pv .cap{font-size:12px;color:var(--muted);margin-bottom:2px}
.crop{position:relative;background:#fff;border:1px solid #c9d1d9;overflow:hidden;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.crop .c{position:absolute;border:.5px solid #b8c2cc;overflow:hidden;line-height:1.15;color:#222;padding:1px 2px;white-space:normal;overflow-wrap:anywhere}
.crop .hit{position:absolute;border:2px solid var(--err);background:rgba(255,224,138,.35);pointer-events:none}
.crop .hit.b{border-color:var(--accent);background:rgba(11,79,138,.10)}
.crop .tag{position:absolute;top:0;right:0;background:var(--err);color:#fff;font:600 10px/1.3 sans-serif;padding:0 3px}
.crop .hit.b .tag{background:var(--accent)}
.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:8px;align-items:center;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px;margin:0 0 16px;box-shadow:0 2px 6px rgba(0,0,0,.05)}
.filters input[type=search]{flex:1 1 260px;min-width:200px;padding:6px 10px;border:1px solid #c9d1d9;border-radius:6px;font:inherit}
.filters select{padding:5px 6px;border:1px solid #c9d1d9;border-radius:6px;font:inherit;max-width:260px;background:#fff}
.filters label{font-size:13px;white-space:nowrap}
.filters .count{margin-left:auto;font-size:12.5px;color:var(--muted)}
.filters button{padding:5px 10px;border:1px solid #c9d1d9;border-radius:6px;background:#fff;font:inherit;cursor:pointer}
.hidden{display:none!important}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:10px}
@media (max-width:1100px){table.findings col.row{width:18%}table.findings col.va,table.findings col.vb{width:14%}tr.sub td{padding-left:8px}}
@page{margin:12mm 10mm}
@media print{
 body{background:#fff;font-size:9pt;line-height:1.35}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 header{background:none;color:#000;padding:0 0 6pt;border-bottom:1.5pt solid #000}
 header .brand,header .meta{opacity:1}
 main{max-width:none;padding:8pt 0 0}
 .filters,details.view:not([open]),script{display:none!important}
 section{border:0;border-radius:0;padding:0;margin:0 0 10pt}
 section.cards{display:flex;gap:6pt}
 .card{padding:4pt 8pt;border:1px solid #999;border-top-width:3pt}
 .card .v{font-size:14pt}
 h2{font-size:11pt;break-after:avoid}
 th,td{padding:3pt 4pt}
 th{font-size:7.5pt}
 .code,.msg,.name,.src,.note{font-size:8pt}
 table.findings col.sev{width:60pt}table.findings col.fld{width:50pt}table.findings col.dif{width:88pt}
 table.findings col.row{width:19%}table.findings col.va,table.findings col.vb{width:15%}
 tr.sub td{padding-left:66pt}
 tbody.f{break-inside:avoid}
 thead{display:table-header-group}
 a{color:inherit;text-decoration:none}
 .hidden{display:none!important}
}
`;

/**
 * Filters and page views. Plain DOM, no eval, no network: works under a CSP that allows inline script only.
 * Page cells come from the JSON block `#pages`; a finding's crops from its `data-view` (see page-view.ts cropSpec).
 */
export const REPORT_JS = `
(function(){
var $=function(s,r){return (r||document).querySelector(s)};
var $$=function(s,r){return Array.prototype.slice.call((r||document).querySelectorAll(s))};
var pagesEl=$('#pages');var PAGES=pagesEl?JSON.parse(pagesEl.textContent):{};
var q=$('#q'),sev=$('#f-sev'),rule=$('#f-rule'),tbl=$('#f-table'),prog=$('#f-prog'),count=$('#f-count');
var all=$$('tbody.f');
function norm(s){return (s||'').toLowerCase()}
function apply(){
  var t=norm(q&&q.value),n=0;
  all.forEach(function(b){
    var ok=(!sev||!sev.value||(' '+b.dataset.sev+' ').indexOf(' '+sev.value+' ')>=0)&&
      (!rule||!rule.value||(' '+b.dataset.rule+' ').indexOf(' '+rule.value+' ')>=0)&&
      (!tbl||!tbl.value||(' '+b.dataset.tables+' ').indexOf(' '+tbl.value+' ')>=0)&&
      (!prog||!prog.value||b.dataset.prog===prog.value)&&(!t||norm(b.textContent).indexOf(t)>=0);
    b.classList.toggle('hidden',!ok);if(ok)n++;
  });
  if(count)count.textContent=count.dataset.tpl.replace('{n}',n).replace('{total}',all.length);
}
[q,sev,rule,tbl,prog].forEach(function(el){if(el)el.addEventListener('input',apply)});
$$('a[data-set-rule]').forEach(function(a){a.addEventListener('click',function(){if(rule){rule.value=a.dataset.setRule;apply()}})});
var reset=$('#f-reset');if(reset)reset.addEventListener('click',function(){[q,sev,rule,tbl,prog].forEach(function(el){if(el)el.value=''});apply()});
function box(s){var a=s.split(',').map(Number);return{x0:a[0],y0:a[1],x1:a[2],y1:a[3]}}
function draw(d){
  var pv=$('.pv',d);if(!pv||pv.dataset.done)return;pv.dataset.done='1';
  var avail=Math.max(320,(pv.clientWidth||d.clientWidth||900)-24);
  pv.dataset.view.split(';').forEach(function(part){
    var f=part.split(':'),page=f[0],w=box(f[1]),cites=f.slice(2);
    var s=Math.min(1.6,avail/(w.x1-w.x0));
    var wrap=document.createElement('div');
    var cap=document.createElement('div');cap.className='cap';cap.textContent=(pv.dataset['p'+page]||page);wrap.appendChild(cap);
    var crop=document.createElement('div');crop.className='crop';
    crop.style.width=Math.round((w.x1-w.x0)*s)+'px';crop.style.height=Math.round((w.y1-w.y0)*s)+'px';
    (PAGES[page]||[]).forEach(function(c){
      if(c[2]<=w.x0||c[0]>=w.x1||c[3]<=w.y0||c[1]>=w.y1)return;
      var e=document.createElement('div');e.className='c';
      e.style.left=((c[0]-w.x0)*s)+'px';e.style.top=((c[1]-w.y0)*s)+'px';
      e.style.width=((c[2]-c[0])*s)+'px';e.style.height=((c[3]-c[1])*s)+'px';
      e.style.fontSize=Math.max(9,7*s)+'px';e.textContent=c[4];crop.appendChild(e);
    });
    cites.forEach(function(ci){
      var kv=ci.split('='),b=box(kv[1]),h=document.createElement('div');h.className='hit '+kv[0];
      h.style.left=((b.x0-w.x0)*s-1)+'px';h.style.top=((b.y0-w.y0)*s-1)+'px';
      h.style.width=((b.x1-b.x0)*s+2)+'px';h.style.height=((b.y1-b.y0)*s+2)+'px';
      var tag=document.createElement('span');tag.className='tag';tag.textContent=kv[0].toUpperCase();h.appendChild(tag);
      crop.appendChild(h);
    });
    wrap.appendChild(crop);pv.appendChild(wrap);
  });
}
$$('details.view').forEach(function(d){d.addEventListener('toggle',function(){if(d.open)draw(d)})});
window.addEventListener('beforeprint',function(){$$('details.view[open]').forEach(draw)});
apply();
})();
`;

/**
 * The report's Content-Security-Policy: one self-contained file with an inline style sheet and its own inline
 * script (filters, page views), so nothing else may load or run, whatever text a document smuggles in (no network,
 * no forms; the document's own text is always escaped, so no script of its own can appear).
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
