import { Decimal } from 'decimal.js';
import { buildContext } from '../../../src/reconcile/context.js';
import { totalMismatch } from '../../../src/reconcile/rules/total-mismatch.js';
import { extraction, layout, TableBuilder } from '../../helpers/records.js';

function tables(t33Total: string | null, t41Total: string | null, opts: { maju?: [string, string] } = {}) {
  const tc33 = new TableBuilder('TC33', { page: 5 })
    .program('7.01.01', '100.000', { paguMaju: opts.maju?.[0] })
    .program('7.01.02', '50.000', { paguMaju: '0' });
  if (t33Total !== null) tc33.total(t33Total, { paguMaju: opts.maju?.[0] });
  const t41 = new TableBuilder('T41', { page: 9 })
    .program('7.01.01', '100.000', { paguMaju: opts.maju?.[1] })
    .program('7.01.02', '50.000', { paguMaju: '0' });
  if (t41Total !== null) t41.total(t41Total, { paguMaju: opts.maju?.[1] });
  return { tc33, t41 };
}

const fields = ['name', 'pagu'];

describe('total-mismatch', () => {
  it('is silent when the printed totals agree', () => {
    const { tc33, t41 } = tables('150.000', '150.000');
    const x = extraction({ tables: [tc33, t41], layouts: [layout('TC33', fields), layout('T41', fields)] });
    expect(totalMismatch(buildContext(x))).toEqual([]);
  });

  it('reports printed totals that differ, T-C.33 as a and Tabel 4.1 as b', () => {
    const { tc33, t41 } = tables('150.000', '350.000');
    const [d, ...rest] = totalMismatch(
      buildContext(extraction({ tables: [tc33, t41], layouts: [layout('TC33', fields), layout('T41', fields)] })),
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'total-mismatch', severity: 'error', field: 'total', code: null });
    expect(d.a).toMatchObject({ table: 'TC33', page: 5 });
    expect(d.b).toMatchObject({ table: 'T41', page: 9 });
    expect(d.difference?.toFixed()).toBe('200000');
    expect(d.message).toContain('Rp 150.000 (printed total row)');
    expect(d.message).toContain('difference Rp 200.000');
  });

  it('falls back to the sum of program rows and says so', () => {
    const { tc33, t41 } = tables(null, '999.000');
    const [d] = totalMismatch(
      buildContext(extraction({ tables: [tc33, t41], layouts: [layout('TC33', fields), layout('T41', fields)] })),
    );
    expect((d.a.value as Decimal).toFixed()).toBe('150000');
    // no row to point at: the first page of the summed table, where an auditor starts adding up
    expect(d.a).toMatchObject({ page: 5, bbox: null });
    expect(d.message).toContain('sum of 2 program rows (no printed total)');
  });

  it('compares prakiraan maju only when both tables print it', () => {
    const { tc33, t41 } = tables('150.000', '150.000', { maju: ['110.000', '120.000'] });
    const only33 = extraction({
      tables: [tc33, t41],
      layouts: [layout('TC33', [...fields, 'pagu_maju']), layout('T41', fields)],
    });
    expect(totalMismatch(buildContext(only33))).toEqual([]);
    const both = extraction({
      tables: [tc33, t41],
      layouts: [layout('TC33', [...fields, 'paguMaju']), layout('T41', [...fields, 'paguMaju'])],
    });
    const ds = totalMismatch(buildContext(both));
    expect(ds.map((d) => d.field)).toEqual(['total_pagu_maju']);
    expect(ds[0].message).toContain('prakiraan maju');
  });

  it('compares T-C.31 hasil with Tabel 4.1', () => {
    const hasil = new TableBuilder('TC31.hasil').program('7.01.01', '100.000').total('100.000');
    const t41 = new TableBuilder('T41').program('7.01.01', '120.000').total('120.000');
    const ds = totalMismatch(buildContext(extraction({ tables: [hasil, t41] })));
    expect(ds).toHaveLength(1);
    expect(ds[0].a.table).toBe('TC31.hasil');
    expect(ds[0].difference?.toFixed()).toBe('20000');
  });

  it('compares T-C.31 hasil with T-C.33 when there is no Tabel 4.1 (old era: Tabel 3.1 is the last plan table)', () => {
    // DLH 2017: hasil 129.919.326.300 (p42) vs T-C.33 TOTAL 131.453.130.600 (p87)
    const hasil = () => new TableBuilder('TC31.hasil').program('1.01', '129.919.326.300').total('129.919.326.300');
    const tc33 = () => new TableBuilder('TC33').program('1.01', '131.453.130.600').total('131.453.130.600');
    const ds = totalMismatch(buildContext(extraction({ tables: [hasil(), tc33()] })));
    expect(ds.map((d) => [d.a.table, d.b?.table, d.difference?.toFixed()])).toEqual([
      ['TC31.hasil', 'TC33', '1533804300'],
    ]);
    // with a Tabel 4.1 each is held against it, and the gap is not reported a third time
    const t41 = new TableBuilder('T41').program('1.01', '131.453.130.600').total('131.453.130.600');
    const withT41 = totalMismatch(buildContext(extraction({ tables: [hasil(), tc33(), t41] })));
    expect(withT41.map((d) => [d.a.table, d.b?.table])).toEqual([['TC31.hasil', 'T41']]);
  });
});

describe('total-mismatch with a total split by fund source', () => {
  it('is info when one source of the split total equals the other table’s total', async () => {
    const { totalMismatch } = await import('../../../src/reconcile/rules/total-mismatch.js');
    const { buildContext } = await import('../../../src/reconcile/context.js');
    const { extraction, layout, TableBuilder } = await import('../../helpers/records.js');
    const tc33 = new TableBuilder('TC33')
      .row('program', '1.22.15', { pagu: '3.310' })
      .row('total', null, { name: 'JUMLAH', pagu: '3.310' });
    const t41 = new TableBuilder('T41')
      .row('program', '1.22.15', { pagu: '3.800', paguParts: { apbdProv: '3.310', apbn: '490' } })
      .row('total', null, { name: 'JUMLAH', pagu: '3.800', paguParts: { apbdProv: '3.310', apbn: '490' } });
    const ds = totalMismatch(
      buildContext(
        extraction({
          tables: [tc33, t41],
          layouts: [layout('TC33', ['name', 'pagu']), layout('T41', ['name', 'pagu'])],
        }),
      ),
    );
    expect(ds.map((d) => d.severity)).toEqual(['info']);
    expect(ds[0].message).toContain('apbdProv part');
  });
});
