import { Decimal } from 'decimal.js';
import { FULL_RUPIAH_MEDIAN, fullRupiahSides } from '../../src/renja/unit-check.js';
import { TableBuilder } from '../helpers/records.js';

/** Records as read with a (Rp.000) header: values already scaled by 1000. */
function side(table: 'TC31.awal' | 'TC31.hasil' | 'TC33', printed: string[]): TableBuilder {
  const t = new TableBuilder(table);
  printed.forEach((p, i) => t.kegiatan(`1.01.01.0${i + 1}`, new Decimal(p.replace(/\./g, '')).times(1000).toFixed()));
  return t;
}

describe('fullRupiahSides: a (Rp.000) header over amounts printed in full Rupiah', () => {
  it('flags a side whose median row would be hundreds of billions (Disbun 2016 Tabel 2.15)', () => {
    const recs = side('TC31.awal', ['465.000.000', '968.500.000', '1.464.200.000', '473.800.000']).records;
    const out = fullRupiahSides(recs, 1000);
    expect([...out.keys()]).toEqual(['awal.']);
    expect(out.get('awal.')!.gte(FULL_RUPIAH_MEDIAN)).toBe(true);
  });

  it('leaves a real thousands column alone (Disnakertrans 2015: 4.814.601 = Rp 4,8 milyar)', () => {
    expect(fullRupiahSides(side('TC33', ['498.455', '4.814.601', '437.570', '1.760.018']).records, 1000).size).toBe(0);
  });

  it('judges each side of T-C.31 on its own (Tabel_II-4: awal in thousands, hasil in Rupiah)', () => {
    const awal = side('TC31.awal', ['6.008.850', '1.407.564', '776.455']).records;
    const hasil = side('TC31.hasil', ['5.370.000.000', '198.058.693.000', '160.776.455.000']).records;
    expect([...fullRupiahSides([...awal, ...hasil], 1000).keys()]).toEqual(['hasil.']);
  });

  it('needs a unit above 1 and a few amounts', () => {
    const big = side('TC33', ['465.000.000', '968.500.000', '1.464.200.000']).records;
    expect(fullRupiahSides(big, 1).size).toBe(0);
    expect(fullRupiahSides(big.slice(0, 2), 1000).size).toBe(0);
  });
});
