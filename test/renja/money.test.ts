import { Decimal } from 'decimal.js';
import {
  centsAfterDot,
  detectNumberFormat,
  formatRupiah,
  joinNumberSpaces,
  MONEY_UNIT_CONFLICT_LIMIT,
  parseMoney,
  parseMoneyUnit,
  parseSeparatedNumber,
  plainNumber,
} from '../../src/renja/money.js';
import { MoneySchema, RecordWarningSchema } from '../../src/renja/schema.js';

const kinds = (raw: string, opts?: Parameters<typeof parseMoney>[1]) =>
  parseMoney(raw, opts).warnings.map((w) => w.kind);
const value = (raw: string, opts?: Parameters<typeof parseMoney>[1]) => {
  const v = parseMoney(raw, opts).money.value;
  return v === null ? null : v.toFixed();
};

describe('parseMoney: amounts as printed in Renja tables and prose', () => {
  // [printed, expected value as exact decimal string, expected warning kinds]
  const cases: Array<[string, string, string[]]> = [
    ['2.630.445.095', '2630445095', []], // seed T-C.31 style
    ['14.464.000', '14464000', []],
    ['772.000', '772000', []],
    ['1.421', '1421', []], // dots separate thousands: never 1.421
    ['1.234.567,00', '1234567', []],
    ['1.234.567,50', '1234567.5', []],
    ['Rp 2.830.445.095,-', '2830445095', []], // seed prose
    ['Rp. 2.830.445.095,-', '2830445095', []],
    ['**Rp. 2.830.445.095,-**', '2830445095', []], // bold markers in a text export
    ['Rp.999.999.999,-', '999999999', []],
    ['Rp. 43.286.818.000,00,-', '43286818000', []], // renja_DLH_2017 prose: cents then `,-`
    ['Rp 36.749.227.700,00,-', '36749227700', []], // DISKOMINFO 2016
    ['Rp999.999.999,99', '999999999.99', []],
    ['IDR 5.000', '5000', []],
    ['2630445095', '2630445095', []],
    ['0', '0', []],
    ['0,00', '0', []],
    ['1.472. 358.762', '1472358762', []], // space after a separator (PDF extraction)
    ['2 630 445 095', '2630445095', []], // thin-space grouping
    ['1.472.358.762\n', '1472358762', []],
    ['197.407.564,000', '197407564', []], // Tabel_II-4 in a (Rp.000) column, 3-digit decimals
    ['59,520,000.00', '59520000', ['money-us-format']], // Siskeudes / Excel
    ['2,484,750,000', '2484750000', ['money-us-format']], // RENJA_BKP_2016 T-C.33
    ['1,234.5', '1234.5', ['money-us-format']],
    ['187,200', '187200', ['money-us-format']], // 2._RENJA_2016: one comma + 3 digits, read as US thousands
    ['54,55', '54.55', []], // one comma + 2 digits is always a decimal comma
    ['300.000.000,', '300000000', []], // Review_RKPD: the `-` of `,-` cut off
  ];
  it.each(cases)('%j -> %s', (raw, expected, expectedKinds) => {
    const { money, warnings } = parseMoney(raw);
    expect(money.value).not.toBeNull();
    expect(money.value!.equals(new Decimal(expected))).toBe(true);
    expect(money.raw).toBe(raw);
    expect(money.invalid).toBeUndefined();
    expect(warnings.map((w) => w.kind)).toEqual(expectedKinds);
    expect(MoneySchema.safeParse(money).success).toBe(true);
    for (const w of warnings) expect(RecordWarningSchema.safeParse(w).success).toBe(true);
  });

  it('keeps cents exactly (no float rounding)', () => {
    const v = parseMoney('999.999.999.999.999,07').money.value!;
    expect(v.toFixed()).toBe('999999999999999.07'); // 17 digits: more than a float holds
  });

  const nils = ['-', '–', '—', '', '   ', 'NIHIL', 'n/a', 'Rp -', 'Rp.          -', 'Rp. –', '--', '-,-', 'Rp. -,-'];
  it.each(nils)('nil %j -> value null, not invalid, no warning', (raw) => {
    const { money, warnings } = parseMoney(raw);
    expect(money.value).toBeNull();
    expect(money.invalid).toBeUndefined();
    expect(money.raw).toBe(raw);
    expect(warnings).toEqual([]);
  });

  it('a lone separator is nil, not an unreadable amount', () => {
    expect(parseMoney('.').money).toEqual({ value: null, raw: '.' });
    expect(parseMoney(' , ').warnings).toEqual([]);
  });

  it('zero is a value, distinct from nil', () => {
    expect(parseMoney('0').money.value!.isZero()).toBe(true);
    expect(parseMoney('-').money.value).toBeNull();
  });

  it.each(['#REF!', '#VALUE!', '#N/A', '#DIV/0!', '#NAME?', ' #REF! '])('spreadsheet error %j', (raw) => {
    const { money, warnings } = parseMoney(raw);
    expect(money.value).toBeNull();
    expect(money.invalid).toBeTruthy();
    expect(money.raw).toBe(raw);
    expect(warnings.map((w) => w.kind)).toEqual(['money-spreadsheet-error']);
  });

  const garbage = [
    'APBD',
    '14 999.999.999', // two merged cells
    '1 5',
    '1.2.3',
    '1.23.456',
    '500.000 (APBD)',
    '1,2.3',
    '12.3456.789',
  ];
  it.each(garbage)('unparseable %j -> null, invalid, raw kept', (raw) => {
    const { money, warnings } = parseMoney(raw);
    expect(money.value).toBeNull();
    expect(money.invalid).toBeTruthy();
    expect(money.raw).toBe(raw);
    expect(warnings.map((w) => w.kind)).toEqual(['money-unparseable']);
    expect(warnings[0].raw).toBe(raw);
  });

  // Amounts that cannot be read exactly: each is a finding (invalid-value, error), never a silent value.
  const ambiguous: Array<[string, string]> = [
    ['51.300.00', 'money-ambiguous'], // a real cell clipped to a short group (51.300.000)
    ['387.87', 'money-ambiguous'], // clipped, or cents after a dot
    ['1.23', 'money-ambiguous'],
    ['1.000.00', 'money-ambiguous'],
    ['2.030.013.250.00', 'money-ambiguous'], // RENJA_-_BAB_III: cents after a dot, or clipped: cannot tell
    ['11.390.872.35', 'money-ambiguous'], // renstra 2013-2018
    ['95.00', 'money-ambiguous'], // Tabel_3.1 (Permendagri 54)
    ['4,355,125,', 'money-ambiguous'], // a real cell clipped after a thousands separator
    ['300.000.000.', 'money-ambiguous'],
    ['Rp', 'money-ambiguous'], // the amount missing after its currency
    ['Rp.', 'money-ambiguous'],
    ['(1.000.000)', 'money-negative'],
    ['(1.000)', 'money-negative'],
    ['-1.000.000', 'money-negative'],
    ['- 1.000.000', 'money-negative'],
    ['\u22121.000', 'money-negative'], // U+2212 minus sign
    ['Rp -5.000', 'money-negative'],
    ['(0,40)', 'money-negative'], // BAB_II_Evaluasi growth column
    ['1.000.000.000.000.000.000.000', 'money-implausible'], // 10^21
    ['9.007.199.254.740.993,07', 'money-implausible'],
  ];
  it.each(ambiguous)('%j -> not read, %s', (raw, kind) => {
    const { money, warnings } = parseMoney(JSON.parse(`"${raw}"`) as string);
    expect(money.value).toBeNull();
    expect(money.invalid).toBeTruthy();
    expect(warnings.map((w) => w.kind)).toEqual([kind]);
    expect(MoneySchema.safeParse(money).success).toBe(true);
  });

  it('a dot before two digits is a decimal point in a US-style document, and a zero is never negative', () => {
    expect(value('387.87', { numberFormat: 'us' })).toBe('387.87');
    expect(value('(0)')).toBe('0');
    expect(value('-0')).toBe('0');
    expect(value('999.999.999.999.999')).toBe('999999999999999');
    expect(value('300.000.000,')).toBe('300000000');
  });

  it('numberFormat hint decides the one-comma-three-digits case', () => {
    expect(value('187,200', { numberFormat: 'id' })).toBe('187.2');
    expect(kinds('187,200', { numberFormat: 'id' })).toEqual([]);
    expect(value('187,200', { numberFormat: 'us' })).toBe('187200');
    expect(value('1.421', { numberFormat: 'us' })).toBe('1.421');
    expect(value('1.421', { numberFormat: 'id' })).toBe('1421');
  });
});

