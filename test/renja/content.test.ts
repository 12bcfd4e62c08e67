import { cellType, columnContent, notMoney } from '../../src/renja/content.js';

describe('cellType', () => {
  it.each([
    ['250.000.000', 'money'],
    ['6.008.850,000', 'money'],
    ['Rp. 1.234.567,-', 'money'],
    ['24324453', 'money'],
    ['380', 'number'],
    ['1 Dokumen', 'target'],
    ['95 %', 'target'],
    ['APBD', 'fund'],
    ['APBD Provinsi', 'fund'],
    ['Jawa Barat', 'text'],
    ['nilai > 70', 'text'],
    ['-', 'empty'],
    ['', 'empty'],
  ])('%j -> %s', (raw, type) => {
    expect(cellType(raw)).toBe(type);
  });
});

describe('columnContent / notMoney', () => {
  it('a column of targets is not money; a column of amounts (some blank) is', () => {
    const targets = columnContent(['15 dokumen', 'nilai > 70', '1 laporan', '1 Dokumen']);
    expect(targets.type).toBe('target');
    expect(notMoney(targets)).toBe(true);
    const amounts = columnContent(['250.000.000', '', '-', '150.000.000', '600.000.000']);
    expect(amounts.type).toBe('money');
    expect(notMoney(amounts)).toBe(false);
  });
  it('too few filled cells say nothing', () => {
    const c = columnContent(['Jawa Barat', '', '']);
    expect(c.type).toBe('empty');
    expect(notMoney(c)).toBe(false);
  });
  it('amounts in thousands (short bare numbers) are not taken for non-money', () => {
    expect(notMoney(columnContent(['380', '1.250', '75', '200']))).toBe(false);
  });
});
