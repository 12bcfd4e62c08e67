/**
 * terbilang-mismatch: an amount in the prose whose words ("Dua Milyar ...") disagree with its
 * figure, and the allocated amount of section 4.2 that disagrees with the table totals.
 */
import type { Decimal } from 'decimal.js';
import type { ProseAmount, TableId } from '../../renja/schema.js';
import type { Discrepancy, Side } from '../types.js';
import type { ReconcileContext } from '../context.js';
import { makeDiscrepancy, recordSide, bareSide } from '../discrepancy.js';
import { tableTotal, totalParam } from '../totals.js';
import { truncate } from '../util.js';
import { msg } from '../../i18n/messages.js';

/** Words that mark the sentence stating the total allocation ("jumlah anggaran yang dialokasikan"). */
const ALLOCATION_CONTEXT = /dialokasikan|jumlah\s+anggaran|total\s+anggaran|pagu\s+indikatif/i;
const TABLES_TO_CHECK: readonly TableId[] = ['T41', 'TC33'];

function proseSide(p: ProseAmount, value: Decimal | string | null): Side {
  return { table: 'PROSE', page: p.page, bbox: p.bbox, value, code: null, name: truncate(p.context, 80) };
}

/**
 * The amounts stating this plan's allocation: marked by their wording (or the only amount in the prose), and not
 * about another year (an evaluation chapter quotes last year's Renja budget: `Renja Tahun 2015 ... total anggaran`).
 */
function allocationAmounts(prose: ProseAmount[], planYear: number | null): ProseAmount[] {
  const otherYear = (p: ProseAmount): boolean => {
    if (planYear === null) return false;
    const years = [...p.context.matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1]));
    return years.length > 0 && !years.includes(planYear);
  };
  const marked = prose.filter((p) => ALLOCATION_CONTEXT.test(p.context));
  const candidates = marked.length > 0 ? marked : prose.length === 1 ? prose : [];
  return candidates.filter((p) => !otherYear(p));
}

export function terbilangMismatch(ctx: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const prose = ctx.extraction.prose;
  for (const p of prose) {
    if (p.wordsValue === null || p.figureValue === null || p.wordsValue.equals(p.figureValue)) continue;
    out.push(
      makeDiscrepancy({
        doc: ctx.doc,
        rule: 'terbilang-mismatch',
        severity: 'error',
        code: null,
        field: 'terbilang',
        a: proseSide(p, p.figureValue),
        b: proseSide(p, p.wordsValue),
        msg: msg('terbilang-words', {
          figureRaw: p.figureRaw.trim(),
          figure: p.figureValue.toFixed(),
          words: truncate(p.words, 100),
          wordsValue: p.wordsValue.toFixed(),
        }),
      }),
    );
  }
  for (const p of allocationAmounts(prose, ctx.extraction.planYear?.year ?? null)) {
    const stated = p.figureValue ?? p.wordsValue;
    if (stated === null) continue;
    for (const id of TABLES_TO_CHECK) {
      const view = ctx.tables.get(id);
      if (!view) continue;
      const t = tableTotal(view, 'pagu');
      if (!t || t.value.equals(stated)) continue;
      out.push(
        makeDiscrepancy({
          doc: ctx.doc,
          rule: 'terbilang-mismatch',
          severity: 'error',
          code: null,
          field: 'allocated_total',
          a: proseSide(p, stated),
          b: t.record ? recordSide(t.record, 'pagu', t.value) : bareSide(id, t.value, `sum of ${t.level ?? ''} rows`),
          msg: msg('terbilang-allocation', {
            stated: stated.toFixed(),
            table: id,
            total: t.value.toFixed(),
            totalHow: totalParam(t),
            difference: t.value.minus(stated).toFixed(),
          }),
        }),
      );
    }
  }
  return out;
}
