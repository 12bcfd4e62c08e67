/**
 * Renja-level quality over the real corpus (../shared/corpus/real): per document, the Renja table kinds found,
 * records, roll-up consistency (parent rows whose children sum exactly to the parent / parent rows checked, per
 * table), record warnings by kind and findings per rule; then totals. A real Renja mostly adds up, so a low
 * roll-up rate or many findings point at extraction errors, not at the documents.
 *
 * Each document runs in its own child process (this file with `--one FILE`) under a timeout, so a crash or a
 * hang costs that document only.
 *
 *   node build/bench/renja-corpus.js [--jobs N] [--json FILE] [FILE.pdf ...]
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditDocument } from '../src/audit/document.js';
import { buildContext, MONEY_FIELDS } from '../src/reconcile/context.js';
import type { Discrepancy } from '../src/reconcile/types.js';
import type { Extraction } from '../src/renja/schema.js';
import { moneyOf } from '../src/reconcile/discrepancy.js';
import { moneyComparable, moneyValue, sum } from '../src/reconcile/util.js';
import { corpusPath, isMain, parseBenchArgs, runChild, textTable, writeJson } from './util.js';

/** The longest corpus document takes seconds; three minutes means something hangs. */
export const RENJA_DOC_TIMEOUT_MS = 3 * 60_000;

export interface RollupCount {
  /** Parent rows with a printed amount whose children carry amounts. */
  checked: number;
  /** ... of which the children sum exactly to the parent. */
  consistent: number;
  /** Parent rows printed blank (or `0`) over children with amounts (not in `checked`). */
  blankParents: number;
}

export interface RenjaDocStats {
  file: string;
  ok: boolean;
  errorClass: string | null;
  message: string | null;
  ms: number;
  /** Renja table kind -> number of tables (OTHER excluded). */
  tableKinds: Record<string, number>;
  records: number;
  /** Table id (TC33, TC31.hasil, ...) -> roll-up counts over pagu and prakiraan maju. */
  rollup: Record<string, RollupCount>;
  warnings: Record<string, number>;
  /** Rule -> findings (all severities). */
  findings: Record<string, number>;
  /** Rule -> findings of severity error. */
  errors: Record<string, number>;
}

/** Roll-up consistency of every table of an extraction, from the same hierarchy the rules use. */
export function rollupConsistency(extraction: Extraction): Record<string, RollupCount> {
  const ctx = buildContext(extraction, { explain: false });
  const out: Record<string, RollupCount> = {};
  for (const view of ctx.tables.values()) {
    const count: RollupCount = { checked: 0, consistent: 0, blankParents: 0 };
    for (const field of MONEY_FIELDS) {
      for (const parent of view.nodes) {
        if (parent.children.length === 0) continue;
        const pm = moneyOf(parent.record, field);
        const kids = parent.children.map((k) => moneyOf(k.record, field));
        if (!moneyComparable(pm) || !kids.every(moneyComparable)) continue;
        const values = kids.map(moneyValue);
        if (values.every((v) => v === null)) continue;
        const pv = moneyValue(pm);
        // A `0` heading row counts with the blank ones (the rollup rule treats them alike).
        if (pv === null || pv.isZero()) {
          count.blankParents++;
          continue;
        }
        count.checked++;
        if (pv.equals(sum(values))) count.consistent++;
      }
    }
    if (count.checked + count.blankParents > 0) out[view.id] = count;
  }
  return out;
}

function countBy<T>(items: T[], key: (x: T) => string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of items) {
    const k = key(x);
    if (k !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** The figures of one audited document. Pure: the extraction and findings in, numbers out. */
export function documentStats(
  file: string,
  extraction: Extraction,
  discrepancies: Discrepancy[],
  ms: number,
): RenjaDocStats {
  return {
    file,
    ok: true,
    errorClass: null,
    message: null,
    ms,
    tableKinds: countBy(extraction.layouts, (l) => (l.kind === 'OTHER' ? null : l.kind)),
    records: extraction.records.length,
    rollup: rollupConsistency(extraction),
    warnings: { ...extraction.warningsByKind },
    findings: countBy(discrepancies, (d) => d.rule),
    errors: countBy(discrepancies, (d) => (d.severity === 'error' ? d.rule : null)),
  };
}

function failed(file: string, errorClass: string, message: string, ms: number): RenjaDocStats {
  return {
    file,
    ok: false,
    errorClass,
    message,
    ms,
    tableKinds: {},
    records: 0,
    rollup: {},
    warnings: {},
    findings: {},
    errors: {},
  };
}

/** Audits one document in this process (the child's job). */
export async function statsOfDocument(file: string): Promise<RenjaDocStats> {
  const t0 = performance.now();
  try {
    const o = await auditDocument(file, { ocr: { mode: 'off' } }); // OCR: bench/ocr.ts
    const ms = performance.now() - t0;
    return o.status === 'ok'
      ? documentStats(file, o.extraction, o.discrepancies, ms)
      : failed(file, o.errorClass, o.message, ms);
  } catch (err) {
    return failed(
      file,
      'internal-error',
      String((err as Error)?.message ?? err).split('\n')[0],
      performance.now() - t0,
    );
  }
}

/** Every PDF under a directory, sorted (sub-directories included). */
export function listPdfs(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listPdfs(p));
    else if (/\.pdf$/i.test(name)) out.push(p);
  }
  return out;
}

const SELF = fileURLToPath(import.meta.url);

