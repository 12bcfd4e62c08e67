import { settleLevelsBySums } from '../../src/renja/sum-levels.js';
import { TableBuilder } from '../helpers/records.js';
import type { RenjaRecord } from '../../src/renja/schema.js';

/** Numbered rows (no codes), as new-era provincial Renja print kegiatan and sub kegiatan in two sequences. */
function numbered(program: string | null, amounts: string[]): RenjaRecord[] {
  const t = new TableBuilder('T41');
  t.row('program', null, { name: 'PROGRAM PENGARUSUTAMAAN GENDER', pagu: program });
  amounts.forEach((a, i) => t.row('kegiatan', null, { name: `baris ${i + 1}`, pagu: a }));
  return t.records;
}
const levels = (rs: RenjaRecord[]) => rs.slice(1).map((r) => r.level);

describe('settleLevelsBySums', () => {
  it('splits interleaved kegiatan and sub kegiatan when each kegiatan is the sum of the rows under it', () => {
    const rs = numbered('5.368.954.187', [
      '170.803.000',
      '84.635.000',
      '86.168.000',
      '1.050.000.000',
      '1.050.000.000',
      '4.148.151.187',
      '4.024.261.187',
      '123.890.000',
    ]);
    settleLevelsBySums(rs);
    expect(levels(rs)).toEqual([
      'kegiatan',
      'sub_kegiatan',
      'sub_kegiatan',
      'kegiatan',
      'sub_kegiatan',
      'kegiatan',
      'sub_kegiatan',
      'sub_kegiatan',
    ]);
  });

  it('leaves a flat list alone, even when amounts pair up, unless the program amount confirms the split', () => {
    const flat = numbered('40.000.000', ['10.000.000', '10.000.000', '10.000.000', '10.000.000']);
    settleLevelsBySums(flat);
    expect(levels(flat)).toEqual(['kegiatan', 'kegiatan', 'kegiatan', 'kegiatan']);
  });

  it('leaves the rows alone when the sums do not parse (a real roll-up error is then reported, not hidden)', () => {
    const rs = numbered('300.000.000', ['100.000.000', '60.000.000', '30.000.000', '200.000.000', '200.000.000']);
    settleLevelsBySums(rs);
    expect(levels(rs)).toEqual(['kegiatan', 'kegiatan', 'kegiatan', 'kegiatan', 'kegiatan']);
  });
});
