/**
 * Test helper: the audit's findings against the reference findings (golden files written by
 * scripts/write-expected-discrepancies.mjs from the generators' data, never from the tool), both
 * directions, with the known failures named one by one.
 */
import type { Row } from './csv.js';
import { DISCREPANCY_COLUMNS } from '../../src/report/discrepancies-csv.js';

/** Columns the reference defines and the comparison checks exactly; `message` is free text and is not compared. */
export const KEY_COLUMNS = DISCREPANCY_COLUMNS.filter(
  (c): c is Exclude<(typeof DISCREPANCY_COLUMNS)[number], 'doc' | 'message'> => c !== 'doc' && c !== 'message',
);

export const keyOf = (r: Row): string => KEY_COLUMNS.map((c) => r[c] ?? '').join(' | ');

/**
 * A disagreement between the tool and the reference whose cause is known: `missing` = a reference
 * finding the tool does not report, `extra` = a tool finding the reference does not have. `match`
 * selects the findings (every given column equal), `count` is how many there are: the test fails
 * when a known failure stops happening (or happens more often), so the list stays true.
 */
export interface KnownFailure {
  kind: 'missing' | 'extra';
  match: Partial<Record<(typeof KEY_COLUMNS)[number], string>>;
  count: number;
  reason: string;
}

export interface Comparison {
  /** reference findings the tool does not report (not covered by a known failure) */
  missing: string[];
  /** tool findings the reference does not have (not covered by a known failure) */
  extra: string[];
  /** known failures whose number of occurrences is not the declared one: `reason: seen N, declared M` */
  knownOff: string[];
}

const matches = (r: Row, m: KnownFailure['match']): boolean => Object.entries(m).every(([k, v]) => (r[k] ?? '') === v);

/** Multiset comparison of `got` (the tool) with `want` (the reference) on KEY_COLUMNS. */
export function compareWithReference(got: Row[], want: Row[], known: readonly KnownFailure[] = []): Comparison {
  const left = new Map<string, Row[]>();
  for (const w of want) left.set(keyOf(w), [...(left.get(keyOf(w)) ?? []), w]);
  const extraRows: Row[] = [];
  for (const g of got) {
    const list = left.get(keyOf(g));
    if (list && list.length) list.pop();
    else extraRows.push(g);
  }
  const missingRows = [...left.values()].flat();
  const seen = new Map<KnownFailure, number>(known.map((k) => [k, 0]));
  const explained = (r: Row, kind: KnownFailure['kind']): boolean => {
    const k = known.find((x) => x.kind === kind && matches(r, x.match));
    if (!k) return false;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    return true;
  };
  const missing = missingRows.filter((r) => !explained(r, 'missing')).map(keyOf);
  const extra = extraRows.filter((r) => !explained(r, 'extra')).map(keyOf);
  const knownOff = known
    .filter((k) => seen.get(k) !== k.count)
    .map((k) => `${k.kind} ${JSON.stringify(k.match)} (${k.reason}): seen ${seen.get(k)}, declared ${k.count}`);
  return { missing, extra, knownOff };
}

const SLASH_JOIN =
  'extraction artefact (product), info only: the model prints `KABUPATEN/ KOTA` in all three tables; where the ' +
  'cell wraps after the slash (T-C.31, Tabel 4.1) the reader joins the lines without the space ' +
  '(src/tables/cell-text.ts: "a break after a hyphen or slash"), so the same name reads two ways';

/** The two info-level findings every fixture derived from the sample shows for program 7.01.01 (see SLASH_JOIN). */
export const SLASH_JOIN_KNOWN: readonly KnownFailure[] = (
  [
    ['TC31.hasil', 'TC33'],
    ['TC33', 'T41'],
  ] as const
).map(([a, b]) => ({
  kind: 'extra',
  match: { rule: 'value-mismatch', severity: 'info', code: '7.01.01', field: 'name', table_a: a, table_b: b },
  count: 1,
  reason: SLASH_JOIN,
}));

/**
 * Rules the reference reconciliation (scripts/reference-reconcile.mjs) does not restate: they check the document
 * against outside data, not its tables against each other. Their findings are left out of the golden comparisons
 * and checked against expected findings of their own (`nomenclature`: the findings on the seed in
 * test/audit/seed-audit.test.ts, and fixtures/nomenklatur written from the generator's injections).
 */
export const NOT_IN_REFERENCE: readonly string[] = ['nomenclature'];

/** The tool's findings the golden files speak about. */
export const referenceRules = (rows: Row[]): Row[] => rows.filter((r) => !NOT_IN_REFERENCE.includes(r.rule ?? ''));
