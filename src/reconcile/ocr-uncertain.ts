/**
 * `ocr-uncertain`: a money finding where a value was read by OCR and one misread digit or separator explains the
 * difference is re-classified as info with both readings, not reported as an error: the scan must be looked at,
 * the plan is not shown to be wrong. Only unsure readings qualify (below OCR_SURE): the headline gap of the
 * sample (Rp 2.630.445.095 vs Rp 2.830.445.095) is one digit apart too, and read at 95-96 it stays an error.
 * Other findings on OCR text say so in their message. Not yet done: confirming a reading against the
 * document's own redundancy (the same amount in another table, a parent's sum) before trusting it.
 */
import { Decimal } from 'decimal.js';
import { formatRupiah } from '../renja/money.js';
import type { Discrepancy, Side } from './types.js';

/** Findings about amounts (the ones a misread digit can cause). */
const MONEY_RULES = new Set(['value-mismatch', 'total-mismatch', 'rollup-mismatch', 'declared-total-mismatch']);

/**
 * Tesseract's word confidence at and above which a reading is taken as read: on the generated scan every wrong
 * amount was below it, and 9 in 10 right ones above it (bench: ocr).
 */
export const OCR_SURE = 85;

function fromOcr(s: Side | null): boolean {
  return s?.confidence !== undefined;
}

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

function confidenceNote(d: Discrepancy): string {
  const c = [d.a, d.b].filter(fromOcr).map((s) => Math.round(s!.confidence!));
  return `read by OCR (confidence ${c.join('/')}%)`;
}

export function markOcrUncertain(found: Discrepancy[]): Discrepancy[] {
  return found.map((d) => {
    if (!fromOcr(d.a) && !fromOcr(d.b)) return d;
    const a = d.a.value;
    const b = d.b?.value;
    const least = Math.min(...[d.a, d.b].filter(fromOcr).map((s) => s!.confidence!));
    if (
      MONEY_RULES.has(d.rule) &&
      least < OCR_SURE &&
      a instanceof Decimal &&
      b instanceof Decimal &&
      misreadExplains(a, b)
    ) {
      return {
        ...d,
        rule: 'ocr-uncertain',
        severity: 'info',
        message:
          `${d.message}; ${confidenceNote(d)}: ${formatRupiah(a)} and ${formatRupiah(b)} differ by one digit or ` +
          `separator, which a misread explains: check the scan (${d.rule} if the print says so)`,
      };
    }
    return { ...d, message: `${d.message} (${confidenceNote(d)})` };
  });
}
