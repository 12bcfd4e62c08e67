/**
 * Known, deliberately injected discrepancies (fixtures/audit, made by scripts/make-audit-fixtures.mjs):
 * the audit must report every golden finding with the same rule, severity, code, field, tables, pages
 * and values, and nothing else at warning or error level. The clean fixture gives no warning or error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';
import { discrepanciesCsv } from '../../src/report/discrepancies-csv.js';
import { RuleIdSchema } from '../../src/reconcile/types.js';

const dir = path.resolve('fixtures/audit');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.replace(/\.pdf$/, ''))
  .sort();

/** Columns compared exactly; the message is free text and is not compared. */
const KEY_COLUMNS = [
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
] as const;
import { parseCsv, type Row } from '../helpers/csv.js';

const keyOf = (r: Row): string => KEY_COLUMNS.map((c) => r[c] ?? '').join(' | ');
const serious = (r: Row): boolean => r.severity === 'error' || r.severity === 'warning';

async function audit(name: string): Promise<Row[]> {
  const outcome = await auditDocument(path.join(dir, `${name}.pdf`));
  if (outcome.status !== 'ok') throw new Error(`${name}: ${outcome.message}`);
  return parseCsv(await discrepanciesCsv(outcome.discrepancies));
}

function golden(name: string): Row[] {
  return parseCsv(readFileSync(path.join(dir, `${name}.expected-discrepancies.csv`), 'utf8'));
}

describe('injected discrepancies (fixtures/audit)', () => {
  it('has a clean fixture and a fixture injecting each rule', () => {
    expect(fixtures).toContain('clean');
    const injected = new Set(
      fixtures.flatMap((name) => {
        const manifest = JSON.parse(readFileSync(path.join(dir, `${name}.injected.json`), 'utf8'));
        return (manifest.expected as { rule: string; direct: boolean }[]).filter((e) => e.direct).map((e) => e.rule);
      }),
    );
    expect([...injected].sort()).toEqual([...RuleIdSchema.options].sort());
  });

  it('keeps each manifest in step with its golden file', () => {
    for (const name of fixtures) {
      const manifest = JSON.parse(readFileSync(path.join(dir, `${name}.injected.json`), 'utf8'));
      const fromManifest = (manifest.expected as Row[]).map((e) => keyOf({ ...e, doc: name }));
      expect(fromManifest.sort()).toEqual(golden(name).map(keyOf).sort());
    }
  });

  it('finds nothing at warning or error level in the clean fixture', async () => {
    const rows = await audit('clean');
    expect(rows.filter(serious).map(keyOf)).toEqual([]);
    expect(golden('clean')).toEqual([]);
  });

  for (const name of fixtures.filter((f) => f !== 'clean')) {
    it(`${name}: reports exactly the golden findings`, async () => {
      const rows = await audit(name);
      const want = golden(name);
      expect(want.length).toBeGreaterThan(0);
      // every golden finding, at any severity, is reported
      const got = rows.map(keyOf);
      for (const w of want) expect(got).toContain(keyOf(w));
      // and nothing else at warning or error level (info-level notes such as spacing differences may remain)
      expect(rows.filter(serious).map(keyOf).sort()).toEqual(want.filter(serious).map(keyOf).sort());
    });
  }
});
