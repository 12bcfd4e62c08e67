/**
 * `ocr-uncertain`: a money finding on amounts read by OCR whose difference one misread digit or separator explains
 * is re-classified as info with both readings, not reported as an error, when the document's own redundancy
 * (./redundancy.ts: the same amount in the other tables, the sum of the rows under it, the table's printed total)
 * says the difference is more likely the reading than the print:
 *
 * - A reading a witness confirms (another printing of the amount, not one of the finding's two, with the same value)
 *   is trusted, whatever its own confidence. A witness read by OCR below OCR_SURE counts only with a second one: one
 *   sure witness (text layer, or OCR at OCR_SURE and above on every cell it reads) or two unsure ones confirm.
 * - Both readings confirmed: the document prints both amounts, the gap is real; the finding stays as it is.
 * - One confirmed: the other one is the suspect. It is reported as likely misread (ocr-uncertain, naming the witnesses
 *   of the trusted reading) only when it was read by OCR below OCR_SURE and one misread explains the gap. A suspect
 *   read at OCR_SURE or above stays an error: a one-digit gap is common in real ones (a missing row of a round
 *   Rp 200.000.000 turns the sample's Rp 2.830.445.095 into Rp 2.630.445.095), and the witnesses only tell which
 *   amount the rest of the document carries, not that the other was misread.
 * - Neither confirmed (no witness, or witnesses agreeing with neither): confidence decides, as before redundancy
 *   was used: the least sure reading below OCR_SURE and one misread explaining the gap make it ocr-uncertain.
 *
 * Every other finding on OCR text says so (`ocr-read`), with the readings its witnesses confirm. Both are messages
 * wrapping the rule's own (src/i18n), so they read in the reader's language.
 */
import { Decimal } from 'decimal.js';
import type { Discrepancy, Side } from './types.js';
import type { MoneyField, ReconcileContext } from './context.js';
import { msg, type ReadingParam } from '../i18n/messages.js';
import { renderMessage } from '../i18n/index.js';
import { printsSameAmounts, readingsOf, totalKind, type Quantity, type Reading } from './redundancy.js';

/** Findings about amounts (the ones a misread digit can cause). */
const MONEY_RULES = new Set(['value-mismatch', 'total-mismatch', 'rollup-mismatch', 'declared-total-mismatch']);

/**
 * Tesseract's word confidence at and above which a reading is taken as read: on the generated scan every wrong
 * amount was below it, and 9 in 10 right ones above it (bench: ocr).
 */
export const OCR_SURE = 85;

/** True when two digit strings are one substitution, insertion or deletion apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
    return diff === 1;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Whether one OCR slip turns one amount into the other: a digit read wrong, one too many or one lost, or a
 * thousands separator read as a decimal one (`7.922.000` as `7.922,000`: the same digits, a power of ten apart).
 */
export function misreadExplains(a: Decimal, b: Decimal): boolean {
  if (a.eq(b)) return false;
  const da = a.abs().toFixed().replace('.', '');
  const db = b.abs().toFixed().replace('.', '');
  if (oneEditApart(da, db)) return true;
  const strip = (s: string) => s.replace(/^0+/, '').replace(/0+$/, '');
  return strip(da) !== '' && strip(da) === strip(db);
}

const sure = (r: { confidence?: number }) => r.confidence === undefined || r.confidence >= OCR_SURE;

/** The witnesses that confirm a value, when they are enough: one sure one, or two unsure ones. */
export function confirmedBy(value: Decimal, witnesses: Reading[]): Reading[] {
  const agree = witnesses.filter((w) => w.value.eq(value));
  return agree.some(sure) || agree.length >= 2 ? agree : [];
}

/** The amount a money finding is about, when the tables print it more than once. */
function quantityOf(d: Discrepancy): Quantity | null {
  if (!MONEY_RULES.has(d.rule)) return null;
  const field: MoneyField | null =
    d.field === 'pagu' || d.field === 'total'
      ? 'pagu'
      : d.field === 'pagu_maju' || d.field === 'total_pagu_maju'
        ? 'pagu_maju'
        : null;
  if (!field || !printsSameAmounts(d.a.table) || (d.b && !printsSameAmounts(d.b.table))) return null;
  // rows paired by name across a code misprint: which amount is the row's elsewhere is not known by code
  if (d.rule === 'value-mismatch' && (d.code === null || d.b?.code !== d.a.code)) return null;
  return { field, code: d.rule === 'total-mismatch' || d.rule === 'declared-total-mismatch' ? null : d.code };
}

