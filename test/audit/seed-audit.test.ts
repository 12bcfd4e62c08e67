/**
 * The audit of the seed fixture (a rendering of the real Pasirian 2024 Renja). The golden file was produced by
 * this tool and then reviewed against the seed text: every pagu/target/missing-row finding's values were checked
 * against the generator's data (fixtures/renja/renja-pasirian-2024.expected.json); the rollups, duplicate codes
 * and text differences were checked by hand (see the closing notes). It guards against regressions both ways.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';
import { discrepanciesCsv } from '../../src/report/discrepancies-csv.js';
import type { ExplanationNode } from '../../src/reconcile/types.js';
import { parseCsv } from '../helpers/csv.js';

const pdf = path.resolve('fixtures/renja/renja-pasirian-2024.pdf');

/** CSV rows without the message column (the 13th), which may be reworded freely. */
function facts(csv: string): string[] {
  const cols = [
    'doc',
    'rule',
    'severity',
    'code',
    'field',
    'table_a',
    'page_a',
    'value_a',
    'table_b',
    'page_b',
    'value_b',
    'difference',
  ];
  return parseCsv(csv).map((r) => cols.map((c) => r[c]).join('|'));
}

describe('audit of the seed fixture', () => {
  let outcome: Awaited<ReturnType<typeof auditDocument>>;
  beforeAll(async () => {
    outcome = await auditDocument(pdf);
  });

  it('reports the T-C.33 vs Tabel 4.1 gap and explains it down to 7.01.01.2.09.0009', () => {
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    const gap = outcome.discrepancies.find(
      (d) => d.rule === 'total-mismatch' && d.a.table === 'TC33' && d.b?.table === 'T41',
    );
    expect(gap).toBeDefined();
    expect(String(gap!.a.value)).toBe('2630445095');
    expect(String(gap!.b!.value)).toBe('2830445095');
    expect(gap!.difference!.toFixed()).toBe('200000000');
    const path: string[] = [];
    let node: ExplanationNode | undefined = gap!.explanation ?? undefined;
    while (node) {
      if (node.code) path.push(`${node.level} ${node.code}`);
      node = node.children[0];
    }
    expect(path).toEqual(['program 7.01.01', 'kegiatan 7.01.01.2.09', 'sub_kegiatan 7.01.01.2.09.0009']);
    expect(gap!.explanation!.note).toMatch(/fully explained/);
  });

  it('matches the reviewed golden discrepancies', async () => {
    if (outcome.status !== 'ok') throw new Error(outcome.message);
    const golden = readFileSync(pdf.replace(/\.pdf$/, '.expected-discrepancies.csv'), 'utf8');
    expect(facts(await discrepanciesCsv(outcome.discrepancies))).toEqual(facts(golden));
  });
});