describe('parseMoney with a header unit', () => {
  it('scales thousands columns: BKP 2016 T-C.31 `500.000` in (Rp.000)', () => {
    expect(value('500.000', { unit: 1000 })).toBe('500000000');
    expect(value('2.484.750', { unit: 1000 })).toBe('2484750000');
    expect(kinds('2.484.750', { unit: 1000 })).toEqual([]);
  });
  it('a fractional part in a thousands column is fine', () => {
    expect(value('1.234,5', { unit: 1000 })).toBe('1234500');
    expect(value('197.407.564,000', { unit: 1000 })).toBe('197407564000');
    expect(value('0,5', { unit: 1e6 })).toBe('500000');
  });
  it('scales exactly even for huge values', () => {
    expect(value('999.999.999.999,91', { unit: 1000 })).toBe('999999999999910');
  });
  it('nil stays nil whatever the unit', () => {
    expect(value('-', { unit: 1000 })).toBeNull();
  });
  it('flags a cell that says Rp inside a thousands column, without silently rescaling', () => {
    const { money, warnings } = parseMoney('Rp 2.630.445.095', { unit: 1000 });
    expect(warnings.map((w) => w.kind)).toEqual(['money-unit-conflict']);
    expect(money.value!.toFixed()).toBe('2630445095000'); // the header's reading, flagged
    expect(warnings[0].message).toContain('2630445095');
  });
  it('flags an amount >= 1e12 after scaling', () => {
    expect(kinds('2.630.445.095', { unit: 1000 })).toEqual(['money-unit-conflict']);
    expect(kinds('999.999.999', { unit: 1000 })).toEqual([]);
    expect(MONEY_UNIT_CONFLICT_LIMIT.toFixed()).toBe('1000000000000');
  });
  it('does not flag large full-Rupiah amounts in a unit-1 column', () => {
    expect(kinds('2.630.445.095.000')).toEqual([]);
  });
});

