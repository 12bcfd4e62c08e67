import { Decimal } from 'decimal.js';
import { TargetSchema } from '../../src/renja/schema.js';
import {
  normalizeUnit,
  parseTarget,
  parseTargetDetailed,
  repairBrokenWords,
  targetsEqual,
  compareTargets,
} from '../../src/renja/targets.js';

describe('parseTarget: target cells from the seed and the corpus', () => {
  // [printed, qty (exact decimal string or null), unit, percent]
  const cases: Array<[string, string | null, string, boolean]> = [
    ['12 Orang/ 12 bulan', '12', 'Orang/ 12 bulan', false], // seed T-C.31
    ['2 dokumen', '2', 'dokumen', false],
    ['1110 Keluarga', '1110', 'Keluarga', false],
    ['1.110 Keluarga', '1110', 'Keluarga', false], // dot = thousands
    ['95 %', '95', '%', true],
    ['100%', '100', '%', true],
    ['54,55%', '54.55', '%', true],
    ['100,00 %', '100', '%', true],
    ['107,53%', '107.53', '%', true], // seed T-C.29 column 8
    ['60,5 (B-)', '60.5', '(B-)', false], // SAKIP score with grade
    ['- Laporan', null, 'Laporan', false], // seed T-C.29: nil quantity, unit still printed
    ['- unit', null, 'unit', false],
    ['NIHIL', null, '', false],
    ['-', null, '', false],
    ['–', null, '', false],
    ['', null, '', false],
    ['n/a', null, '', false], // renja_DLH_2017
    ['0 Paket', '0', 'Paket', false], // zero is a quantity
    ['3 doku men', '3', 'dokumen', false], // seed T-C.29: wrap-broken unit
    ['12 Lapo ran', '12', 'Laporan', false],
    ['6 lapo ran', '6', 'laporan', false],
    ['1dokumen', '1', 'dokumen', false], // renja_DLH_2017
    ['7 Lembaga Kemasyarakatan', '7', 'Lembaga Kemasyarakatan', false],
    ['95.00 persen', '95', 'persen', true], // Tabel_3.1 (decimal point, percent word)
    ['70 Persen', '70', 'Persen', true], // RENJA_BKP_2016
    ['2.00 Laporan', '2', 'Laporan', false],
    ['32,968 Km', '32.968', 'Km', false], // Tabel_II-4: decimal comma
    ['Target : 16.862.754 ekor', '16862754', 'ekor', false], // Pohon Kinerja: label in the cell
    ['4.00 Kali', '4', 'Kali', false],
    ['40 orang/bulan', '40', 'orang/bulan', false],
    ['WTP', null, 'WTP', false], // qualitative target
    ['12    laporan', '12', 'laporan', false],
  ];
  it.each(cases)('%j -> qty %s, unit %j, percent %s', (raw, qty, unit, percent) => {
    const t = parseTarget(raw);
    if (qty === null) expect(t.qty).toBeNull();
    else expect(t.qty !== null && t.qty.equals(new Decimal(qty))).toBe(true);
    expect(t.unit).toBe(unit);
    expect(t.percent).toBe(percent);
    expect(t.raw).toBe(raw);
    expect(TargetSchema.safeParse(t).success).toBe(true);
  });

  it('ranges keep their text and warn target-unparsed', () => {
    const { target, warnings } = parseTargetDetailed('12,3 – 13 %'); // renja_DLH_2017 T-C.29
    expect(target.qty).toBeNull();
    expect(target.percent).toBe(true);
    expect(target.unit).toBe('12,3 - 13 %');
    expect(warnings.map((w) => w.kind)).toEqual(['target-unparsed']);
  });

  it('an unreadable leading number warns target-unparsed', () => {
    const { target, warnings } = parseTargetDetailed('1.2.3 dokumen');
    expect(target.qty).toBeNull();
    expect(warnings.map((w) => w.kind)).toEqual(['target-unparsed']);
  });

  it('ordinary cells carry no warning', () => {
    expect(parseTargetDetailed('2 dokumen').warnings).toEqual([]);
    expect(parseTargetDetailed('- Laporan').warnings).toEqual([]);
  });
});

