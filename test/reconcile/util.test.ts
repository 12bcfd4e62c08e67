import { Decimal } from 'decimal.js';
import { formatRupiah, parentCode } from '../../src/reconcile/util.js';

describe('reconcile util', () => {
  it('walks codes up the hierarchy', () => {
    expect(parentCode('7.01.01.2.09.0009')).toBe('7.01.01.2.09');
    expect(parentCode('7.01.01.2.09')).toBe('7.01.01');
    expect(parentCode('7.01.01')).toBe('7.01');
    expect(parentCode('7')).toBeNull();
  });

  it('formats Rupiah with Indonesian grouping', () => {
    expect(formatRupiah(new Decimal('2830445095'))).toBe('Rp 2.830.445.095');
    expect(formatRupiah(new Decimal('-200000000'))).toBe('-Rp 200.000.000');
    // the shared formatter (src/renja/money.ts) writes cents with two digits, as Rupiah amounts are printed
    expect(formatRupiah(new Decimal('1500.5'))).toBe('Rp 1.500,50');
  });
});

import { fieldOfColumn } from '../../src/reconcile/context.js';

describe('fieldOfColumn', () => {
  it('maps layout column keys of the extractor to compared fields', () => {
    expect(fieldOfColumn('paguMaju', null)).toBe('pagu_maju');
    expect(fieldOfColumn('pagu.apbdKab', null)).toBe('pagu');
    expect(fieldOfColumn('hasil.pagu', 'hasil')).toBe('pagu');
    expect(fieldOfColumn('awal.pagu', 'hasil')).toBeNull();
    expect(fieldOfColumn('sumberDana', null)).toBe('sumber_dana');
    expect(fieldOfColumn('code.end', null)).toBeNull();
    expect(fieldOfColumn('targetMaju', null)).toBeNull();
  });
});

import { expandAcronyms } from '../../src/reconcile/util.js';

describe('expandAcronyms', () => {
  it('replaces an upper-case token by the words of the other name it spells', () => {
    expect(expandAcronyms('Administrasi BPK Bekasi', 'Balai Pelatihan Ketenagakerjaan Bekasi')).toBe(
      'Administrasi Balai Pelatihan Ketenagakerjaan Bekasi',
    );
    expect(expandAcronyms('Laporan SKPD', 'Laporan Keuangan')).toBe('Laporan SKPD');
    expect(expandAcronyms('Rapat dan Koordinasi', 'Rapat Dan Koordinasi')).toBe('Rapat dan Koordinasi');
  });
});
