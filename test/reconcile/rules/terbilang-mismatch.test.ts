import { buildContext } from '../../../src/reconcile/context.js';
import { terbilangMismatch } from '../../../src/reconcile/rules/terbilang-mismatch.js';
import { extraction, prose, TableBuilder } from '../../helpers/records.js';

const ALLOC = 'Jumlah anggaran yang dialokasikan untuk mendukung pelaksanaan Program dan Kegiatan';

function run(p: ReturnType<typeof prose>[], t33 = '2.630.445.095', t41 = '2.830.445.095') {
  const tc33 = new TableBuilder('TC33').program('7.01.01', t33).total(t33);
  const tb41 = new TableBuilder('T41').program('7.01.01', t41).total(t41);
  return terbilangMismatch(buildContext(extraction({ tables: [tc33, tb41], prose: p })));
}

describe('terbilang-mismatch', () => {
  it('is silent when words, figure and both table totals agree', () => {
    expect(run([prose('2.830.445.095', '2.830.445.095', ALLOC)], '2.830.445.095')).toEqual([]);
  });

  it('reports words that disagree with their figure', () => {
    const ds = run([prose('2.830.445.095', '2.830.445.000', ALLOC)], '2.830.445.095');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ field: 'terbilang', severity: 'error' });
    expect(ds[0].a).toMatchObject({ table: 'PROSE', page: 20 });
    expect(ds[0].difference?.toFixed()).toBe('-95');
  });

  it('reports the allocated amount against each table total that differs (seed: T-C.33 only)', () => {
    const ds = run([prose('2.830.445.095', '2.830.445.095', ALLOC)]);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ field: 'allocated_total', severity: 'error' });
    expect(ds[0].b?.table).toBe('TC33');
    expect(ds[0].difference?.toFixed()).toBe('-200000000');
    expect(ds[0].message).toContain('differs from the T-C.33 total Rp 2.630.445.095');
  });

  it('only takes amounts in an allocation sentence as the allocated total when several are stated', () => {
    const ds = run(
      [
        prose('2.630.445.095', '2.630.445.095', ALLOC),
        prose('12.000.000', '12.000.000', 'Gaji pegawai tahun lalu sebesar'),
      ],
      '2.630.445.095',
      '2.630.445.095',
    );
    expect(ds).toEqual([]);
  });

  it("does not compare last year's Renja budget, quoted in the evaluation chapter, with this plan's totals", () => {
    // Renja 2016 p8, under "2.1 Evaluasi Pelaksanaan RENJA Tahun 2015"
    const context = 'Pada Rencana Kerja (RENJA) Tahun 2015 ... dengan total anggaran sebesar';
    const x = extraction({
      tables: [new TableBuilder('TC33').program('7.01.01', '21.607.657.000').total('21.607.657.000')],
      prose: [prose('17.530.509.750', '17.530.509.750', context)],
    });
    const withYear = { ...x, planYear: { year: 2016, decidedBy: 'test', votes: [], labels: [] } };
    expect(terbilangMismatch(buildContext(withYear))).toEqual([]);
    // the same sentence in a 2015 Renja is this plan's allocation
    const plan2015 = { ...x, planYear: { year: 2015, decidedBy: 'test', votes: [], labels: [] } };
    expect(terbilangMismatch(buildContext(plan2015))).toHaveLength(1);
  });
});
