import { Decimal } from 'decimal.js';
import { confirmedBy, markOcrUncertain, misreadExplains, oneEditApart } from '../../src/reconcile/ocr-uncertain.js';
import { reconcile } from '../../src/reconcile/index.js';
import type { Reading } from '../../src/reconcile/redundancy.js';
import type { Discrepancy, RuleId, Side } from '../../src/reconcile/types.js';
import { findingText } from '../../src/i18n/index.js';
import type { MessageParams } from '../../src/i18n/messages.js';
import { extraction, TableBuilder } from '../helpers/records.js';

const side = (table: 'TC33' | 'T41', value: string, confidence?: number): Side => ({
  table,
  page: 1,
  bbox: null,
  value: new Decimal(value),
  code: '7.01.01',
  name: 'PROGRAM PENUNJANG',
  ...(confidence !== undefined ? { confidence } : {}),
});

const finding = (a: Side, b: Side, rule: Discrepancy['rule'] = 'value-mismatch'): Discrepancy => ({
  doc: 'scan',
  rule,
  severity: 'error',
  code: '7.01.01',
  field: 'pagu',
  a,
  b,
  difference: (b.value as Decimal).minus(a.value as Decimal),
  message: 'pagu differs',
  explanation: null,
});

describe('oneEditApart', () => {
  it.each([
    ['7922000', '7922000', false],
    ['7922000', '7922800', true],
    ['7922000', '71922000', true],
    ['1925038095', '192503095', true],
    ['1925038095', '2125038095', false],
    ['12', '1234', false],
  ])('%s vs %s: %p', (a, b, want) => expect(oneEditApart(a, b)).toBe(want));
});

describe('misreadExplains', () => {
  it('accepts one digit and a separator read as a decimal comma, not a real gap', () => {
    expect(misreadExplains(new Decimal('7922000'), new Decimal('71922000'))).toBe(true);
    expect(misreadExplains(new Decimal('7922000'), new Decimal('7922'))).toBe(true);
    expect(misreadExplains(new Decimal('2630445095'), new Decimal('2830445095'))).toBe(true);
    expect(misreadExplains(new Decimal('1925038095'), new Decimal('2125038095'))).toBe(false);
    expect(misreadExplains(new Decimal('5'), new Decimal('5'))).toBe(false);
  });
});

describe('markOcrUncertain', () => {
  it('turns an OCR money finding that one digit explains into info with both readings', () => {
    const [d] = markOcrUncertain([finding(side('TC33', '7922000', 61), side('T41', '71922000'))]);
    expect(d.rule).toBe('ocr-uncertain');
    expect(d.severity).toBe('info');
    expect(d.message).toContain('Rp 7.922.000');
    expect(d.message).toContain('Rp 71.922.000');
    expect(d.message).toContain('T-C.33 Rp 7.922.000 (OCR, confidence 61%)');
  });

  it('keeps a one-digit gap read with high confidence as an error (the headline gap of the sample)', () => {
    const [d] = markOcrUncertain([
      finding(side('TC33', '2630445095', 95), side('T41', '2830445095', 96), 'total-mismatch'),
    ]);
    expect(d.rule).toBe('total-mismatch');
    expect(d.severity).toBe('error');
  });

  it('keeps a gap no single misread explains as it is, saying it was read by OCR', () => {
    const [d] = markOcrUncertain([finding(side('TC33', '1925038095', 93), side('T41', '2125038095', 95))]);
    expect(d.rule).toBe('value-mismatch');
    expect(d.severity).toBe('error');
    expect(d.message).toBe('pagu differs (read by OCR, confidence 93/95%)');
  });

  it('leaves findings from a text layer untouched, even when one digit apart', () => {
    const f = finding(side('TC33', '2630445095'), side('T41', '2830445095'), 'total-mismatch');
    expect(markOcrUncertain([f])).toEqual([f]);
  });
});

describe('confirmedBy', () => {
  const w = (value: string, confidence?: number): Reading => ({
    table: 'T41',
    kind: 'cell',
    value: new Decimal(value),
    rows: 1,
    level: 'program',
    page: 1,
    ...(confidence !== undefined ? { confidence } : {}),
  });
  it('takes one sure witness, or two unsure ones, never one unsure one alone', () => {
    const v = new Decimal('7922000');
    expect(confirmedBy(v, [w('7922000')])).toHaveLength(1);
    expect(confirmedBy(v, [w('7922000', 90)])).toHaveLength(1);
    expect(confirmedBy(v, [w('7922000', 60)])).toEqual([]);
    expect(confirmedBy(v, [w('7922000', 60), w('7922000', 70)])).toHaveLength(2);
    expect(confirmedBy(v, [w('7822000'), w('7922000', 60)])).toEqual([]);
  });
});

