/**
 * `npm run bench:trust`: how far an auditor can trust the audit on real documents. Audits every labelled document
 * (bench/labels/*.json, made by reading the pages; see bench/labels/README.md) and prints
 * - page coverage: of the pages of each labelled standard table, those that gave records, and those that the
 *   `unread-table` finding names as not read (the rule's own `unreadPages`): a page in neither was lost in silence;
 * - recall: labelled source errors that a finding (error or warning) of the right rule reports on the right page;
 * - precision: verdicts on a fixed random sample of error and warning findings (bench/labels/verdicts.json, judged by
 *   reading the pages); sampled findings without a verdict are written to bench/labels/to-judge.json.
 * `--missed` lists the labelled errors not reported, `--false` the sampled findings judged false.
 * Reads ../shared/corpus/real; never run by the tests.
 */
import { groupCauses } from '../src/reconcile/causes.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { auditDocument } from '../src/audit/document.js';
import type { Discrepancy } from '../src/reconcile/types.js';
import { pageRanges, unreadPages } from '../src/reconcile/rules/unread-table.js';
import type { RenjaRecord } from '../src/renja/schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = [path.resolve(here, '..'), path.resolve(here, '../..')].find((d) =>
  fs.existsSync(path.join(d, 'package.json')),
)!;
const LABELS = path.join(ROOT, 'bench/labels');
const CORPUS = process.env.RENJA_CORPUS ?? path.resolve(ROOT, '../shared/corpus/real');
const SAMPLE_ERRORS = 60;
const SAMPLE_WARNINGS = 30;

const LabelError = z.object({
  id: z.string(),
  kind: z.string(),
  table: z.string().nullable().optional(),
  page: z.number().int().nullable(),
  code: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  values: z.record(z.string(), z.unknown()).nullable().optional(),
  description: z.string(),
  uncertain: z.boolean().optional(),
});
const LabelTable = z.object({
  kind: z.string(),
  first_page: z.number().int(),
  last_page: z.number().int(),
  pages_without_rows: z.array(z.number().int()).default([]),
  uncertain: z.boolean().optional(),
  printed_totals: z
    .array(z.object({ column: z.string(), rupiah: z.string().nullable().optional(), page: z.number().int() }))
    .default([]),
});
const Label = z.object({
  file: z.string(),
  era: z.string().optional(),
  tables: z.array(LabelTable),
  source_errors: z.array(LabelError).default([]),
});
type Label = z.infer<typeof Label>;
type LabelErrorT = z.infer<typeof LabelError>;

const Verdict = z.object({
  key: z.string(),
  verdict: z.enum(['true', 'false']),
  evidence: z.string(),
  judged_by: z.string().optional(),
});

/** Which rules report each kind of labelled source error. `other` is reported by any finding on its page. */
const RULES_FOR_KIND: Record<string, string[] | null> = {
  'spreadsheet-error': ['invalid-value', 'source-error'],
  'malformed-amount': ['invalid-value', 'source-error'],
  'negative-amount': ['invalid-value', 'source-error'],
  'unit-conflict': ['invalid-value', 'unit-conflict'],
  'declared-total-mismatch': ['declared-total-mismatch'],
  'rollup-mismatch': ['rollup-mismatch'],
  'fund-source-sum': ['fund-source-sum', 'rollup-mismatch'],
  'cross-table-mismatch': ['value-mismatch', 'missing-row'],
  'cross-table-total-mismatch': ['total-mismatch'],
  // a row in both tables whose amount one of them leaves blank pairs, and is then a value-mismatch (blank vs amount);
  // the converse of cross-table-mismatch accepting missing-row
  'missing-row': ['missing-row', 'value-mismatch'],
  'empty-maju-column': ['empty-column', 'source-error'],
  'year-label': ['year-label'],
  'duplicate-code': ['duplicate-code'],
  other: null,
};

/** A finding's identity for verdicts: stable while the finding says the same thing about the same cells. */
export function findingKey(d: Discrepancy): string {
  const v = (x: unknown): string => (x === null || x === undefined ? '' : String(x));
  return [d.doc, d.rule, d.severity, v(d.code), d.field, d.a.table, v(d.a.page), v(d.a.value)]
    .concat(d.b ? [d.b.table, v(d.b.page), v(d.b.value)] : [])
    .join('|');
}

