/**
 * duplicate-code: one code printed on two rows of the same level in one table (indicator rows excluded); the same
 * for the numbers of rows without codes where they identify rows across the table (`II.1.1`, or a numbering that
 * runs on from parent to parent instead of restarting); also, as info, a whole table printed a second time (set
 * aside by the context, see reprints.ts).
 */
import type { Discrepancy } from '../types.js';
import type { ReconcileContext, RowNode, TableView } from '../context.js';
import { bareSide, makeDiscrepancy, moneyOf, recordSide } from '../discrepancy.js';
import { TABLE_LABEL } from '../pairs.js';
import { compareTargets, compareText, formatRupiah, moneyValue, rowNumber, truncate, ZERO } from '../util.js';

function differences(x: RowNode, y: RowNode): string[] {
  const d: string[] = [];
  const a = x.record;
  const b = y.record;
  if (compareText(a.name, b.name) !== 'same') d.push(`name "${truncate(a.name, 60)}" / "${truncate(b.name, 60)}"`);
  for (const f of ['pagu', 'pagu_maju'] as const) {
    const va = moneyValue(moneyOf(a, f));
    const vb = moneyValue(moneyOf(b, f));
    if (!(va ?? ZERO).equals(vb ?? ZERO))
      d.push(`${f} ${va ? formatRupiah(va) : 'blank'} / ${vb ? formatRupiah(vb) : 'blank'}`);
  }
  if (a.target && b.target && compareTargets(a.target, b.target) !== 'same')
    d.push(`target ${a.target.raw} / ${b.target.raw}`);
  if (compareText(a.indikator, b.indikator) !== 'same') d.push('indikator');
  return d;
}

const pageRange = (pages: number[]) =>
  pages.length === 0
    ? 'pages ?'
    : pages.length === 1
      ? `page ${pages[0]}`
      : `pages ${pages[0]}-${pages[pages.length - 1]}`;

function reprintFindings(ctx: ReconcileContext, view: TableView): Discrepancy[] {
  return view.reprints.map((p) => {
    const label = TABLE_LABEL[view.id];
    const where = pageRange(p.pages);
    return makeDiscrepancy({
      doc: ctx.doc,
      rule: 'duplicate-code',
      severity: 'info',
      code: null,
      field: 'table',
      a: { ...bareSide(view.id, null, `${label}, ${pageRange(p.originalPages)}`), page: p.originalPages[0] ?? null },
      b: { ...bareSide(view.id, null, `${label}, ${where}`), page: p.pages[0] ?? null },
      message:
        `${label} is printed a second time on ${where} (${p.repeated} of its ${p.rows} rows repeat, with the same ` +
        `amounts, the rows on ${pageRange(p.originalPages)}); only the first printing is checked`,
    });
  });
}

/**
 * Whether the plain numbers of rows at one level run on across their parents (1..12 under the first program, 13..
 * under the next) rather than restarting under each: only then does a number identify a row in the whole table.
 */
function numberingRunsOn(nodes: RowNode[]): boolean {
  const byParent = new Map<RowNode | null, number[]>();
  for (const n of nodes) {
    const num = Number(rowNumber(n.record));
    if (!Number.isInteger(num)) continue;
    byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), num]);
  }
  const firsts = [...byParent.values()].slice(1).map((nums) => nums[0]);
  return firsts.length >= 2 && firsts.filter((f) => f > 1).length >= (firsts.length * 2) / 3;
}

/** Share of a level's numbered rows that may carry a number used three times or more for numbers to identify rows. */
const MAX_REUSED_SHARE = 0.2;
/** ... and the share that may carry a number used twice (a numbering that restarts once part-way). */
const MAX_TWICE_SHARE = 0.5;

interface Restart {
  /** The row printed before the step back, and the first row numbered again. */
  before: RowNode;
  first: RowNode;
  numbers: string[];
}

/**
 * Several reused numbers that are all reused by one run of rows in printed order (1..64, then 50, 51, ... 58 again):
 * the numbering stepped back once, one slip rather than a reused number each.
 */
function numberingRestart(nodes: RowNode[], reused: [string, RowNode[]][]): Restart | null {
  if (reused.length < 2 || reused.some(([, g]) => g.length !== 2)) return null;
  const order = new Map(nodes.map((n, i) => [n, i] as const));
  const seconds = reused.map(([, g]) => g[1]).sort((x, y) => order.get(x)! - order.get(y)!);
  const idx = seconds.map((n) => order.get(n)!);
  if (idx.some((v, i) => i > 0 && v !== idx[i - 1] + 1)) return null;
  const before = nodes[idx[0] - 1];
  if (!before) return null;
  return { before, first: seconds[0], numbers: seconds.map((n) => rowNumber(n.record)!) };
}

