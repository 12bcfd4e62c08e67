/** `renja tables` CSV: the same cell neutralising as every other CSV. */
import { tablesToCsv } from '../../src/report/tables.js';
import { makeTable } from '../helpers/tables.js';

describe('tablesToCsv', () => {
  const t = makeTable(
    [
      ['No', 'Uraian', 'Pagu'],
      ['1', "=cmd|' /C calc'!A0", '-200000000'],
      ['2', '@SUM(A1)', '2.830.445.095'],
    ],
    { headerRows: 1 },
  );

  it('neutralises formula-like cells and leaves numbers plain', () => {
    expect(tablesToCsv([t])).toBe("No,Uraian,Pagu\n1,'=cmd|' /C calc'!A0,-200000000\n2,'@SUM(A1),2.830.445.095\n");
  });

  it('keeps cells raw with escape: false (--no-csv-escape)', () => {
    expect(tablesToCsv([t], { escape: false })).toBe(
      "No,Uraian,Pagu\n1,=cmd|' /C calc'!A0,-200000000\n2,@SUM(A1),2.830.445.095\n",
    );
  });
});
