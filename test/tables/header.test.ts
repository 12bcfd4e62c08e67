import { isColumnNumberRow, isUnitRow } from '../../src/tables/header.js';

describe('isColumnNumberRow', () => {
  it.each([
    [['1', '2', '3', '4', '5', '6', '7', '8=(7/6)', '9', '10=(5+7+9)', '11=(10/4)'], true],
    [['(1)', '(2)', '(3)', '(4)'], true],
    [['-1-', '-2-', '-3-', '-4-', '-5-', '-6-', '-7-', '-8-', '-9-', '-10-'], true], // old-era `-n-` numbering
    [['1', '7', '8', '9', '10', '11'], true], // seed Tabel 4.1 numbering with a gap
    [['1', '2', '4', 'Rp6', '7', '3', '9', '10', 'Rp11', '12'], true], // new-era export, garbled by a unit label
    [['1', 'KTP', '5.017', '2.921'], false],
    [['7', '01', '01', '201', '03'], false], // a split code is not a number row
    [['', '1', ''], false],
    [['1', '2', 'Program Pelayanan Administrasi Perkantoran', '100 %', '12.000.000'], false],
    [['1', '6', '29', 'Program Perencanaan Pembangunan Daerah'], false], // a program row with its code split over cells
  ])('%j -> %s', (cells, expected) => {
    expect(isColumnNumberRow(cells)).toBe(expected);
  });
});

describe('isUnitRow', () => {
  it.each([
    [['K', 'Rp', 'K', 'Rp'], true],
    [['', '(%)', 'Rp.', ''], true],
    [['K', 'K', 'K'], true],
    [['Rp'], false], // one cell is not a row of units
    [['1', 'Rp'], false],
    [['Kegiatan', 'Rp'], false],
    [['-', '-'], false], // a nil row is data, not units
  ])('%j -> %s', (cells, expected) => {
    expect(isUnitRow(cells)).toBe(expected);
  });
});