function restartFinding(ctx: ReconcileContext, view: TableView, level: string, r: Restart): Discrepancy {
  const [lo, hi] = [r.numbers[0], r.numbers[r.numbers.length - 1]];
  return makeDiscrepancy({
    doc: ctx.doc,
    rule: 'duplicate-code',
    severity: 'warning',
    code: null,
    field: 'number',
    a: recordSide(r.before.record, 'code', rowNumber(r.before.record)),
    b: recordSide(r.first.record, 'code', lo),
    message:
      `${TABLE_LABEL[view.id]} numbering of ${level.replace('_', ' ')} rows steps back from ${rowNumber(r.before.record)} ` +
      `to ${lo} on page ${r.first.record.page}: numbers ${lo}-${hi} each name two different rows ` +
      `(${r.numbers.length} rows, e.g. "${truncate(r.first.record.name, 50)}")`,
  });
}

/** One finding per row number printed on different rows, where row numbers identify rows (see above). */
function duplicateNumbers(ctx: ReconcileContext, view: TableView): Discrepancy[] {
  const out: Discrepancy[] = [];
  const uncoded = view.nodes.filter((n) => !n.record.code && rowNumber(n.record) !== null);
  for (const level of new Set(uncoded.map((n) => n.level))) {
    const nodes = uncoded.filter((n) => n.level === level);
    const runsOn = numberingRunsOn(nodes);
    const groups = new Map<string, RowNode[]>();
    for (const n of nodes) {
      const num = rowNumber(n.record)!;
      // a structured number (`II.1.1`) is unique by design; a plain one only where the numbering runs on
      if (!num.includes('.') && !runsOn) continue;
      groups.set(num, [...(groups.get(num) ?? []), n]);
    }
    // Numbers identify rows only where nearly all are unique: a column repeating one number on many rows (the
    // program's number printed on each of its kegiatan) is no row numbering.
    // A numbering that restarts part-way (1..64, then 50 again) reuses each number once; that is still a numbering.
    const rowsIn = (keep: (g: RowNode[]) => boolean) =>
      [...groups.values()].filter(keep).reduce((k, g) => k + g.length, 0);
    const numbered = rowsIn(() => true);
    if (rowsIn((g) => g.length > 2) > numbered * MAX_REUSED_SHARE) continue;
    if (rowsIn((g) => g.length > 1) > numbered * MAX_TWICE_SHARE) continue;
    const reusedRows: [string, RowNode[]][] = [];
    for (const [num, g] of groups) {
      const distinct = g.filter((n, i) =>
        g.slice(0, i).every((m) => compareText(m.record.name, n.record.name) !== 'same'),
      );
      if (distinct.length >= 2) reusedRows.push([num, distinct]);
    }
    const restart = numberingRestart(nodes, reusedRows);
    if (restart) {
      out.push(restartFinding(ctx, view, level, restart));
      continue;
    }
    for (const [num, distinct] of reusedRows) {
      const pages = [...new Set(distinct.map((n) => n.record.page))].join(', ');
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'duplicate-code',
          severity: 'warning',
          code: null,
          field: 'number',
          a: recordSide(distinct[0].record, 'code', num),
          b: recordSide(distinct[1].record, 'code', num),
          message:
            `${TABLE_LABEL[view.id]} numbers ${distinct.length} different ${level.replace('_', ' ')} rows ${num} ` +
            `(page ${pages}): ${distinct.map((n) => `"${truncate(n.record.name, 50)}"`).join(', ')}`,
        }),
      );
    }
  }
  return out;
}

export function duplicateCode(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const view of ctx.tables.values()) {
    out.push(...reprintFindings(ctx, view));
    out.push(...duplicateNumbers(ctx, view));
    const groups = new Map<string, RowNode[]>();
    for (const n of view.nodes) {
      if (!n.record.code) continue;
      const k = `${n.level}|${n.record.code}`;
      const g = groups.get(k);
      if (g) g.push(n);
      else groups.set(k, [n]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      const first = g[0];
      for (const other of g.slice(1)) {
        const diff = differences(first, other);
        const pages = `pages ${first.record.page} and ${other.record.page}`;
        out.push(
          makeDiscrepancy({
            doc: ctx.doc,
            rule: 'duplicate-code',
            severity: 'warning',
            code: first.record.code,
            field: 'code',
            a: recordSide(first.record, 'code', first.record.codePrinted || first.record.code),
            b: recordSide(other.record, 'code', other.record.codePrinted || other.record.code),
            message:
              `${TABLE_LABEL[view.id]} prints ${first.level.replace('_', ' ')} code ${first.record.code} twice (${pages}): ` +
              (diff.length ? `differs in ${diff.join('; ')}` : 'identical rows (repeated, e.g. at a page break?)'),
          }),
        );
      }
    }
  }
  return out;
}
