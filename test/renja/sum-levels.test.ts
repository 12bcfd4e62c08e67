import { settleLevelsBySums, settleTotalRows } from '../../src/renja/sum-levels.js';
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

describe('settleTotalRows', () => {
  it('takes an unlabelled last row of amounts only as the total, when no row exceeds it', () => {
    const t = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A', pagu: '30.000.000' })
      .row('kegiatan', null, { name: 'Kegiatan 1', pagu: '30.000.000' })
      .row('program', null, { name: 'Program B', pagu: '15.126.133.842' })
      .row('unknown', null, { name: '', pagu: '15.156.133.842' });
    settleTotalRows(t.records);
    expect(t.records.map((r) => r.level)).toEqual(['program', 'kegiatan', 'program', 'total']);
  });

  it('leaves a last unnamed row alone when another row is larger (a row, not a total)', () => {
    const t = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A', pagu: '30.000.000' })
      .row('unknown', null, { name: '', pagu: '10.000.000' });
    settleTotalRows(t.records);
    expect(t.records.map((r) => r.level)).toEqual(['program', 'unknown']);
  });

  it('reads the perangkat daerah heading on top as the total and a UPTD heading as a sub-total', () => {
    const t = new TableBuilder('T41')
      .row('program', null, { name: 'DINAS PEMBERDAYAAN PEREMPUAN', pagu: '600' })
      .row('program', null, { name: 'I PROGRAM PENGARUSUTAMAAN GENDER', pagu: '100' })
      .row('kegiatan', null, { name: 'Pelembagaan PUG', pagu: '100' })
      .row('program', null, { name: 'II PROGRAM PERLINDUNGAN PEREMPUAN', pagu: '200' })
      .row('program', null, { name: 'UPTD PERLINDUNGAN PEREMPUAN DAN ANAK', pagu: '300' })
      .row('program', null, { name: 'PROGRAM PERLINDUNGAN KHUSUS ANAK', pagu: '300' });
    settleTotalRows(t.records);
    expect(t.records.map((r) => r.level)).toEqual(['total', 'program', 'kegiatan', 'program', 'unknown', 'program']);
  });

  it('keeps a heading whose amount is not the sum of the programs under it', () => {
    const t = new TableBuilder('T41')
      .row('program', null, { name: 'DINAS X', pagu: '999' })
      .row('program', null, { name: 'PROGRAM A', pagu: '100' });
    settleTotalRows(t.records);
    expect(t.records.map((r) => r.level)).toEqual(['program', 'program']);
  });
});

describe('settleTotalRows over a table continued on later pages', () => {
  it('takes only the closing row of the last page as the total, not the sub-total closing an earlier page', () => {
    const page1 = new TableBuilder('TC33')
      .row('program', null, { name: 'Program A', pagu: '' })
      .row('kegiatan', null, { name: 'Kegiatan 1', pagu: '2.025.000.000' })
      .row('unknown', null, { name: '', pagu: '2.025.000.000' });
    const page2 = new TableBuilder('TC33')
      .row('program', null, { name: 'Program B', pagu: '' })
      .row('kegiatan', null, { name: 'Kegiatan 2', pagu: '500.000.000' })
      .row('unknown', null, { name: '', pagu: '500.000.000' })
      .row('unknown', null, { name: '', pagu: '2.525.000.000' });
    for (const r of page2.records) r.tableRef = 't2';
    const all = [...page1.records, ...page2.records];
    settleTotalRows(all);
    expect(all.map((r) => r.level)).toEqual([
      'program',
      'kegiatan',
      'unknown',
      'program',
      'kegiatan',
      'unknown',
      'total',
    ]);
  });
});
