/**
 * Money cells as printed in Renja PDFs -> decimal.js values, never floats.
 *
 * Indonesian documents group thousands with dots and write decimals with a comma
 * (`2.630.445.095`, `1.234.567,50`); `1.421` is one thousand four hundred twenty-one.
 * Tables pasted from Siskeudes/Excel use US style (`59,520,000.00`): recognized by its
 * pattern and flagged `money-us-format`.
 */
import { Decimal } from 'decimal.js';
import type { Money, RecordWarning } from './schema.js';
import { cleanText, isNil } from './text.js';

/** How to read separators. `auto`: Indonesian unless the pattern can only be US. */
export type NumberFormat = 'id' | 'us' | 'auto';

export interface ParsedNumber {
  value: Decimal;
  /**
   * Which convention the separators were read in (`plain`: no separators; `mixed`: `.` and `,` both used between
   * groups of three, `3.000,000,000`, a typing slip with one reading).
   */
  format: 'id' | 'us' | 'plain' | 'mixed';
  /** True when the reading depended on the `NumberFormat` hint (`187,200`). */
  ambiguous: boolean;
  /**
   * True when a dot before the last 1-2 digits was read as a decimal point (`95.00`, `51.300.00`): in Indonesian
   * writing a dot groups thousands, so such a figure may just as well be an amount clipped by its cell.
   */
  decimalDot?: boolean;
}

/** Excel error literals that leak into PDFs exported from spreadsheets. */
const SPREADSHEET_ERRORS = /^#(?:REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|#+)$/i;

/**
 * A single Renja PD row never reaches a trillion Rupiah (even provincial OPD totals are in the
 * tens to hundreds of billions), so a scaled cell at or above this was almost surely printed in
 * full Rupiah inside a thousands/millions column.
 */
export const MONEY_UNIT_CONFLICT_LIMIT = new Decimal('1e12');

/**
 * No amount in a Renja reaches this (a whole province's budget is in the tens of trillions, 10^13): a cell above it
 * is a misreading (digits of two cells run together, a code in a money column), reported, never summed.
 */
export const MONEY_IMPLAUSIBLE_LIMIT = new Decimal('1e15');

const GROUP3 = /^\d{3}$/;
const LEAD_GROUP = /^\d{1,3}$/;

function allGroups3(groups: string[]): boolean {
  return groups.every((g) => GROUP3.test(g));
}

/** `1.234.567` style: first group 1-3 digits, all others exactly 3. */
function isGrouped(groups: string[]): boolean {
  return groups.length >= 2 && LEAD_GROUP.test(groups[0]) && allGroups3(groups.slice(1));
}

