import { Decimal } from 'decimal.js';
import { markOcrUncertain, misreadExplains, oneEditApart } from '../../src/reconcile/ocr-uncertain.js';
import type { Discrepancy, Side } from '../../src/reconcile/types.js';

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
