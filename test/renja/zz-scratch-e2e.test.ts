import { writeFileSync } from 'node:fs';
import { extractTables } from '../../src/tables/extract.js';
import { extractRenja } from '../../src/renja/extract.js';

const FILE = process.env.E2E_PDF ?? 'fixtures/renja/renja-pasirian-2024.pdf';
it('scratch e2e', async () => {
  const res = await extractTables(FILE);
  const pageTexts = new Map(res.pageTexts.map((p) => [p.page, p.lines.join('\n')]));
  const ex = extractRenja('doc', FILE, res.tables, pageTexts, { pageSizes: new Map(res.pages.map((p) => [p.page, p])) });
  const out: string[] = [];
  for (const l of ex.layouts) out.push(`${l.tableRef} ${l.kind} ${l.era} conf=${l.confidence} pages=${l.pages.join(',')} unit=${l.moneyUnit} cols=${JSON.stringify(l.columns)}\n   caption=${l.caption.slice(0, 100)}\n   reasons=${l.reasons.filter((r) => !r.includes('<-')).join('; ')}`);
  out.push(JSON.stringify(ex.warningsByKind));
  for (const r of ex.records) out.push([r.tableRef, r.table, r.page, r.rowIndex, r.level, r.code, JSON.stringify(r.codePrinted), r.parentCode, r.name.slice(0, 40), '|', r.indikator.slice(0, 30), '|', r.target?.raw, '|', r.pagu?.value?.toFixed() ?? r.pagu?.raw, '|', r.paguMaju?.value?.toFixed(), r.warnings.map((w) => w.kind).join(',')].join(' '));
  for (const p of ex.prose) out.push(`PROSE p${p.page} ${p.wordsValue?.toFixed()} fig=${p.figureRaw} ${p.words.slice(0, 50)}`);
  writeFileSync('/tmp/e2e/out.txt', out.join('\n')); writeFileSync('/tmp/e2e/p35.txt', pageTexts.get(35) ?? '');
}, 300000);