async function statsInChild(file: string, timeoutMs: number): Promise<RenjaDocStats> {
  const r = await runChild(process.execPath, [SELF, '--one', file], { timeoutMs });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as RenjaDocStats;
  } catch {
    if (r.timedOut) return failed(file, 'timeout', `no result within ${timeoutMs / 1000} s`, r.ms);
    const lines = r.stderr.trim().split('\n');
    const why = lines.find((l) => /error/i.test(l)) ?? lines.pop() ?? '';
    return failed(file, 'internal-error', `child exited ${r.code ?? r.signal}: ${why.trim()}`.slice(0, 200), r.ms);
  }
}

export interface RenjaCorpusReport {
  corpusDir: string;
  documents: RenjaDocStats[];
  totals: {
    documents: number;
    ok: number;
    tableKinds: Record<string, number>;
    records: number;
    rollup: Record<string, RollupCount>;
    warnings: Record<string, number>;
    findings: Record<string, number>;
    errors: Record<string, number>;
  };
}

function addInto(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

export function totalsOf(docs: RenjaDocStats[]): RenjaCorpusReport['totals'] {
  const t: RenjaCorpusReport['totals'] = {
    documents: docs.length,
    ok: docs.filter((d) => d.ok).length,
    tableKinds: {},
    records: 0,
    rollup: {},
    warnings: {},
    findings: {},
    errors: {},
  };
  for (const d of docs) {
    addInto(t.tableKinds, d.tableKinds);
    t.records += d.records;
    addInto(t.warnings, d.warnings);
    addInto(t.findings, d.findings);
    addInto(t.errors, d.errors);
    for (const [id, c] of Object.entries(d.rollup)) {
      const acc = (t.rollup[id] ??= { checked: 0, consistent: 0, blankParents: 0 });
      acc.checked += c.checked;
      acc.consistent += c.consistent;
      acc.blankParents += c.blankParents;
    }
  }
  return t;
}

/**
 * Audits every PDF under `corpusDir` (or the given files), each in a child process with a timeout.
 * Returns null when the directory is absent (the shared corpus is not checked out).
 */
export async function benchRenjaCorpus(
  corpusDir: string,
  opts: { jobs?: number; files?: string[]; timeoutMs?: number; onDocument?: (d: RenjaDocStats) => void } = {},
): Promise<RenjaCorpusReport | null> {
  if (!existsSync(corpusDir)) return null;
  const files = opts.files?.length ? opts.files : listPdfs(corpusDir);
  const docs = new Array<RenjaDocStats>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      docs[i] = await statsInChild(files[i], opts.timeoutMs ?? RENJA_DOC_TIMEOUT_MS);
      docs[i].file = path.relative(corpusDir, files[i]) || files[i];
      opts.onDocument?.(docs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs ?? 1) }, worker));
  return { corpusDir, documents: docs, totals: totalsOf(docs) };
}

const fmtCounts = (r: Record<string, number>): string =>
  Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

const fmtRollup = (r: Record<string, RollupCount>): string =>
  Object.entries(r)
    .map(([k, c]) => `${k} ${c.consistent}/${c.checked}${c.blankParents ? ` (+${c.blankParents} blank)` : ''}`)
    .join(', ');

export function printRenjaCorpus(rep: RenjaCorpusReport): void {
  const rows = rep.documents.map((d) => {
    const findings = Object.values(d.findings).reduce((a, b) => a + b, 0);
    const errors = Object.values(d.errors).reduce((a, b) => a + b, 0);
    return [
      d.file,
      d.ok ? fmtCounts(d.tableKinds) : `FAILED ${d.errorClass}`,
      d.records,
      fmtRollup(d.rollup),
      findings,
      errors,
      d.ok ? fmtCounts(d.findings) : (d.message ?? '').slice(0, 80),
      fmtCounts(d.warnings),
    ];
  });
  console.log(
    textTable(
      ['document', 'tables', 'records', 'roll-up ok/checked', 'findings', 'errors', 'findings per rule', 'warnings'],
      rows,
    ),
  );
  const t = rep.totals;
  console.log('');
  console.log(`documents ${t.documents}, ok ${t.ok}, records ${t.records}`);
  console.log(`tables: ${fmtCounts(t.tableKinds)}`);
  console.log(
    textTable(
      ['table', 'parents checked', 'sum exactly', 'rate', 'blank parents'],
      Object.entries(t.rollup).map(([k, c]) => [
        k,
        c.checked,
        c.consistent,
        c.checked ? c.consistent / c.checked : NaN,
        c.blankParents,
      ]),
    ),
  );
  console.log(`findings per rule: ${fmtCounts(t.findings)}`);
  console.log(`errors per rule:   ${fmtCounts(t.errors)}`);
  console.log(`warnings by kind:  ${fmtCounts(t.warnings)}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const one = argv.indexOf('--one');
  if (one >= 0) {
    process.stdout.write(JSON.stringify(await statsOfDocument(argv[one + 1])) + '\n');
    return;
  }
  const args = parseBenchArgs(argv);
  const dir = corpusPath('real');
  if (!existsSync(dir)) {
    console.log(`renja-corpus: SKIPPED (no ${dir}; the shared corpus is not checked out next to the repo)`);
    return;
  }
  const rep = await benchRenjaCorpus(dir, { jobs: args.jobs ?? 2, files: args.files.map((f) => path.resolve(f)) });
  if (!rep) return;
  printRenjaCorpus(rep);
  await writeJson(args.json, rep);
}

if (isMain(import.meta.url)) await main();