function pagesOf(d: Discrepancy): number[] {
  return [d.a.page, d.b?.page].filter((p): p is number => typeof p === 'number');
}

/** Amounts a label quotes (`161.261.794`, `4,355,125,`): digits only, for a loose comparison with findings. */
function labelAmounts(e: LabelErrorT): string[] {
  const out: string[] = [];
  for (const v of Object.values(e.values ?? {})) {
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const digits = String(v)
      .replace(/[,.]\d{1,2}$/, '')
      .replace(/\D/g, '');
    if (digits.length >= 4) out.push(digits.replace(/^0+/, ''));
  }
  return out;
}

function findingAmounts(d: Discrepancy): string[] {
  return [d.a.value, d.b?.value, d.difference]
    .filter((x): x is Decimal => x instanceof Decimal)
    .flatMap((x) => {
      const s = x.abs().toFixed(0);
      // Rp 000 tables: the label quotes the printed thousands, the finding full Rupiah
      return s.endsWith('000') ? [s, s.slice(0, -3)] : [s];
    });
}

function reports(e: LabelErrorT, d: Discrepancy): { page: boolean; amount: boolean } {
  if (d.severity === 'info' || e.page === null) return { page: false, amount: false };
  const rules = RULES_FOR_KIND[e.kind] ?? null;
  if (rules && !rules.includes(d.rule)) return { page: false, amount: false };
  const page = pagesOf(d).some((p) => Math.abs(p - e.page!) <= 1);
  if (!page) return { page: false, amount: false };
  const want = labelAmounts(e);
  const have = new Set(findingAmounts(d));
  return { page, amount: want.length === 0 || want.some((a) => have.has(a)) };
}

/** Pages that gave at least one record, and pages a finding names as not read. */
function pagesRead(records: RenjaRecord[]): Set<number> {
  const out = new Set<number>();
  for (const r of records) {
    out.add(r.page);
    for (const ref of Object.values(r.refs)) out.add(ref.page);
  }
  return out;
}