describe('repairBrokenWords', () => {
  it.each([
    ['doku men', 'dokumen'],
    ['Lapo ran', 'Laporan'],
    ['Orang/ 12 bulan', 'Orang/ 12 bulan'],
    ['Lembaga Kemasyarakatan', 'Lembaga Kemasyarakatan'],
    ['unit kerja', 'unit kerja'], // `unit` is a word of its own: never glued
    ['ke giatan', 'kegiatan'],
    ['abc def', 'abc def'], // unknown result: left alone
  ])('%j -> %j', (input, output) => {
    expect(repairBrokenWords(input)).toBe(output);
  });
});

describe('parseTarget: percentages', () => {
  const parsePercent = (raw: string) => {
    const t = parseTarget(raw);
    return t.percent && t.qty !== null ? t.qty : null;
  };
  it.each([
    ['54,55%', '54.55'],
    ['95 %', '95'],
    ['100,00 %', '100'],
    ['70 persen', '70'],
    ['87,98%', '87.98'],
  ])('%j -> %s', (raw, v) => {
    expect(parsePercent(raw)!.equals(new Decimal(v))).toBe(true);
  });
  it.each(['2 dokumen', '-', 'NIHIL', '%'])('%j -> null', (raw) => {
    expect(parsePercent(raw)).toBeNull();
  });
});

describe('targetsEqual / normalizeUnit', () => {
  const eq = (a: string, b: string) => targetsEqual(parseTarget(a), parseTarget(b));
  it.each([
    ['2 dokumen', '2 Dokumen'],
    ['2 dok', '2 dokumen'], // seed T-C.29 prints both in one row
    ['100%', '100,00 %'],
    ['95 %', '95 persen'],
    ['12 Orang/ 12 bulan', '12 orang/12 bulan'],
    ['3 doku men', '3 dokumen'],
    ['1.110 Keluarga', '1110 keluarga'],
    ['-', 'NIHIL'],
    ['- Laporan', '- laporan'],
  ])('%j equals %j', (a, b) => {
    expect(eq(a, b)).toBe(true);
    expect(eq(b, a)).toBe(true);
  });
  it.each([
    ['2 dokumen', '3 dokumen'],
    ['12 Orang/ 12 bulan', '12 Orang/ bulan'], // seed T-4.1 vs T-C.33: a real difference
    ['1 Laporan', '1 Dokumen'], // no synonyms between different units
    ['0 Paket', '- Paket'], // zero is not nil
    ['95 %', '95'],
    ['54,55%', '54,5%'],
    ['4 Laporan', '4 Lap oran x'],
  ])('%j differs from %j', (a, b) => {
    expect(eq(a, b)).toBe(false);
  });
  it('normalizeUnit', () => {
    expect(normalizeUnit('Orang/ 12 bulan')).toBe('orang/12 bulan');
    expect(normalizeUnit('Dok.')).toBe('dokumen');
    expect(normalizeUnit('Persen')).toBe('%');
    expect(normalizeUnit('doku men')).toBe('dokumen');
    expect(normalizeUnit('Lembaga  Kemasyarakatan')).toBe('lembaga kemasyarakatan');
  });
});

describe('rejoinWrappedDecimal', () => {
  it('joins a decimal wrapped inside a narrow cell', async () => {
    const { parseTarget, rejoinWrappedDecimal } = await import('../../src/renja/targets.js');
    expect(rejoinWrappedDecimal('100,0 0%')).toBe('100,00%');
    expect(parseTarget('100,0 0%').qty?.toFixed(2)).toBe('100.00');
    expect(parseTarget('100,0 0%').percent).toBe(true);
    expect(rejoinWrappedDecimal('12 3 unit')).toBe('12 3 unit'); // no decimal comma: leave alone
  });
});

describe('compareTargets: what the value-mismatch rules report', () => {
  it.each([
    ['54,55 %', '54,55%', 'same'],
    ['2 dok', '2 dokumen', 'same'],
    ['95 %', '95 persen', 'same'],
    ['1 Unit', '8 Unit', 'different'],
    ['95 %', '95 fasilitasi', 'different'],
    ['7 Lembaga', '7 Desa', 'unit-only'],
    ['4 Angkatan/200 Orang', '4 Angkatan/200Orang', 'same'], // a space lost where the cell wrapped
    ['WTP', 'wtp', 'same'],
    ['WTP', 'Baik', 'different'],
  ])('%j vs %j -> %s', (a, b, expected) => {
    expect(compareTargets(parseTarget(a), parseTarget(b))).toBe(expected);
  });
});