describe('parseMoneyUnit', () => {
  const cases: Array<[string, number]> = [
    ['Pagu Indikatif (Rp. 000)', 1000],
    ['(Rp.000)', 1000],
    ['Pagu Indikatif (Ribuan)', 1000], // Tabel_3.1
    ['Prakiraan Maju (Ribuan)', 1000],
    ['(dalam ribuan rupiah)', 1000],
    ['(juta rupiah)', 1e6],
    ['Peternakan (Juta Rupiah)', 1e6],
    ['(Rp. 000.000)', 1e6],
    ['(dalam milyar rupiah)', 1e9],
    ['Pagu Indikatif (Rp.)', 1],
    ['(Rp)', 1],
    ['Pagu Indikatif', 1],
    ['Rp 10.000', 1], // an amount, not a unit
    ['Kebutuhan Dana Indikatif (000)', 1000], // Disnakertrans 2015 T-III.1
  ];
  it.each(cases)('%j -> %d', (header, unit) => {
    expect(parseMoneyUnit(header)).toBe(unit);
  });
});

describe('separator helpers', () => {
  it('joinNumberSpaces joins only at group boundaries', () => {
    expect(joinNumberSpaces('1.472. 358.762')).toBe('1.472.358.762');
    expect(joinNumberSpaces('2 630 445 095')).toBe('2630445095');
    expect(joinNumberSpaces('12 3')).toBeNull();
    expect(joinNumberSpaces('14 999.999.999')).toBe('14999.999.999'); // rejected later by grouping
    expect(parseSeparatedNumber('14999.999.999')).toBeNull();
  });
  it('detectNumberFormat', () => {
    expect(detectNumberFormat(['2.630.445.095', '1.234,50'])).toBe('id');
    expect(detectNumberFormat(['500,000,000', '59,520,000.00'])).toBe('us');
    expect(detectNumberFormat(['500.000', '550,000,000'])).toBe('us');
    expect(detectNumberFormat(['2.484.750', '2,733,225,000'])).toBe('mixed');
    expect(detectNumberFormat(['12', '-'])).toBe('unknown');
  });
});

