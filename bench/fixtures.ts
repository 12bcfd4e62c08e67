/**
 * Accuracy of the table engine on the project's own Renja fixtures, against the generators' golden tables
 * (fixtures/renja/*.expected.json): rows and cells read exactly, per table. Runs without the shared corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractTables } from '../src/tables/extract.js';
import { scoreTable, type GoldenScore, type GoldenTable } from './golden.js';
import { REPO_ROOT } from './util.js';

export interface FixtureGoldenReport {
  file: string;
  tables: GoldenScore[];
}

export async function runFixtureGolden(): Promise<FixtureGoldenReport[]> {
  const dir = path.join(REPO_ROOT, 'fixtures', 'renja');
  if (!existsSync(dir)) return [];
  const out: FixtureGoldenReport[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.pdf'))
    .sort()) {
    const goldenFile = path.join(dir, f.replace(/\.pdf$/, '.expected.json'));
    if (!existsSync(goldenFile)) continue;
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as { tables: GoldenTable[] };
    const { tables } = await extractTables(path.join(dir, f));
    out.push({ file: f, tables: golden.tables.map((g) => scoreTable(g, tables)) });
  }
  return out;
}

export function printFixtureGolden(reports: FixtureGoldenReport[]): void {
  const rows: string[][] = [['fixture', 'table', 'pages', 'rows exact', 'cells exact']];
  let rowsOk = 0;
  let rowsAll = 0;
  let cellsOk = 0;
  let cellsAll = 0;
  for (const r of reports) {
    for (const t of r.tables) {
      rows.push([
        r.file.replace(/\.pdf$/, ''),
        t.label.slice(0, 24),
        t.pages.length > 16 ? `${t.pages.slice(0, 14)}…` : t.pages,
        `${t.rowsExact}/${t.expectedRows}`,
        `${t.cellsExact}/${t.cellsTotal}`,
      ]);
      rowsOk += t.rowsExact;
      rowsAll += t.expectedRows;
      cellsOk += t.cellsExact;
      cellsAll += t.cellsTotal;
    }
  }
  rows.push([
    'all',
    '',
    '',
    `${rowsOk}/${rowsAll} (${((100 * rowsOk) / rowsAll).toFixed(1)}%)`,
    `${cellsOk}/${cellsAll} (${((100 * cellsOk) / cellsAll).toFixed(1)}%)`,
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, k) => c.padEnd(widths[k])).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
