/**
 * Known, deliberately injected discrepancies (fixtures/audit, made by scripts/make-audit-fixtures.mjs).
 * The golden files are written by scripts/write-expected-discrepancies.mjs from each fixture's document
 * model by the reference reconciliation (scripts/reference-reconcile.mjs), never from this tool; each
 * manifest (<name>.injected.json) lists the findings its injection declares, derived by hand from the
 * edit: the two must agree. The audit must report every golden finding (rule, severity, code, field,
 * tables, pages, values, difference) and nothing else at any severity, but for the known failures below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument } from '../../src/audit/document.js';
import { discrepanciesCsv } from '../../src/report/discrepancies-csv.js';
import { RuleIdSchema } from '../../src/reconcile/types.js';
import { parseCsv, type Row } from '../helpers/csv.js';
import {
  compareWithReference,
  keyOf,
  NOT_IN_REFERENCE,
  referenceRules,
  SLASH_JOIN_KNOWN,
  type KnownFailure,
} from '../helpers/reference.js';

const dir = path.resolve('fixtures/audit');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.replace(/\.pdf$/, ''))
  .sort();

/** Every fixture (all derive from clean.pdf) shows the same two info-level artefacts, and nothing else disagrees. */
const KNOWN: readonly KnownFailure[] = SLASH_JOIN_KNOWN;

async function audit(name: string): Promise<Row[]> {
  const outcome = await auditDocument(path.join(dir, `${name}.pdf`));
  if (outcome.status !== 'ok') throw new Error(`${name}: ${outcome.message}`);
  return referenceRules(parseCsv(await discrepanciesCsv(outcome.discrepancies, { extraction: outcome.extraction })));
}

/** The findings an injection declares (<name>.injected.json): the CSV columns plus `direct` and `why`. */
function manifest(name: string): (Row & { direct: boolean })[] {
  const m = JSON.parse(readFileSync(path.join(dir, `${name}.injected.json`), 'utf8')) as {
    expected: (Row & { direct: boolean })[];
  };
  return m.expected;
}

function golden(name: string): Row[] {
  return parseCsv(readFileSync(path.join(dir, `${name}.expected-discrepancies.csv`), 'utf8'));
}

/**
 * Rules without an injected PDF yet (regenerating fixtures/audit needs LibreOffice, absent on the machine where they
 * were added): each is covered end to end through extractRenja + reconcile in test/renja/scan.test.ts instead.
 */
const NOT_YET_INJECTED = ['empty-column', 'unread-table', 'year-label', 'unit-conflict', 'ocr-uncertain'];

describe('injected discrepancies (fixtures/audit)', () => {
  it('has a clean fixture and a fixture injecting each rule', () => {
    console.warn(
      `NOT INJECTED: rules ${NOT_YET_INJECTED.join(', ')} have no fixtures/audit PDF yet (covered by test/renja/scan.test.ts and test/renja/years.test.ts)`,
    );
    expect(fixtures).toContain('clean');
    const injected = new Set(
      fixtures.flatMap((name) => {
        return manifest(name)
          .filter((e) => e.direct)
          .map((e) => e.rule);
      }),
    );
    expect([...injected].sort()).toEqual(
      RuleIdSchema.options.filter((r) => !NOT_YET_INJECTED.includes(r) && !NOT_IN_REFERENCE.includes(r)).sort(),
    );
    // a rule that gains a fixture comes off the list
    for (const r of NOT_YET_INJECTED) expect(injected.has(r as never)).toBe(false);
  });

  it('the findings each injection declares are the reference findings (two independent derivations)', () => {
    for (const name of fixtures) {
      const fromManifest = manifest(name).map(keyOf);
      expect(fromManifest.sort()).toEqual(golden(name).map(keyOf).sort());
    }
  });

  it('finds nothing in the clean fixture, but for the known failures', async () => {
    expect(golden('clean')).toEqual([]);
    const c = compareWithReference(await audit('clean'), [], KNOWN);
    expect(c).toEqual({ missing: [], extra: [], knownOff: [] });
  });

  for (const name of fixtures.filter((f) => f !== 'clean')) {
    it(`${name}: reports exactly the reference findings`, async () => {
      const want = golden(name);
      expect(want.length).toBeGreaterThan(0);
      const c = compareWithReference(await audit(name), want, KNOWN);
      // every reference finding, at any severity, is reported
      expect(c.missing).toEqual([]);
      // and nothing else, at any severity
      expect(c.extra).toEqual([]);
      // a known failure that no longer happens fails here: take it off the list
      expect(c.knownOff).toEqual([]);
    });
  }
});