/** The money rules and ocr-uncertain over tables built in code; every row read by OCR at the confidence given. */
const MONEY: RuleId[] = [
  'value-mismatch',
  'total-mismatch',
  'rollup-mismatch',
  'declared-total-mismatch',
  'ocr-uncertain',
];
const run = (...tables: TableBuilder[]) => reconcile(extraction({ tables }), { rules: MONEY });
const params = (d: Discrepancy | undefined) => {
  expect(d?.msg?.key).toBe('ocr-uncertain');
  return d!.msg!.params as MessageParams['ocr-uncertain'];
};

describe("markOcrUncertain against the document's own redundancy", () => {
  it('names a misread printed total as the suspect when the rows under it sum to the other reading', () => {
    // T-C.33 prints JUMLAH 1.800.000; OCR read it as 1.300.000 at 70. Its own program rows sum to 1.800.000.
    const tc33 = new TableBuilder('TC33')
      .program('7.01.01', '1.500.000', { ocr: 95 })
      .program('7.01.06', '300.000', { ocr: 95 })
      .total('1.300.000', { ocr: 70 });
    const t41 = new TableBuilder('T41')
      .program('7.01.01', '1.500.000', { ocr: 96 })
      .program('7.01.06', '300.000', { ocr: 96 })
      .total('1.800.000', { ocr: 96 });
    const ds = run(tc33, t41);
    expect(ds.map((d) => d.severity)).toEqual(['info', 'info']);
    const total = ds.find((d) => d.field === 'total' && d.b?.table === 'T41');
    const p = params(total);
    expect(p.rule).toBe('total-mismatch');
    expect(p.suspect).toBe('a');
    expect(p.a).toMatchObject({ table: 'TC33', kind: 'cell', value: '1300000', confidence: 70 });
    expect(p.witnesses).toContainEqual(
      expect.objectContaining({ table: 'TC33', kind: 'sum', rows: 2, level: 'program', value: '1800000' }),
    );
    expect(total!.message).toContain(
      'the T-C.33 total row Rp 1.300.000 (OCR, confidence 70%) is likely misread: Rp 1.800.000 is confirmed by ' +
        'the sum of the 2 program rows of T-C.33 (OCR, confidence 95%) and the sum of the 2 program rows of Tabel 4.1',
    );
    // the printed total against its own rows: the other table's total and rows witness the sum
    const declared = params(ds.find((d) => d.b?.table === 'TC33'));
    expect(declared.rule).toBe('declared-total-mismatch');
    expect(declared.suspect).toBe('a');
    expect(declared.witnesses.map((w) => `${w.table} ${w.kind}`)).toEqual(['T41 cell', 'T41 sum']);
  });

  it('names a misread kegiatan pagu its own sub kegiatan and the other table contradict', () => {
    const tc33 = new TableBuilder('TC33')
      .kegiatan('7.01.01.2.01', '14.461.000', { ocr: 60 })
      .sub('7.01.01.2.01.0001', '2.412.000', { ocr: 93 })
      .sub('7.01.01.2.01.0002', '12.052.000', { ocr: 91 });
    const t41 = new TableBuilder('T41').kegiatan('7.01.01.2.01', '14.464.000', { ocr: 95 });
    const ds = run(tc33, t41).filter((d) => d.code === '7.01.01.2.01');
    expect(ds.map((d) => `${d.severity} ${d.rule} ${params(d).rule}`).sort()).toEqual([
      'info ocr-uncertain rollup-mismatch',
      'info ocr-uncertain value-mismatch',
    ]);
    const rollup = params(ds.find((d) => d.b?.table === 'TC33'));
    expect(rollup.suspect).toBe('a');
    expect(rollup.b).toMatchObject({ kind: 'sum', rows: 2, level: 'sub_kegiatan', confidence: 91 });
    expect(rollup.witnesses.map((w) => `${w.table} ${w.kind} ${w.value}`)).toEqual(['T41 cell 14464000']);
    const vs41 = ds.find((d) => d.b?.table === 'T41')!;
    expect(params(vs41).witnesses.map((w) => `${w.table} ${w.kind} ${w.value}`)).toEqual(['TC33 sum 14464000']);
    expect(findingText(vs41, 'id')).toContain(
      'yang kemungkinan salah baca adalah T-C.33 Rp 14.461.000 (OCR, keyakinan 60%), karena Rp 14.464.000 didukung ' +
        'oleh jumlah 2 baris sub kegiatan di bawahnya pada T-C.33 (OCR, keyakinan 91%)',
    );
  });

  it.each([
    ['its rows sum to Tabel 4.1 total as printed', true],
    ['Tabel 4.1 prints only its total, read at 96', false],
  ])(
    'keeps the headline gap an error when T-C.33 total, read at 70, is confirmed by its own rows (%s)',
    (_, t41Rows) => {
      // T-C.33 really lacks Rp 200.000.000: its rows sum to its printed total, one digit from Tabel 4.1's.
      const tc33 = new TableBuilder('TC33')
        .program('7.01.01', '1.500.000.000', { ocr: 95 })
        .program('7.01.06', '1.130.445.095', { ocr: 95 })
        .total('2.630.445.095', { ocr: 70 });
      const t41 = new TableBuilder('T41');
      if (t41Rows)
        t41.program('7.01.01', '1.700.000.000', { ocr: 96 }).program('7.01.06', '1.130.445.095', { ocr: 96 });
      t41.total('2.830.445.095', { ocr: 96 });
      const total = run(tc33, t41).find((d) => d.field === 'total');
      expect(total).toMatchObject({ rule: 'total-mismatch', severity: 'error' });
      expect(total!.msg?.key).toBe('ocr-read');
      expect(total!.message).toContain(
        'the T-C.33 total row Rp 2.630.445.095 (OCR, confidence 70%) is confirmed by the sum of the 2 program rows of T-C.33',
      );
      expect(findingText(total!, 'id')).toMatch(
        /^Total pagu berbeda: .* \(dibaca dengan OCR, keyakinan 70\/96%; baris jumlah T-C\.33 Rp 2\.630\.445\.095 \(OCR, keyakinan 70%\) didukung oleh jumlah 2 baris program T-C\.33/,
      );
    },
  );

  it('names the one table whose reading the two others contradict (T-C.31 and Tabel 4.1 agree)', () => {
    const sub = (t: TableBuilder, pagu: string, ocr: number) => t.sub('7.01.01.2.01.0002', pagu, { ocr });
    const all = run(
      sub(new TableBuilder('TC31.hasil'), '7.922.000', 92),
      sub(new TableBuilder('TC33'), '7.822.000', 70),
      sub(new TableBuilder('T41'), '7.922.000', 93),
    );
    // (the grand totals, sums of this one row, differ too: T-C.31's sum witnesses Tabel 4.1's)
    expect(all.filter((d) => d.field === 'total').map((d) => params(d).suspect)).toEqual(['a']);
    const ds = all.filter((d) => d.field === 'pagu');
    expect(ds.map((d) => `${d.severity} ${d.rule} ${d.a.table}-${d.b?.table}`).sort()).toEqual([
      'info ocr-uncertain TC31.hasil-TC33',
      'info ocr-uncertain TC33-T41',
    ]);
    for (const d of ds) {
      const p = params(d);
      const suspect = p.suspect === 'a' ? p.a : p.b;
      expect(suspect).toMatchObject({ table: 'TC33', value: '7822000', confidence: 70 });
      expect(p.witnesses).toHaveLength(1);
      expect(p.witnesses[0].value).toBe('7922000');
    }
    const vs41 = ds.find((d) => d.b?.table === 'T41')!;
    expect(findingText(vs41, 'id')).toContain(
      'yang kemungkinan salah baca adalah T-C.33 Rp 7.822.000 (OCR, keyakinan 70%), karena Rp 7.922.000 didukung ' +
        'oleh T-C.31 (hasil analisis) (OCR, keyakinan 92%)',
    );
  });

  it.each([
    [61, 'info', 'ocr-uncertain'],
    [95, 'error', 'ocr-read'],
  ])(
    'lets confidence decide when nothing else in the document prints the amount (read at %d)',
    (conf, severity, key) => {
      const [d] = run(
        new TableBuilder('TC33').sub('7.01.01.2.01.0002', '7.922.000', { ocr: conf }),
        new TableBuilder('T41').sub('7.01.01.2.01.0002', '71.922.000', { ocr: 96 }),
      );
      expect(d.severity).toBe(severity);
      expect(d.msg?.key).toBe(key);
      if (key === 'ocr-uncertain') {
        expect(params(d)).toMatchObject({ suspect: null, witnesses: [] });
        expect(findingText(d, 'id')).toContain(
          'tidak ada cetakan lain angka ini dalam dokumen yang mendukung salah satunya',
        );
      } else expect(findingText(d, 'id')).toMatch(/\(dibaca dengan OCR, keyakinan 95\/96%\)$/);
    },
  );
});
