/**
 * Accuracy on tabula-java's own test suite (../shared/corpus/tabula/manifest.json): every case is run through
 * extractTables with the case's page, area and method, written as CSV and scored with
 * ../shared/bench/score-table.mjs (exact grid match, adjacency F1). Cases that assert something other than a
 * whole CSV (some cells, a table count, a cell sequence, a first line) are checked here the way the tabula test does.
 *
 *   node build/bench/accuracy.js [--engine pdfjs|tabula]... [--json FILE]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { openPdf } from '../src/pdf/load.js';
import { extractTables } from '../src/tables/extract.js';
import { tableToMatrix, type Table } from '../src/tables/model.js';
import type { Area } from '../src/tables/options.js';
import { findOnPath } from '../src/tables/tabula.js';
import { normCell } from './accuracy-norm.js';
import { scoreGrids } from './score.js';
import {
  corpusPath,
  isMain,
  mean,
  parseBenchArgs,
  REPO_ROOT,
  runChild,
  sharedDir,
  tableCsv,
  textTable,
  toCsv,
  writeJson,
} from './util.js';

type Engine = 'pdfjs' | 'tabula';
type Method = 'auto' | 'lattice' | 'stream';

const CellSchema = z.object({ row: z.number(), col: z.number(), text: z.string() });
const CaseSchema = z
  .object({
    id: z.string(),
    pdf: z.string(),
    pages: z.string(),
    area: z.union([z.array(z.number()).length(4), z.array(z.string())]).nullable(),
    columns: z.array(z.number()).nullable(),
    password: z.string().nullable(),
    method: z.string(),
    expected: z.union([
      z.string(),
      z.object({ cells: z.array(CellSchema) }),
      z.object({ n_tables: z.number() }),
      z.object({ cell_sequence: z.array(z.string()) }),
      z.object({ first_line: z.string() }),
    ]),
    format: z.string(),
    compare: z.string(),
    n_tables: z.number().nullable(),
    notes: z.string().nullable(),
    expected_csv: z.array(z.object({ csv: z.string() })).optional(),
  })
  .passthrough();
export type SuiteCase = z.infer<typeof CaseSchema>;

export interface CaseResult {
  id: string;
  engine: Engine;
  method: Method;
  compare: string;
  pass: boolean;
  /** Adjacency F1 from score-table.mjs, for cases compared as a whole CSV. */
  adjF1: number | null;
  tables: number;
  note: string;
  /** False when the case needs an input our options cannot express (tabula's -c columns, external rulings). */
  expressible: boolean;
}

export interface AccuracySummary {
  engine: Engine;
  group: string;
  n: number;
  pass: number;
  csvCases: number;
  meanAdjF1: number;
}

export { normCell };

/** The manifest's extraction methods, in the terms our engine has (it takes no external rulings or columns). */
export function ourMethod(m: string): Method {
  if (m.startsWith('lattice')) return 'lattice';
  if (m.startsWith('stream')) return 'stream';
  return 'auto';
}

/** tabula's "%top,left,bottom,right" areas are percentages of the page height (top/bottom) and width (left/right). */
export function resolveArea(spec: number[] | string, width: number, height: number): Area {
  if (Array.isArray(spec)) return { top: spec[0], left: spec[1], bottom: spec[2], right: spec[3] };
  const pct = spec.startsWith('%');
  const [t, l, b, r] = spec.replace(/^%/, '').split(',').map(Number);
  if (!pct) return { top: t, left: l, bottom: b, right: r };
  return { top: (t / 100) * height, left: (l / 100) * width, bottom: (b / 100) * height, right: (r / 100) * width };
}

