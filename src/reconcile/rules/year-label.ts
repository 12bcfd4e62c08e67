/**
 * year-label: a year in a caption, a column-group title or a running head that contradicts the document's plan year
 * (decided by a vote over those same labels, see src/renja/years.ts): a prakiraan maju that is not plan year + 1, a
 * T-C.31 reviewing another year's RKPD, a `Rencana Tahun` column of another year, an evaluation column `(n-3)` whose
 * year is not plan year − 3, an evaluation `s/d Tahun` reaching the plan year, and impossible years (`20134`).
 */
import type { TableId, TableKind, YearLabel } from '../../renja/schema.js';
import { documentParts, pageInText } from '../../renja/parts.js';
import type { Discrepancy } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy } from '../discrepancy.js';
import { truncate } from '../util.js';

const ROLE_WORDS: Record<YearLabel['role'], string> = {
  plan: 'plan year',
  maju: 'prakiraan maju year',
  rkpd: 'year of the RKPD reviewed',
  relative: 'year relative to the plan year',
  berjalan: 'tahun berjalan',
  lalu: 'tahun lalu',
  until: 'last year evaluated',
};

const WHERE_WORDS: Record<YearLabel['where'], string> = {
  caption: 'caption',
  column: 'column group',
  'running-head': 'running head',
};

function tableOf(kind: TableKind | null, where: YearLabel['where']): TableId {
  if (kind === null) return where === 'running-head' ? 'PROSE' : 'OTHER';
  if (kind === 'TC31') return 'TC31.awal';
  return kind;
}

function expected(l: YearLabel, plan: number): string {
  if (l.minOffset !== null && l.minOffset === l.maxOffset) return String(plan + l.minOffset);
  if (l.minOffset === null && l.maxOffset !== null) return `${plan + l.maxOffset} or earlier`;
  if (l.maxOffset === null && l.minOffset !== null) return `${plan + l.minOffset} or later`;
  return `${plan + (l.minOffset ?? 0)}..${plan + (l.maxOffset ?? 0)}`;
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
    let why: string | null = null;
    if (impossible(l.year)) why = `impossible year ${l.year}`;
    else if (plan !== null) {
      const lo = l.minOffset === null ? -Infinity : plan + l.minOffset;
      const hi = l.maxOffset === null ? Infinity : plan + l.maxOffset;
      if (l.year < lo || l.year > hi) {
        // A running head is only contradicted by the document's tables: it needs two other kinds of source against it.
        if (l.where === 'running-head' && py.votes.filter((v) => v.year === plan).length < 2) continue;
        why = `${ROLE_WORDS[l.role]} ${l.year}, expected ${expected(l, plan)} for plan year ${plan}`;
      }
    }
    if (!why) continue;
    const key = `${l.page}|${l.role}|${l.year}|${l.match}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The other labels on the same page that disagree with this one (a caption against its own column group).
    const samePage = py.labels.filter(
      (o) => o !== l && o.page === l.page && o.role === l.role && o.year !== l.year && o.where !== l.where,
    );
    const against = samePage.length
      ? `; the ${WHERE_WORDS[samePage[0].where]} on the same page says "${truncate(samePage[0].match, 60)}"`
      : '';
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
        message:
          `${WHERE_WORDS[l.where]} "${truncate(l.match, 80)}" on ${pageInText(documentParts(ctx.extraction), l.page)}: ${why}${against}` +
          (plan !== null ? ` (plan year decided by ${truncate(py.decidedBy, 240)})` : ''),
      }),
    );
  }
  return out;
}