function dec(intDigits: string, fracDigits = ''): Decimal {
  return new Decimal(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
}

/**
 * Reads an unsigned number written with `.`/`,` separators and no spaces.
 * Returns null when the separators form no consistent pattern (`14999.999.999`, `1,2.3`).
 *
 * Rules (Indonesian first, see module doc):
 * - only dots: 3-digit groups are thousands (`1.421` = 1421); a single dot before 1-2 digits is a
 *   decimal point (`95.00`, seen in Permendagri-54 tables); `2.030.013.250.00` is grouped thousands
 *   with cents after the last dot (seen in old-era tables).
 * - only commas: one comma before 1-2 (or 4+) digits is the Indonesian decimal comma (`54,55`);
 *   several 3-digit comma groups are US thousands; ONE comma before exactly 3 digits (`187,200`)
 *   is ambiguous and follows `hint` (`auto` reads US thousands; `,000` is read as thousands whatever the hint).
 * - both: `1.234.567,50` Indonesian, `59,520,000.00` US.
 */
export function parseSeparatedNumber(s: string, hint: NumberFormat = 'auto'): ParsedNumber | null {
  if (/^\d+$/.test(s)) return { value: dec(s), format: 'plain', ambiguous: false };
  if (!/^\d[\d.,]*\d$/.test(s)) return null;
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');

  if (hasDot && !hasComma) {
    const groups = s.split('.');
    if (groups.length === 2 && /^\d{1,2}$/.test(groups[1])) {
      return { value: dec(groups[0], groups[1]), format: 'id', ambiguous: false, decimalDot: true };
    }
    if (hint === 'us' && groups.length === 2) {
      return { value: dec(groups[0], groups[1]), format: 'us', ambiguous: true };
    }
    if (isGrouped(groups)) return { value: dec(groups.join('')), format: 'id', ambiguous: false };
    const last = groups[groups.length - 1];
    const head = groups.slice(0, -1);
    if (/^\d{1,2}$/.test(last) && isGrouped(head)) {
      return { value: dec(head.join(''), last), format: 'id', ambiguous: false, decimalDot: true };
    }
    return null;
  }

  if (hasComma && !hasDot) {
    const groups = s.split(',');
    if (groups.length === 2) {
      if (groups[1].length === 3 && LEAD_GROUP.test(groups[0])) {
        // `819,000` in a table of dot thousands: three zero decimals say nothing, a thousands group typed with
        // the other separator does (the same row prints 819.000 elsewhere)
        if (hint === 'id' && groups[1] !== '000')
          return { value: dec(groups[0], groups[1]), format: 'id', ambiguous: true };
        return { value: dec(groups.join('')), format: 'us', ambiguous: true };
      }
      return { value: dec(groups[0], groups[1]), format: 'id', ambiguous: false };
    }
    if (isGrouped(groups)) return { value: dec(groups.join('')), format: 'us', ambiguous: false };
    return null;
  }

  // Both separators used between groups of three (`3.000,000,000`, `249,451.600,00`): a slip with only one reading.
  // Without a 1-2 digit decimal part, the last separator must occur twice: once, it may be a decimal mark
  // (`6.008.850,000` in a Rp 000 column is 6.008.850 thousand).
  const mixed = /^(\d{1,3}(?:[.,]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(s);
  const lastSep = mixed ? mixed[1].replace(/\d/g, '').slice(-1) : '';
  if (
    mixed &&
    /\..*,\d{3}|,.*\.\d{3}/.test(mixed[1]) &&
    (mixed[2] !== undefined || mixed[1].split(lastSep).length > 2)
  ) {
    return { value: dec(mixed[1].replace(/[.,]/g, ''), mixed[2]), format: 'mixed', ambiguous: false };
  }

  // Both separators: the last one is the decimal mark.
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastComma > lastDot) {
    const intPart = s.slice(0, lastComma);
    const frac = s.slice(lastComma + 1);
    if (intPart.includes(',') || !isGrouped(intPart.split('.'))) return null;
    return { value: dec(intPart.split('.').join(''), frac), format: 'id', ambiguous: false };
  }
  const intPart = s.slice(0, lastDot);
  const frac = s.slice(lastDot + 1);
  if (intPart.includes('.') || !isGrouped(intPart.split(','))) return null;
  return { value: dec(intPart.split(',').join(''), frac), format: 'us', ambiguous: false };
}

/**
 * Removes spaces that PDF extraction put inside one number (`1.472. 358.762`, `2 630 445 095`)
 * but refuses to glue two numbers together (`14 999.999.999`, `1 5`): a space is accepted only
 * next to a separator or in front of a full 3-digit group.
 */
export function joinNumberSpaces(s: string): string | null {
  if (!/\s/.test(s)) return s;
  const parts = s.split(/\s+/);
  for (let i = 1; i < parts.length; i++) {
    const left = parts[i - 1];
    const right = parts[i];
    const atSeparator = /[.,]$/.test(left) || /^[.,]/.test(right);
    const groupFollows = /^\d{3}(?:[.,]|$)/.test(right);
    if (!atSeparator && !groupFollows) return null;
  }
  return parts.join('');
}

export interface ParseMoneyOptions {
  /** Header unit multiplier: 1, 1000 for `(Rp. 000)`, 1e6 for `(juta rupiah)`. */
  unit?: number;
  /** Separator convention of the document, when known (see `detectNumberFormat`). */
  numberFormat?: NumberFormat;
  /**
   * The table prints its amounts with two cent digits after full dot groups (`2.030.013.250.00` on nearly every
   * row, see `centsAfterDot`): there `.00` is cents, not a clipped amount.
   */
  centsAfterDot?: boolean;
}

/** An amount of full dot groups with two cent digits after a dot: `2.030.013.250.00`. */
const DOT_CENTS = /^\d{1,3}(?:\.\d{3})+\.\d{2}$/;
/** ... and without: `2.030.013.250`. */
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
/** Share of a table's grouped amounts that must carry dot cents for the table to print them that way. */
const DOT_CENTS_SHARE = 0.6;
const DOT_CENTS_MIN = 3;

/** Does a table print its amounts with cents after a dot (old-era spreadsheets: `45.522.417.825.00`)? */
export function centsAfterDot(samples: string[]): boolean {
  const cells = samples.map((t) =>
    cleanText(t)
      .replace(/^rp\.?\s*/i, '')
      .trim(),
  );
  const withCents = cells.filter((t) => DOT_CENTS.test(t)).length;
  const grouped = withCents + cells.filter((t) => DOT_GROUPS.test(t)).length;
  return withCents >= DOT_CENTS_MIN && withCents >= grouped * DOT_CENTS_SHARE;
}

function warn(kind: RecordWarning['kind'], message: string, raw: string): RecordWarning {
  return { kind, message, raw };
}

function scale(value: Decimal, unit: number): Decimal {
  if (unit === 1) return value;
  const exp = Math.log10(unit);
  // Powers of ten shift the decimal point exactly, whatever Decimal.precision is configured to.
  if (Number.isInteger(exp)) return new Decimal(`${value.toFixed()}e${exp}`);
  return value.times(unit);
}

/**
 * Parses one money cell. `-`, `–`, empty, `NIHIL`, `Rp -` are nil (value null, not invalid);
 * `0` and `0,00` are zero. Spreadsheet errors and unreadable text give value null + `invalid`
 * + a warning, with `raw` kept as printed.
 */
export function parseMoney(raw: string, opts: ParseMoneyOptions = {}): { money: Money; warnings: RecordWarning[] } {
  const unit = opts.unit ?? 1;
  const hint = opts.numberFormat ?? 'auto';
  const warnings: RecordWarning[] = [];
  const nil = (): { money: Money; warnings: RecordWarning[] } => ({ money: { value: null, raw }, warnings });
  const invalid = (
    kind: 'money-unparseable' | 'money-spreadsheet-error' | 'money-ambiguous' | 'money-negative' | 'money-implausible',
    why: string,
  ) => {
    warnings.push(warn(kind, why, raw));
    return { money: { value: null, raw, invalid: why }, warnings };
  };

  let s = cleanText(raw).replace(/\*+/g, ''); // `**Rp. 2.830.445.095,-**` (bold markers in text exports)
  s = s.trim();
  if (isNil(s)) return nil();
  if (SPREADSHEET_ERRORS.test(s.replace(/\s+/g, '')))
    return invalid('money-spreadsheet-error', `spreadsheet error ${s}`);

  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true; // accounting style `(1.000.000)`
    s = s.slice(1, -1).trim();
  }
  if (/^-\s*(?=[\dRr])/.test(s) && s.length > 1) {
    negative = !negative;
    s = s.replace(/^-\s*/, '');
  }
  let saysRupiah = false;
  const rp = /^(?:rp|idr)\.?\s*/i.exec(s);
  if (rp) {
    saysRupiah = true;
    s = s.slice(rp[0].length);
    if (/^-\s*\d/.test(s)) {
      negative = !negative; // `Rp -5.000`
      s = s.replace(/^-\s*/, '');
    }
  }
  // `Rp` / `Rp.` with nothing after it: the amount is missing or clipped, not a blank.
  if (saysRupiah && s === '')
    return invalid('money-ambiguous', `${JSON.stringify(raw)} has no amount after Rp (clipped?)`);
  // `Rp -` / `Rp. –` : Excel accounting format for zero-or-empty; treated like `-`.
  if (isNil(s)) return nil();
  s = s.replace(/\s*[,.]\s*-\s*$/, ''); // `2.830.445.095,-` and `...,00,-`
  s = s.replace(/\s*-$/, '');
  // A group separator with nothing after it (`4,355,125,`, `300.000.000.`): the cell cut the amount off.
  if (/^\d{1,3}([.,])\d{3}(?:\1\d{3})*\1$/.test(s.replace(/\s+/g, '')))
    return invalid('money-ambiguous', `${JSON.stringify(raw)} ends in a thousands separator: the amount looks clipped`);
  // `300.000.000,` (the `-` of `,-` lost or cut off) and a stray `.` in an empty cell: a separator with nothing after it.
  s = s.replace(/\s*[,.]$/, '');
  if (s === '') return nil(); // `-,-`: a dash with the Rupiah suffix

  const joined = joinNumberSpaces(s);
  const parsed = joined === null ? null : parseSeparatedNumber(joined, hint);
  if (!parsed) return invalid('money-unparseable', `not an amount: ${JSON.stringify(raw)}`);
  // `51.300.00`, `387.87`, `1.23`: cents after a dot, or an amount clipped by its cell; only a US-style document
  // (commas between thousands elsewhere) makes the dot a decimal point.
  if (parsed.decimalDot && hint !== 'us' && !(opts.centsAfterDot && DOT_CENTS.test(joined ?? '')))
    return invalid(
      'money-ambiguous',
      `${JSON.stringify(raw)} cannot be read exactly: a dot before ${s.split('.').pop()!.length} last digits is either cents or an amount clipped by its cell`,
    );

  if (parsed.format === 'mixed') {
    warnings.push(
      warn(
        'money-odd-format',
        `'.' and ',' both separate thousands in ${s}: read as ${plainNumber(parsed.value)}`,
        raw,
      ),
    );
  }
  if (parsed.format === 'us') {
    warnings.push(
      warn(
        'money-us-format',
        parsed.ambiguous
          ? `read ${s} with ',' as thousands separator (ambiguous: could be a decimal comma)`
          : `read ${s} as US style (',' thousands, '.' decimal)`,
        raw,
      ),
    );
  }
  const value = scale(parsed.value, unit);
  if (negative && !value.isZero())
    return invalid('money-negative', `${JSON.stringify(raw)} is negative: a pagu cannot be below zero`);
  if (value.abs().gt(MONEY_IMPLAUSIBLE_LIMIT))
    return invalid(
      'money-implausible',
      `${JSON.stringify(raw)} reads as ${plainNumber(value)}, above Rp 10^15: no Renja amount is that large`,
    );
  if (unit !== 1) {
    if (saysRupiah) {
      warnings.push(
        warn(
          'money-unit-conflict',
          `cell says Rp but the column unit is ${unit}; scaled to ${plainNumber(value)} (unscaled ${plainNumber(parsed.value)})`,
          raw,
        ),
      );
    } else if (value.abs().gte(MONEY_UNIT_CONFLICT_LIMIT)) {
      warnings.push(
        warn(
          'money-unit-conflict',
          `${plainNumber(value)} after scaling by ${unit} is implausibly large; the cell may be in full Rupiah`,
          raw,
        ),
      );
    }
  }
  return { money: { value, raw }, warnings };
}

/**
 * Unit multiplier from a column header: `(Rp. 000)`, `(Rp.000)`, `(Ribuan)`, `(dalam ribuan rupiah)`
 * or a bare `(000)` -> 1000; `(juta rupiah)`, `(Rp. 000.000)` -> 1e6; `(milyar)` -> 1e9; `(Rp)` or nothing -> 1.
 */
export function parseMoneyUnit(headerText: string): number {
  const h = cleanText(headerText).toLowerCase();
  if (/\brp\.?\s*000[.,]\s*000[.,]\s*000\b|\bmil[iy]ar/.test(h)) return 1e9;
  if (/\brp\.?\s*000[.,]\s*000\b|\bjuta(?:an)?\b/.test(h)) return 1e6;
  if (/\brp\.?\s*000\b|\bribu(?:an)?\b|\(\s*000\s*\)/.test(h)) return 1000;
  return 1;
}

/**
 * Guesses a document's separator convention from sample cells: unambiguous US patterns
 * (`1,234,567`, `1,234.50`) against unambiguous Indonesian ones (`1.234.567`, `1.234,50`).
 */
export function detectNumberFormat(samples: Iterable<string>): 'id' | 'us' | 'mixed' | 'unknown' {
  let id = 0;
  let us = 0;
  for (const raw of samples) {
    const s = cleanText(raw);
    if (/\d,\d{3},\d{3}|\d,\d{3}\.\d{1,2}\b/.test(s)) us++;
    if (/\d\.\d{3}\.\d{3}|\d\.\d{3},\d+\b/.test(s)) id++;
  }
  if (id && us) return 'mixed';
  if (id) return 'id';
  if (us) return 'us';
  return 'unknown';
}

/** Digits of the integer part in Indonesian grouping: `2830445095` -> `2.830.445.095`. */
function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * `Rp 2.830.445.095`; decimals after a comma when present, at least two digits (`Rp 1.234.567,50`);
 * negatives as `-Rp 5.000`.
 */
export function formatRupiah(d: Decimal): string {
  const [intPart, frac] = d.abs().toFixed().split('.');
  const body = `Rp ${groupThousands(intPart)}${frac ? `,${frac.padEnd(2, '0')}` : ''}`;
  return d.isNegative() && !d.isZero() ? `-${body}` : body;
}

/** Plain digits for CSV/JSON: `2830445095`, `-1234.5`; never an exponent (1e21 -> 21 digits). */
export function plainNumber(d: Decimal): string {
  const s = d.toFixed();
  return s === '-0' ? '0' : s;
}

/** Money value of a cell; nil (`-`, empty) and invalid cells give null. */
export function moneyValue(m: Money | null | undefined): Decimal | null {
  if (!m || m.invalid !== undefined) return null;
  return m.value;
}