function sampleOrder(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

interface DocResult {
  label: Label;
  status: string;
  tablePages: number;
  readPages: number;
  flaggedPages: number;
  lostPages: number[];
  errors: { e: LabelErrorT; byPage: boolean; withAmount: boolean }[];
  findings: Discrepancy[];
  /** Root causes (src/reconcile/causes.ts): all, and those of severity error. */
  causes: number;
  errorCauses: number;
}

async function main(): Promise<void> {
  if (!fs.existsSync(CORPUS)) {
    console.log(`bench:trust: ${CORPUS} not found (the corpus is not part of the repository); nothing to measure.`);
    return;
  }
  const labelFiles = fs
    .readdirSync(LABELS)
    .filter((f) => f.endsWith('.json') && !/^(verdicts|to-judge)/.test(f))
    .sort();
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const results: DocResult[] = [];
  for (const f of labelFiles) {
    const label = Label.parse(JSON.parse(fs.readFileSync(path.join(LABELS, f), 'utf8')));
    if (only.length && !only.some((o) => label.file.includes(o))) continue;
    const outcome = await auditDocument(path.join(CORPUS, label.file), { ocr: { mode: 'off' } }); // OCR: bench/ocr.ts
    const records = outcome.status === 'ok' ? outcome.extraction.records : [];
    const findings = outcome.status === 'ok' ? outcome.discrepancies : [];
    const read = pagesRead(records);
    const flagged = new Set(outcome.status === 'ok' ? unreadPages(outcome.extraction).flatMap((x) => x.pages) : []);
    let tablePages = 0;
    let readPages = 0;
    let flaggedPages = 0;
    const lost: number[] = [];
    for (const t of label.tables) {
      for (let p = t.first_page; p <= t.last_page; p++) {
        if (t.pages_without_rows.includes(p)) continue;
        tablePages++;
        if (read.has(p)) readPages++;
        else if (flagged.has(p)) flaggedPages++;
        else lost.push(p);
      }
    }
    const errors = label.source_errors.map((e) => {
      const m = findings.map((d) => reports(e, d));
      return { e, byPage: m.some((x) => x.page), withAmount: m.some((x) => x.page && x.amount) };
    });
    results.push({
      label,
      status: outcome.status === 'ok' ? 'ok' : outcome.errorClass,
      tablePages,
      readPages,
      flaggedPages,
      lostPages: [...new Set(lost)],
      errors,
      findings,
      ...(() => {
        if (outcome.status !== 'ok') return { causes: 0, errorCauses: 0 };
        const cs = groupCauses(outcome.discrepancies, outcome.extraction).causes;
        return { causes: cs.length, errorCauses: cs.filter((c) => c.severity === 'error').length };
      })(),
    });
  }

  console.log('\nPage coverage of labelled standard tables (read = gave records; flagged = named by unread-table)\n');
  console.log(`${'document'.padEnd(58)} status           pages  read  flagged  lost`);
  let tp = 0;
  let rp = 0;
  let fp = 0;
  for (const r of results) {
    tp += r.tablePages;
    rp += r.readPages;
    fp += r.flaggedPages;
    const lost = r.lostPages.length ? ` p${pageRanges(r.lostPages).replace(/ /g, '')}` : '';
    console.log(
      `${r.label.file.slice(-58).padEnd(58)} ${r.status.padEnd(16)} ${String(r.tablePages).padStart(5)} ${String(r.readPages).padStart(5)} ${String(r.flaggedPages).padStart(8)} ${String(r.tablePages - r.readPages - r.flaggedPages).padStart(5)}${lost}`,
    );
  }
  console.log(
    `${'all'.padEnd(58)} ${''.padEnd(16)} ${String(tp).padStart(5)} ${String(rp).padStart(5)} ${String(fp).padStart(8)} ${String(tp - rp - fp).padStart(5)}`,
  );
  console.log(`read ${pct(rp, tp)}, read or flagged ${pct(rp + fp, tp)}, lost in silence ${pct(tp - rp - fp, tp)}`);

  console.log('\nRoot causes: findings grouped by the cell, row, total or pattern that explains them\n');
  console.log(`${'document'.padEnd(58)} findings  causes  errors  error causes`);
  const sum = { f: 0, c: 0, e: 0, ec: 0 };
  for (const r of results) {
    const e = r.findings.filter((d) => d.severity === 'error').length;
    sum.f += r.findings.length;
    sum.c += r.causes;
    sum.e += e;
    sum.ec += r.errorCauses;
    console.log(
      `${r.label.file.slice(-58).padEnd(58)} ${String(r.findings.length).padStart(8)} ${String(r.causes).padStart(7)} ${String(e).padStart(7)} ${String(r.errorCauses).padStart(13)}`,
    );
  }
  console.log(
    `${'all'.padEnd(58)} ${String(sum.f).padStart(8)} ${String(sum.c).padStart(7)} ${String(sum.e).padStart(7)} ${String(sum.ec).padStart(13)}`,
  );

  console.log(
    '\nRecall of labelled source errors (a finding of the right rule within a page; "+amount": quoting it)\n',
  );
  const kinds = new Map<
    string,
    { n: number; certain: number; byPage: number; withAmount: number; certainHit: number }
  >();
  for (const r of results)
    for (const x of r.errors) {
      const k = kinds.get(x.e.kind) ?? { n: 0, certain: 0, byPage: 0, withAmount: 0, certainHit: 0 };
      k.n++;
      if (!x.e.uncertain) k.certain++;
      if (x.byPage) k.byPage++;
      if (x.withAmount) k.withAmount++;
      if (x.byPage && !x.e.uncertain) k.certainHit++;
      kinds.set(x.e.kind, k);
    }
  console.log(`${'kind'.padEnd(28)} labelled  reported  +amount  certain  reported`);
  const tot = { n: 0, certain: 0, byPage: 0, withAmount: 0, certainHit: 0 };
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].n - a[1].n)) {
    for (const f of Object.keys(tot) as (keyof typeof tot)[]) tot[f] += k[f];
    console.log(
      `${kind.padEnd(28)} ${String(k.n).padStart(8)} ${String(k.byPage).padStart(9)} ${String(k.withAmount).padStart(8)} ${String(k.certain).padStart(8)} ${String(k.certainHit).padStart(9)}`,
    );
  }
  console.log(
    `${'all'.padEnd(28)} ${String(tot.n).padStart(8)} ${String(tot.byPage).padStart(9)} ${String(tot.withAmount).padStart(8)} ${String(tot.certain).padStart(8)} ${String(tot.certainHit).padStart(9)}`,
  );
  console.log(
    `recall ${pct(tot.byPage, tot.n)} (with the amount ${pct(tot.withAmount, tot.n)}); certain labels ${pct(tot.certainHit, tot.certain)}`,
  );
  if (process.argv.includes('--missed'))
    for (const r of results)
      for (const x of r.errors)
        if (!x.byPage)
          console.log(`  missed ${r.label.file} p${x.e.page} ${x.e.kind}: ${x.e.description.slice(0, 140)}`);

  // Precision: a fixed pseudo-random sample (by hash of the finding's key) of errors and warnings.
  // verdicts.json, plus verdicts-*.json written by parallel judges
  const verdicts = new Map(
    fs
      .readdirSync(LABELS)
      .filter((f) => /^verdicts(-[\w-]+)?\.json$/.test(f))
      .flatMap((f) => z.array(Verdict).parse(JSON.parse(fs.readFileSync(path.join(LABELS, f), 'utf8'))))
      .map((v) => [v.key, v]),
  );
  const all = results.flatMap((r) => r.findings.map((d) => ({ d, key: findingKey(d), file: r.label.file })));
  const bySeverity = (sev: string, n: number) =>
    all
      .filter((x) => x.d.severity === sev)
      .sort((a, b) => sampleOrder(a.key).localeCompare(sampleOrder(b.key)))
      .slice(0, n);
  const sample = [...bySeverity('error', SAMPLE_ERRORS), ...bySeverity('warning', SAMPLE_WARNINGS)];
  console.log('\nPrecision on a fixed sample of findings (verdicts from reading the pages)\n');
  console.log(`${'rule'.padEnd(26)} severity  sampled  judged  true  precision`);
  const rows = new Map<string, { sampled: number; judged: number; t: number }>();
  for (const x of sample) {
    const k = `${x.d.rule}|${x.d.severity}`;
    const row = rows.get(k) ?? { sampled: 0, judged: 0, t: 0 };
    row.sampled++;
    const v = verdicts.get(x.key);
    if (v) {
      row.judged++;
      if (v.verdict === 'true') row.t++;
    }
    rows.set(k, row);
  }
  for (const sev of ['error', 'warning']) {
    let s = 0;
    let j = 0;
    let t = 0;
    for (const [k, row] of [...rows].sort()) {
      const [rule, severity] = k.split('|');
      if (severity !== sev) continue;
      s += row.sampled;
      j += row.judged;
      t += row.t;
      console.log(
        `${rule.padEnd(26)} ${severity.padEnd(8)} ${String(row.sampled).padStart(8)} ${String(row.judged).padStart(7)} ${String(row.t).padStart(5)} ${pct(row.t, row.judged).padStart(10)}`,
      );
    }
    console.log(
      `${`all ${sev}s`.padEnd(26)} ${''.padEnd(8)} ${String(s).padStart(8)} ${String(j).padStart(7)} ${String(t).padStart(5)} ${pct(t, j).padStart(10)}`,
    );
  }
  if (process.argv.includes('--false'))
    for (const x of sample) {
      const v = verdicts.get(x.key);
      if (v?.verdict === 'false')
        console.log(`  false ${x.d.rule} ${x.d.severity} ${x.file} p${x.d.a.page}: ${v.evidence.slice(0, 160)}`);
    }
  const findingsBy = (sev: string) => all.filter((x) => x.d.severity === sev).length;
  console.log(`findings on the labelled documents: ${findingsBy('error')} errors, ${findingsBy('warning')} warnings`);
  const toJudge = sample
    .filter((x) => !verdicts.has(x.key))
    .map((x) => ({
      key: x.key,
      file: x.file,
      rule: x.d.rule,
      severity: x.d.severity,
      code: x.d.code,
      field: x.d.field,
      a: { table: x.d.a.table, page: x.d.a.page, value: String(x.d.a.value ?? ''), name: x.d.a.name },
      b: x.d.b ? { table: x.d.b.table, page: x.d.b.page, value: String(x.d.b.value ?? ''), name: x.d.b.name } : null,
      message: x.d.message,
    }));
  const toJudgeFile = path.join(LABELS, 'to-judge.json');
  fs.writeFileSync(`${toJudgeFile}.tmp`, JSON.stringify(toJudge, null, 1) + '\n');
  fs.renameSync(`${toJudgeFile}.tmp`, toJudgeFile);
  console.log(`${toJudge.length} sampled findings without a verdict: bench/labels/to-judge.json`);
}

await main();