describe('formatRupiah / plainNumber', () => {
  const cases: Array<[string, string]> = [
    ['2830445095', 'Rp 2.830.445.095'],
    ['0', 'Rp 0'],
    ['999', 'Rp 999'],
    ['1000', 'Rp 1.000'],
    ['1234567.5', 'Rp 1.234.567,50'],
    ['1234567.125', 'Rp 1.234.567,125'],
    ['-5000', '-Rp 5.000'],
    ['1e21', 'Rp 1.000.000.000.000.000.000.000'],
  ];
  it.each(cases)('formatRupiah(%s) = %s', (d, s) => {
    expect(formatRupiah(new Decimal(d))).toBe(s);
  });
  it('plainNumber never uses an exponent', () => {
    expect(plainNumber(new Decimal('1e21'))).toBe('1000000000000000000000');
    expect(plainNumber(new Decimal('2830445095'))).toBe('2830445095');
    expect(plainNumber(new Decimal('-1234.5'))).toBe('-1234.5');
    expect(plainNumber(new Decimal('1e-7'))).toBe('0.0000001');
    expect(plainNumber(new Decimal('-0'))).toBe('0');
  });
  it('round-trips through parseMoney (a negative amount is read as such, and reported)', () => {
    expect(parseMoney(formatRupiah(new Decimal('-5000'))).warnings.map((w) => w.kind)).toEqual(['money-negative']);
    for (const s of ['2830445095', '1234567.5', '0']) {
      const d = new Decimal(s);
      expect(parseMoney(formatRupiah(d)).money.value!.equals(d)).toBe(true);
    }
  });
});

describe('parseMoney: both separators between thousands (a typing slip with one reading)', () => {
  it.each([
    ['3.000,000,000', '3000000000'],
    ['7.400,000,000', '7400000000'],
    ['249,451.600,00', '249451600'],
  ])('%j is read as %s and reported (money-odd-format)', (raw, value) => {
    const r = parseMoney(raw);
    expect(r.money.value?.toFixed()).toBe(value);
    expect(r.money.invalid).toBeUndefined();
    expect(r.warnings.map((w) => w.kind)).toEqual(['money-odd-format']);
  });
  it('keeps a single trailing separator as the decimal mark (Rp 000 columns print 6.008.850,000)', () => {
    const r = parseMoney('6.008.850,000', { unit: 1000 });
    expect(r.money.value?.toFixed()).toBe('6008850000');
    expect(r.warnings.map((w) => w.kind)).not.toContain('money-odd-format');
  });
});

describe('a table that prints cents after a dot on its amounts (old-era spreadsheets)', () => {
  const table = ['45.522.417.825.00', '59.850.000.00', '459.900.000.00', '10.460.060.000.00', '-'];
  it('is recognised from its cells, and there `.00` is cents, not a clipped amount', () => {
    expect(centsAfterDot(table)).toBe(true);
    expect(centsAfterDot(['51.300.00', '51.300.000', '73.125.000', '120.000.000'])).toBe(false);
    const r = parseMoney('2.030.013.250.00', { centsAfterDot: true });
    expect(r.money.value?.toString()).toBe('2030013250');
    expect(r.money.invalid).toBeUndefined();
    // elsewhere the same text stays ambiguous
    expect(parseMoney('2.030.013.250.00').money.invalid).toBeDefined();
    // a short tail is not cents even there
    expect(parseMoney('387.87', { centsAfterDot: true }).money.invalid).toBeDefined();
  });
});