/** Which printing each side of a finding is: a cell, or a sum of rows (the rule decides). */
function sideKinds(ctx: ReconcileContext, d: Discrepancy, q: Quantity): [Reading['kind'], Reading['kind']] {
  switch (d.rule) {
    case 'rollup-mismatch':
    case 'declared-total-mismatch':
      return ['cell', 'sum'];
    case 'total-mismatch':
      return [totalKind(ctx, d.a.table, q.field), d.b ? totalKind(ctx, d.b.table, q.field) : 'cell'];
    default:
      return ['cell', 'cell'];
  }
}

/** A side as a reading: the document's own when found (a sum knows its cells' confidence), else the side itself. */
function sideReading(side: Side, kind: Reading['kind'], all: Reading[]): Reading | null {
  if (!(side.value instanceof Decimal)) return null;
  const value = side.value;
  const found = all.find((r) => r.table === side.table && r.kind === kind && r.value.eq(value));
  if (found) return side.confidence !== undefined ? { ...found, confidence: side.confidence } : found;
  return {
    table: side.table,
    kind,
    value,
    // a sum the document's readings leave out (some rows unreadable): how many rows is not known here
    rows: kind === 'sum' ? 0 : 1,
    level: null,
    page: side.page,
    ...(side.confidence !== undefined ? { confidence: side.confidence } : {}),
  };
}

function param(r: Reading, total: boolean): ReadingParam {
  return {
    table: r.table,
    kind: r.kind,
    total,
    rows: r.rows,
    level: r.level,
    value: r.value.toFixed(),
    confidence: r.confidence === undefined ? null : Math.round(r.confidence),
  };
}

/** A side's OCR confidence: its cell's, or for a sum of rows the least of theirs. */
const confidenceOf = (side: Side | null, r: Reading | null): number | undefined => side?.confidence ?? r?.confidence;

function rewrap(d: Discrepancy, m: ReturnType<typeof msg>, extra: Partial<Discrepancy> = {}): Discrepancy {
  return { ...d, ...extra, msg: m, message: renderMessage(m, 'en') };
}

export function markOcrUncertain(found: Discrepancy[], ctx?: ReconcileContext): Discrepancy[] {
  return found.map((d) => {
    const q = ctx ? quantityOf(d) : null;
    const all = ctx && q ? readingsOf(ctx, q) : [];
    const [kindA, kindB] = ctx && q ? sideKinds(ctx, d, q) : (['cell', 'cell'] as const);
    const ra = sideReading(d.a, kindA, all);
    const rb = d.b ? sideReading(d.b, kindB, all) : null;
    const confidences = [confidenceOf(d.a, ra), confidenceOf(d.b, rb)].filter((c): c is number => c !== undefined);
    if (confidences.length === 0) return d;

    const total = q?.code === null;
    const witnesses = all.filter(
      (w) => !(ra && w.table === ra.table && w.kind === ra.kind) && !(rb && w.table === rb.table && w.kind === rb.kind),
    );
    const byA = ra ? confirmedBy(ra.value, witnesses) : [];
    const byB = rb ? confirmedBy(rb.value, witnesses) : [];
    const base = { base: d.msg ?? null, baseText: d.message };

    if (MONEY_RULES.has(d.rule) && ra && rb && misreadExplains(ra.value, rb.value)) {
      const uncertain = (suspect: 'a' | 'b' | null, ws: Reading[]) =>
        rewrap(
          d,
          msg('ocr-uncertain', {
            ...base,
            rule: d.rule,
            a: param(ra, total),
            b: param(rb, total),
            suspect,
            witnesses: ws.map((w) => param(w, total)),
          }),
          { rule: 'ocr-uncertain', severity: 'info' },
        );
      const unsure = (r: Reading) => r.confidence !== undefined && r.confidence < OCR_SURE;
      if (byA.length > 0 && byB.length === 0 && unsure(rb)) return uncertain('b', byA);
      if (byB.length > 0 && byA.length === 0 && unsure(ra)) return uncertain('a', byB);
      if (byA.length === 0 && byB.length === 0 && Math.min(...confidences) < OCR_SURE)
        return uncertain(null, witnesses);
    }
    const confirmed = [
      ...(ra && byA.length ? [{ reading: param(ra, total), by: byA.map((w) => param(w, total)) }] : []),
      ...(rb && byB.length ? [{ reading: param(rb, total), by: byB.map((w) => param(w, total)) }] : []),
    ];
    return rewrap(d, msg('ocr-read', { ...base, confidence: confidences.map((c) => Math.round(c)), confirmed }));
  });
}
