/**
 * year-label: a year in a caption, a column-group title or a running head that contradicts the document's plan year
 * (decided by a vote over those same labels, see src/renja/years.ts): a prakiraan maju that is not plan year + 1, a
 * T-C.31 reviewing another year's RKPD, a `Rencana Tahun` column of another year, an evaluation column `(n-3)` whose
 * year is not plan year − 3, an evaluation `s/d Tahun` reaching the plan year, and impossible years (`20134`).
 */
import type { TableId, TableKind, YearLabel } from '../../renja/schema.js';
import type { Discrepancy } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy } from '../discrepancy.js';
import { truncate } from '../util.js';
import { msg } from '../../i18n/messages.js';

function tableOf(kind: TableKind | null, where: YearLabel['where']): TableId {
  if (kind === null) return where === 'running-head' ? 'PROSE' : 'OTHER';
  if (kind === 'TC31') return 'TC31.awal';
  return kind;
}

function expected(l: YearLabel, plan: number): { min: number | null; max: number | null } {
  return {
    min: l.minOffset === null ? null : plan + l.minOffset,
    max: l.maxOffset === null ? null : plan + l.maxOffset,
  };
}

/** A year no document prints on purpose: not four digits, or far outside any planning period. */
function impossible(year: number): boolean {
  return year < 1900 || year > 2200;
}

export function yearLabel(ctx: ReconcileContext): Discrepancy[] {
  const py = ctx.extraction.planYear;
  if (!py) return [];
  const out: Discrepancy[] = [];
  const plan = py.year;
  const seen = new Set<string>();
  for (const l of py.labels) {
    let flagged = false;
    let want: { min: number | null; max: number | null } | null = null;
    if (impossible(l.year)) flagged = true;
    else if (plan !== null) {
      const lo = l.minOffset === null ? -Infinity : plan + l.minOffset;
      const hi = l.maxOffset === null ? Infinity : plan + l.maxOffset;
      if (l.year < lo || l.year > hi) {
        // A running head is only contradicted by the document's tables: it needs two other kinds of source against it.
        if (l.where === 'running-head' && py.votes.filter((v) => v.year === plan).length < 2) continue;
        flagged = true;
        want = expected(l, plan);
      }
    }
    if (!flagged) continue;
    const key = `${l.page}|${l.role}|${l.year}|${l.match}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The other labels on the same page that disagree with this one (a caption against its own column group).
    const samePage = py.labels.filter(
      (o) => o !== l && o.page === l.page && o.role === l.role && o.year !== l.year && o.where !== l.where,
    );
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'year-label',
        severity: 'warning',
        code: null,
        field: l.role === 'maju' ? 'year_maju' : 'year',
        a: {
          table: tableOf(l.tableKind, l.where),
          page: l.page,
          bbox: null,
          value: String(l.year),
          code: null,
          name: truncate(l.text, 120),
        },
        b: null,
        msg: msg('year-label', {
          where: l.where,
          match: truncate(l.match, 80),
          page: l.page,
          year: l.year,
          impossible: impossible(l.year),
          role: l.role,
          expected: want,
          plan,
          against: samePage.length ? { where: samePage[0].where, match: truncate(samePage[0].match, 60) } : null,
          decidedBy: plan !== null ? truncate(py.decidedBy, 240) : null,
        }),
      }),
    );
  }
  return out;
}
