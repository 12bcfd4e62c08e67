/**
 * fixtures/nomenklatur (scripts/make-nomenklatur-fixtures.mjs): Renja PDFs whose codes and names come from the
 * official list, with faults injected; <name>.expected.json lists the findings the injections cause, written by the
 * generator from its own model. The audit must report exactly those (rule, severity, code, field, table, page, and
 * the words each message must carry), and nothing else from any rule: the rest of each document is consistent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';

interface Expected {
  planYear: number;
  findings: {
    rule: string;
    severity: string;
    code: string;
    field: string;
    table: string;
    page: number;
    says: string[];
  }[];
}

const dir = path.resolve('fixtures/nomenklatur');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.replace(/\.pdf$/, ''));

describe('nomenclature fixtures', () => {
  it('exist', () => expect(names.length).toBeGreaterThan(0));

  for (const name of names) {
    it(`${name}: reports exactly the injected faults`, async () => {
      const want = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      const outcome = await auditDocument(path.join(dir, `${name}.pdf`));
      if (outcome.status !== 'ok') throw new Error(outcome.message);
      expect(outcome.extraction.planYear?.year).toBe(want.planYear);
      const key = (f: {
        rule: string;
        severity: string;
        code: string | null;
        field: string;
        table: string;
        page: number | null;
      }) => [f.rule, f.severity, f.code, f.field, f.table, f.page].join(' | ');
      const got = outcome.discrepancies.map((d) => ({ ...d, table: d.a.table, page: d.a.page }));
      expect(got.map(key).sort()).toEqual(want.findings.map(key).sort());
      for (const f of want.findings) {
        const d = got.find((g) => key(g) === key(f))!;
        for (const s of f.says) expect(d.message).toContain(s);
      }
    });
  }
});