/** Row/col -1 mean the last row / the last cell of that row, as in the tabula tests (trailing padding ignored). */
export function cellAt(m: string[][], row: number, col: number): string | undefined {
  const r = row < 0 ? m[m.length + row] : m[row];
  if (!r) return undefined;
  if (col >= 0) return r[col];
  const trimmed = [...r];
  while (trimmed.length && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed[trimmed.length + col];
}

export function cellsMatched(t: Table, cells: { row: number; col: number; text: string }[]): number {
  const m = tableToMatrix(t);
  return cells.filter((c) => normCell(cellAt(m, c.row, c.col) ?? '\u0000') === normCell(c.text)).length;
}

export function nonEmptySequence(t: Table): string[] {
  return tableToMatrix(t)
    .flat()
    .map(normCell)
    .filter((s) => s !== '');
}

const trimRow = (r: string[]) => {
  const out = r.map(normCell);
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
};

interface ScoreJson {
  exact: number;
  shape_match: number;
  adj: { F1: number };
}

async function scoreCsv(expected: string, actual: string): Promise<ScoreJson> {
  const scorer = path.join(sharedDir(), 'bench', 'score-table.mjs');
  const r = await runChild(process.execPath, [scorer, expected, actual, '--json']);
  if (r.code !== 0) throw new Error(`score-table.mjs failed: ${r.stderr.trim().split('\n')[0]}`);
  return JSON.parse(r.stdout) as ScoreJson;
}

async function runCase(c: SuiteCase, engine: Engine, base: string, tmp: string): Promise<CaseResult> {
  const method = ourMethod(c.method);
  const needs = c.columns ? 'needs -c columns' : /external_rulings/.test(c.method) ? 'needs external rulings' : '';
  const res: CaseResult = {
    id: c.id,
    engine,
    method,
    compare: c.compare,
    pass: false,
    adjF1: null,
    tables: 0,
    note: '',
    expressible: !needs,
  };
  const pdf = path.join(base, c.pdf);
  const pages = c.pages.split(',').map((p) => Number.parseInt(p, 10));
  try {
    // areas: none, one absolute, or several "%..." strings (tabula runs each and concatenates)
    let areas: (Area | undefined)[] = [undefined];
    if (c.area && typeof c.area[0] === 'number') areas = [resolveArea(c.area as number[], 0, 0)];
    else if (c.area) {
      const h = await openPdf(pdf, { password: c.password ?? undefined });
      const p = await h.page(pages[0]);
      await h.close();
      areas = (c.area as string[]).map((s) => resolveArea(s, p.width, p.height));
    }
    const tables: Table[] = [];
    for (const area of areas) {
      // tabula's expected CSVs keep a cell's line breaks: compare like with like
      const r = await extractTables(pdf, {
        pages,
        area,
        method,
        engine,
        password: c.password ?? undefined,
        stitch: false,
        keepLineBreaks: true,
      });
      tables.push(...r.tables);
    }
    res.tables = tables.length;
    const exp = c.expected;

    if (typeof exp === 'string') {
      // whole-CSV cases: tabula_json ones are scored against the per-table CSVs derived from the JSON
      let expectedFile = path.join(base, exp);
      if (c.format === 'tabula_json' && c.expected_csv?.length) {
        const parts = await Promise.all(c.expected_csv.map((e) => readFile(path.join(base, e.csv), 'utf8')));
        expectedFile = path.join(tmp, `${c.id}.${engine}.expected.csv`);
        await writeFile(expectedFile, parts.map((p) => (p.endsWith('\n') ? p : p + '\n')).join(''));
      }
      // n_tables > 1, several areas, or "whole CLI output": all tables in order; otherwise the case is about one
      // table (tabula's tables.get(0)) and we score our best one, since our tables may come in another order
      const concat = (c.n_tables ?? 1) > 1 || areas.length > 1 || /whole CLI output/i.test(c.notes ?? '');
      const candidates = concat || tables.length === 0 ? [tables.map(tableCsv).join('')] : tables.map(tableCsv);
      let best: ScoreJson | null = null;
      for (const [i, csv] of candidates.entries()) {
        const actualFile = path.join(tmp, `${c.id}.${engine}.${i}.csv`);
        await writeFile(actualFile, csv);
        const s = await scoreCsv(expectedFile, actualFile);
        if (!best || s.exact > best.exact || (s.exact === best.exact && s.adj.F1 > best.adj.F1)) best = s;
      }
      res.adjF1 = best!.adj.F1;
      res.pass = c.compare === 'shape' ? best!.shape_match === 1 : best!.exact === 1;
      res.note = concat ? 'all tables' : tables.length > 1 ? `best of ${tables.length}` : '';
    } else if ('cells' in exp) {
      const hits = Math.max(0, ...tables.map((t) => cellsMatched(t, exp.cells)));
      res.pass = hits === exp.cells.length;
      res.note = `${hits}/${exp.cells.length} cells`;
    } else if ('n_tables' in exp) {
      res.pass = tables.length === exp.n_tables;
      res.note = `${tables.length} tables, expected ${exp.n_tables}`;
    } else if ('cell_sequence' in exp) {
      const want = exp.cell_sequence.map(normCell);
      const same = (seq: string[]) => seq.length === want.length && seq.every((s, i) => s === want[i]);
      res.pass = tables.some((t) => same(nonEmptySequence(t)));
      res.note = `sequence of ${want.length}`;
    } else {
      const first = tables[0] ? trimRow(tableToMatrix(tables[0])[0] ?? []) : [];
      const want = trimRow(exp.first_line.split(','));
      res.pass = JSON.stringify(first) === JSON.stringify(want);
      res.note = `first row ${JSON.stringify(toCsv([first]).trim()).slice(0, 40)}`;
    }
    if (needs) res.note = [needs, res.note].filter(Boolean).join('; ');
  } catch (err) {
    res.note = `error: ${((err as Error).message ?? String(err)).split('\n')[0].slice(0, 80)}`;
  }
  return res;
}

export function summarize(results: CaseResult[]): AccuracySummary[] {
  const out: AccuracySummary[] = [];
  const engines = [...new Set(results.map((r) => r.engine))];
  for (const engine of engines) {
    const mine = results.filter((r) => r.engine === engine);
    const groups: [string, CaseResult[]][] = [
      ...(['lattice', 'stream', 'auto'] as const).map((m): [string, CaseResult[]] => [
        m,
        mine.filter((r) => r.method === m),
      ]),
      ['all', mine],
      ['all expressible', mine.filter((r) => r.expressible)],
    ];
    for (const [group, rs] of groups) {
      if (!rs.length || (group === 'all expressible' && rs.length === mine.length)) continue;
      const csv = rs.filter((r) => r.adjF1 !== null);
      out.push({
        engine,
        group,
        n: rs.length,
        pass: rs.filter((r) => r.pass).length,
        csvCases: csv.length,
        meanAdjF1: mean(csv.map((r) => r.adjF1!)),
      });
    }
  }
  return out;
}

export interface AccuracyReport {
  suite: string;
  results: CaseResult[];
  summary: AccuracySummary[];
  skipped: string[];
}

/** Runs the tabula suite with each engine; engines that cannot run here are listed in `skipped`. */
export async function runAccuracy(engines: Engine[] = ['pdfjs', 'tabula']): Promise<AccuracyReport | null> {
  const base = corpusPath('tabula');
  const manifest = path.join(base, 'manifest.json');
  if (!existsSync(manifest) || !existsSync(path.join(sharedDir(), 'bench', 'score-table.mjs'))) {
    console.log(
      `accuracy: SKIPPED (no ${manifest} or score-table.mjs; the shared corpus is not checked out next to the repo)`,
    );
    return null;
  }
  const cases = z.array(CaseSchema).parse(JSON.parse(await readFile(manifest, 'utf8')));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'renja-bench-accuracy-'));
  const results: CaseResult[] = [];
  const skipped: string[] = [];
  try {
    for (const engine of engines) {
      if (engine === 'tabula' && !(await findOnPath('java', process.env.PATH))) {
        skipped.push('tabula (java not found on PATH)');
        console.log('accuracy --engine tabula: SKIPPED (java not found on PATH)');
        continue;
      }
      for (const c of cases) results.push(await runCase(c, engine, base, tmp));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return { suite: manifest, results, summary: summarize(results), skipped };
}

export function printAccuracy(rep: AccuracyReport, verbose = true): void {
  const engines = [...new Set(rep.results.map((r) => r.engine))];
  if (verbose) {
    const ids = [...new Set(rep.results.map((r) => r.id))];
    const by = (id: string, e: Engine) => rep.results.find((r) => r.id === id && r.engine === e);
    const rows = ids.map((id) => {
      const any = rep.results.find((r) => r.id === id)!;
      return [
        id,
        any.method,
        any.compare,
        ...engines.flatMap((e) => {
          const r = by(id, e);
          return r ? [r.pass ? 'ok' : 'FAIL', r.adjF1 ?? '-', r.note] : ['', '', ''];
        }),
      ];
    });
    console.log(textTable(['case', 'method', 'compare', ...engines.flatMap((e) => [e, 'adjF1', 'note'])], rows));
    console.log('');
  }
  console.log(
    textTable(
      ['engine', 'method', 'cases', 'pass', 'pass %', 'csv cases', 'mean adj F1'],
      rep.summary.map((s) => [
        s.engine,
        s.group,
        s.n,
        `${s.pass}/${s.n}`,
        (100 * s.pass) / s.n,
        s.csvCases,
        s.meanAdjF1,
      ]),
    ),
  );
  if (rep.suite.endsWith('manifest.json')) {
    console.log('reference (same suite): tabula-java 1.0.5 passes 36/37 exactly, pdfplumber 9/37');
    console.log(
      "'all expressible' leaves out cases that need tabula's -c columns or external rulings (no such option here)",
    );
  }
  for (const s of rep.skipped) console.log(`skipped engine: ${s}`);
}

/**
 * Without the shared corpus: the engine fixtures (fixtures/engine/<name>.pdf with <name>.expected.json holding
 * `tables[].rows`), every table of the document scored at once (expected and actual tables concatenated).
 */
export async function runFixtureAccuracy(engines: Engine[] = ['pdfjs']): Promise<AccuracyReport | null> {
  const dir = path.join(REPO_ROOT, 'fixtures', 'engine');
  const expectedOf = (pdf: string) => path.join(dir, pdf.replace(/\.pdf$/, '.expected.json'));
  const names = existsSync(dir)
    ? (await readdir(dir)).filter((f) => f.endsWith('.pdf') && existsSync(expectedOf(f))).sort()
    : [];
  if (!names.length) {
    console.log('accuracy (quick): SKIPPED (no fixtures/engine/*.pdf with .expected.json)');
    return null;
  }
  console.log(`accuracy (quick): ${names.length} fixtures of ${dir}, scored in-process (port of score-table.mjs)`);
  const ExpectedSchema = z
    .object({ tables: z.array(z.object({ rows: z.array(z.array(z.string())) }).passthrough()) })
    .passthrough();
  const results: CaseResult[] = [];
  const skipped: string[] = [];
  for (const engine of engines) {
    if (engine === 'tabula' && !(await findOnPath('java', process.env.PATH))) {
      skipped.push('tabula (java not found on PATH)');
      continue;
    }
    for (const f of names) {
      const res: CaseResult = {
        id: f,
        engine,
        method: 'auto',
        compare: 'exact',
        pass: false,
        adjF1: null,
        tables: 0,
        note: '',
        expressible: true,
      };
      try {
        const exp = ExpectedSchema.parse(JSON.parse(await readFile(expectedOf(f), 'utf8')));
        const r = await extractTables(path.join(dir, f), { engine });
        const s = scoreGrids(
          exp.tables.flatMap((t) => t.rows),
          r.tables.flatMap((t) => tableToMatrix(t)),
        );
        Object.assign(res, {
          pass: s.exact === 1,
          adjF1: s.adjF1,
          tables: r.tables.length,
          note: `${r.tables.length} tables, expected ${exp.tables.length}`,
        });
      } catch (err) {
        res.note = `error: ${((err as Error).message ?? String(err)).split('\n')[0].slice(0, 80)}`;
      }
      results.push(res);
    }
  }
  return { suite: dir, results, summary: summarize(results), skipped };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const rep = await runAccuracy(args.engines ?? ['pdfjs', 'tabula']);
  if (!rep) return;
  printAccuracy(rep);
  await writeJson(args.json, rep);
}

if (isMain(import.meta.url)) await main();
